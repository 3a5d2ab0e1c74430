// A DNS server that never answers, inside a namespace of the test's own: the system resolver
// (getaddrinfo) cannot be cancelled, and the process cannot exit while one is pending (libuv
// joins its threads at exit), yet the CLI must end with its run, not 10 s later with glibc.
import { execFileSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ResultDocument } from '../../common/results/schema';
import { runCliIn } from '../support/cli';
import { createEmptyNamespace, type Namespace } from '../support/netns';

/** An address inside the namespace whose port 53 swallows every query. */
const SILENT_DNS = '10.253.0.2';

describe('a DNS server that never answers', () => {
  let ns: Namespace;
  let netnsEtc: string;
  beforeAll(() => {
    ns = createEmptyNamespace('nc-nodns');
    const inNs = (...args: string[]) => execFileSync('ip', ['netns', 'exec', ns.name, ...args]);
    execFileSync('ip', ['-n', ns.name, 'addr', 'add', `${SILENT_DNS}/32`, 'dev', 'lo']);
    inNs('nft', 'add', 'table', 'inet', 'silent');
    inNs('nft', 'add', 'chain', 'inet', 'silent', 'in', '{ type filter hook input priority 0; }');
    inNs('nft', 'add', 'rule', 'inet', 'silent', 'in', 'udp', 'dport', '53', 'drop');
    inNs('nft', 'add', 'rule', 'inet', 'silent', 'in', 'tcp', 'dport', '53', 'drop');
    // `ip netns exec` mounts /etc/netns/<name>/resolv.conf over /etc/resolv.conf.
    netnsEtc = `/etc/netns/${ns.name}`;
    mkdirSync(netnsEtc, { recursive: true });
    writeFileSync(`${netnsEtc}/resolv.conf`, `nameserver ${SILENT_DNS}\n`);
  });
  afterAll(() => {
    ns?.remove();
    if (netnsEtc) rmSync(netnsEtc, { recursive: true, force: true });
  });

  it('reports dns-fail and exits with the run, not when glibc gives up', async () => {
    const result = await runCliIn(ns.name, [
      'run',
      '--json',
      '--only',
      '4.2',
      '--timeout-ms',
      '1000',
      '--deadline-ms',
      '3000',
    ]);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(1);
    const doc = JSON.parse(result.stdout) as ResultDocument;
    const probes = doc.rows.flatMap((row) => row.probes);
    expect(probes.length).toBeGreaterThan(0);
    for (const probe of probes) expect(probe.outcome).toBe('dns-fail');
    // glibc's defaults alone would hold the process for 10 s (timeout 5 s, 2 attempts).
    expect(result.durationMs).toBeLessThan(3000 + 4000);
  });
});
