// NAT detection for real: the probe runs in one namespace, kamailio in another, joined by a
// veth pair; an nftables SNAT rule in the client's namespace rewrites our source address the
// way a home or office router would. Nothing here touches this machine's own network.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createEmptyNamespace, type Namespace } from '../support/netns';
import { startKamailio, type Kamailio } from '../support/kamailio';
import { probeTask } from '../support/probe-task';
import { runProbeInNamespace } from '../support/run-in-namespace';
import { needs } from '../support/tools';

const CLIENT = '198.18.77.1';
/** The "public" address the NAT rewrites our packets to. */
const TRANSLATED = '198.18.77.9';
const SERVER = '198.18.77.2';

describe('sip-options through a NAT', needs('root', 'nft', 'kamailio', 'openssl'), () => {
  let client: Namespace;
  let server: Namespace;
  let kamailio: Kamailio;
  let dir: string;

  beforeAll(async () => {
    client = createEmptyNamespace('nc-sipc');
    server = createEmptyNamespace('nc-sips');
    const run = (...args: string[]) => execFileSync('ip', args);
    run(
      '-n',
      client.name,
      'link',
      'add',
      'sipc',
      'type',
      'veth',
      'peer',
      'name',
      'sips',
      'netns',
      server.name,
    );
    run('-n', client.name, 'addr', 'add', `${CLIENT}/24`, 'dev', 'sipc');
    run('-n', client.name, 'addr', 'add', `${TRANSLATED}/24`, 'dev', 'sipc');
    run('-n', client.name, 'link', 'set', 'sipc', 'up');
    run('-n', server.name, 'addr', 'add', `${SERVER}/24`, 'dev', 'sips');
    run('-n', server.name, 'link', 'set', 'sips', 'up');
    dir = mkdtempSync(join(tmpdir(), 'nc-sip-nat-'));
    const rules = join(dir, 'nat.nft');
    writeFileSync(
      rules,
      `table ip netcheck_nat {
  chain post { type nat hook postrouting priority srcnat; ip daddr ${SERVER} snat to ${TRANSLATED}; }
}
`,
    );
    const loaded = await client.exec('nft', ['-f', rules]);
    expect(loaded.code, loaded.stderr).toBe(0);
    kamailio = await startKamailio({ namespace: server.name, address: SERVER });
  });

  afterAll(async () => {
    await kamailio?.stop();
    client?.remove();
    server?.remove();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  const probe = (port: number, settings = {}) =>
    runProbeInNamespace(client, {
      module: 'main/engine/probes/sip-options.ts',
      exportName: 'sipOptionsProbe',
      task: probeTask('sip-options', SERVER, port, settings),
      timeoutMs: 3000,
    });

  it('sees the NAT over TCP 5060: the server saw another address than ours', async () => {
    const result = await probe(kamailio.tcpPort);
    expect(result.outcome).toBe('reply');
    expect(result.detail.sip).toMatchObject({
      status: 200,
      viaReceived: TRANSLATED,
      natDetected: true,
    });
    expect(result.detail.message).toContain(`It saw us as ${TRANSLATED}:`);
  });

  it('sees the NAT over TLS 5061 as well', async () => {
    const result = await probe(kamailio.tlsPort, { secure: true, minTlsVersion: 'TLSv1.2' });
    expect(result.outcome).toBe('reply');
    expect(result.detail.sip).toMatchObject({
      status: 200,
      viaReceived: TRANSLATED,
      natDetected: true,
    });
    expect(['TLSv1.2', 'TLSv1.3']).toContain(result.detail.tls?.version);
  });
});
