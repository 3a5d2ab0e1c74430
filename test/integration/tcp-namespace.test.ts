// Outcomes that need a firewall, a missing route or a missing resolver: provoked for real
// inside a namespace the test creates (nftables rules on its loopback, no route out).
import { writeFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createEmptyNamespace, type Namespace } from '../support/netns';
import { probeTask } from '../support/probe-task';
import { runProbeInNamespace } from '../support/run-in-namespace';
import { needs } from '../support/tools';

const DROPPED_IN = 7001;
const DROPPED_OUT = 7002;
const PROHIBITED_IN = 7003;
/** TEST-NET-2 (RFC 5737), given a `prohibit` route: this computer's own policy refuses it. */
const PROHIBITED = '198.51.100.7';

describe('tcp probe inside a namespace', needs('root', 'nft'), () => {
  let ns: Namespace;
  let dir: string;

  beforeAll(async () => {
    ns = createEmptyNamespace('nc-tcp');
    dir = mkdtempSync(join(tmpdir(), 'nc-nft-'));
    const rules = join(dir, 'rules.nft');
    writeFileSync(
      rules,
      `table inet netcheck_test {
  chain input {
    type filter hook input priority 0;
    iif "lo" tcp dport ${DROPPED_IN} drop;
    iif "lo" tcp dport ${PROHIBITED_IN} reject with icmpx type admin-prohibited;
  }
  chain output { type filter hook output priority 0; oif "lo" tcp dport ${DROPPED_OUT} drop; }
}
`,
    );
    const loaded = await ns.exec('nft', ['-f', rules]);
    expect(loaded.code, loaded.stderr).toBe(0);
    const routed = await ns.exec('ip', ['route', 'add', 'prohibit', '198.51.100.0/24']);
    expect(routed.code, routed.stderr).toBe(0);
  });

  afterAll(() => {
    ns?.remove();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  const tcp = (host: string, port: number, settings = {}) =>
    runProbeInNamespace(ns, {
      module: 'main/engine/probes/tcp.ts',
      exportName: 'tcpProbe',
      task: probeTask('tcp', host, port, settings),
      timeoutMs: 700,
    });

  it('reports timeout when an input rule drops the SYN', async () => {
    const result = await tcp('127.0.0.1', DROPPED_IN);
    expect(result.outcome).toBe('timeout');
    expect(result.detail.message).toBe(
      'no answer from 127.0.0.1 port 7001 after 0.7 s: likely blocked by a firewall',
    );
  });

  it("reports local-block when this computer's own policy refuses the destination (EACCES)", async () => {
    // Linux answers a `prohibit` route with EACCES at connect(); Windows' filtering
    // platform answers a blocked connect the same way (WSAEACCES).
    const result = await tcp(PROHIBITED, 443);
    expect(result.outcome).toBe('local-block');
    expect(result.detail.errorCode).toBe('EACCES');
    expect(result.detail.message).toBe(
      "this computer's own firewall stopped the packet to 198.51.100.7 port 443",
    );
  });

  it('reports timeout for an output drop rule: Linux retransmits the SYN and hides the EPERM', async () => {
    const result = await tcp('127.0.0.1', DROPPED_OUT);
    expect(result.outcome).toBe('timeout');
  });

  it('reports unreachable for an address with no route', async () => {
    const result = await tcp('198.18.0.1', 443);
    expect(result.outcome).toBe('unreachable');
    expect(result.detail.errorCode).toBe('ENETUNREACH');
    expect(result.detail.message).toBe(
      '198.18.0.1 port 443 cannot be reached: no route to it from this network, or a router or firewall on the way answered "unreachable"',
    );
  });

  it('reports unreachable, naming a firewall, when one on the way answers "administratively prohibited"', async () => {
    const result = await tcp('127.0.0.1', PROHIBITED_IN);
    expect(result.outcome).toBe('unreachable');
    expect(result.detail.errorCode).toBe('EHOSTUNREACH');
    expect(result.detail.message).toMatch(/firewall/);
  });

  it('reports dns-fail with the resolver error when the name cannot be looked up', async () => {
    const result = await tcp('onsight.librestream.com', 443);
    expect(result.outcome).toBe('dns-fail');
    expect(result.address).toBeNull();
    expect(['EAI_AGAIN', 'ENOTFOUND', 'ETIMEOUT']).toContain(result.detail.errorCode);
    expect(result.detail.message).toContain('could not look up onsight.librestream.com');
  });

  it('reports dns-fail for the tls, https and http-redirect kinds too', async () => {
    for (const [module, exportName, kind] of [
      ['main/engine/probes/tls.ts', 'tlsProbe', 'tls'],
      ['main/engine/probes/https.ts', 'httpsProbe', 'https'],
      ['main/engine/probes/http-redirect.ts', 'httpRedirectProbe', 'http-redirect'],
    ] as const) {
      const result = await runProbeInNamespace(ns, {
        module,
        exportName,
        task: probeTask(kind, 'onsight.librestream.com', kind === 'http-redirect' ? 80 : 443),
        timeoutMs: 700,
      });
      expect(result.outcome, kind).toBe('dns-fail');
    }
  });
});
