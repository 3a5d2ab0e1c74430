// X.2 NAT behaviour and X.3 SIP ALG in a lab of this file's own, with a NAT in front of the
// client: an extra namespace behind the client namespace (10.77.0.2), which the client
// namespace routes and translates with nftables. Each scenario's expected finding is written
// by hand from the NAT it sets up: `masquerade` keeps ports (endpoint-independent mapping),
// `masquerade random` takes a new port per flow (address-and-port-dependent), an snat map
// that gives some server addresses a public address of their own is address-dependent (every
// port of one server address alike), and Linux's own SIP helper (an nftables `ct helper` of
// type "sip" on TCP 5060) is a real SIP ALG. X.2's mappings are also checked against the
// NAT's own record of each flow, the client namespace's conntrack table. Everything added here is removed at the end, with the lab.
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ProbeResult, ResultDocument } from '../../common/results/schema';
import { CLI, gaveResult } from '../support/cli';
import { execIn } from '../support/netns';
import { needs } from '../support/tools';
import { lab, LAB_TOOLS, RUN_LIMITS } from './lab-control';
import {
  CLIENT_ADDRESS,
  CLIENT_ETC,
  CLIENT_IF,
  CLIENT_NS,
  LAB_NAME,
  LAB_RUN_ARGS,
  LEGACY_SIP_HOST,
  NETNS_ETC,
} from './topology';

/** The computer behind the NAT, and the NAT's inside interface (in the client namespace). */
const INNER_NS = `${LAB_NAME}-in`;
const INNER_ETC = join(NETNS_ETC, INNER_NS);
const NAT_INSIDE_IF = `${LAB_NAME}-i`;
const INNER_IF = `${LAB_NAME}-o`;
const INNER_ADDRESS = '10.77.0.2';
const NAT_INSIDE_ADDRESS = '10.77.0.1';
const NAT_TABLE = 'ip nc_natalg';
/** The legacy server (three STUN ports) and one /28's only live address get pooled addresses. */
const POOLED_STUN_HOSTS = [LEGACY_SIP_HOST, '198.18.8.10'] as const;
/** Spare addresses of the lab's link, outside every block the lab maps. */
const POOLED_ADDRESSES = ['198.18.0.71', '198.18.0.72'] as const;
/** The rows X.2 and X.3 build on, and themselves: the rest of the run is not this file's. */
const ROWS = ['2-2.1', '2-2.2', '2-2.3', '2-3.1', '2-3.2', '2-3.3', 'X.2', 'X.3'];

const ip = (...args: string[]) => execFileSync('ip', args, { stdio: 'pipe' });
const inClient = (...args: string[]) =>
  execFileSync('ip', ['netns', 'exec', CLIENT_NS, ...args], { stdio: 'pipe' });

/**
 * The NAT's table, replaced whole: the masquerade rule, with `sipHelper` the helper, and with
 * `pooled` an snat of UDP to another public address per server address (ports kept).
 */
function setNat(
  masquerade: 'masquerade' | 'masquerade random',
  sipHelper: boolean,
  pooled: ReadonlyMap<string, string> = new Map(),
): void {
  const helper = sipHelper
    ? [
        '  ct helper sip-5060 { type "sip" protocol tcp; l3proto ip; }',
        '  chain pre {',
        '    type filter hook prerouting priority filter; policy accept;',
        `    ip saddr ${INNER_ADDRESS} tcp dport 5060 ct helper set "sip-5060"`,
        '  }',
      ]
    : [];
  const script = [
    // Declared first so that the delete succeeds whether or not it existed.
    `table ${NAT_TABLE}`,
    `delete table ${NAT_TABLE}`,
    `table ${NAT_TABLE} {`,
    ...helper,
    '  chain post {',
    '    type nat hook postrouting priority srcnat; policy accept;',
    ...(pooled.size > 0
      ? [
          `    ip saddr ${INNER_ADDRESS} oifname "${CLIENT_IF}" meta l4proto udp snat ip to ip daddr map { ${[
            ...pooled,
          ]
            .map(([server, pub]) => `${server} : ${pub}`)
            .join(', ')} }`,
        ]
      : []),
    `    ip saddr ${INNER_ADDRESS} oifname "${CLIENT_IF}" ${masquerade}`,
    '  }',
    '}',
    '',
  ].join('\n');
  execFileSync('ip', ['netns', 'exec', CLIENT_NS, 'nft', '-f', '-'], {
    input: script,
    stdio: ['pipe', 'ignore', 'pipe'],
  });
}

async function runCli(namespace: string): Promise<ResultDocument> {
  const args = [...LAB_RUN_ARGS, ...RUN_LIMITS, '--quality-seconds', '0', '--only', ROWS.join(',')];
  const ran = await execIn(namespace, process.execPath, [CLI, ...args], { timeoutMs: 60_000 });
  if (!gaveResult(ran.code))
    throw new Error(`the CLI gave no result (exit ${ran.code ?? ran.signal}): ${ran.stderr}`);
  return JSON.parse(ran.stdout) as ResultDocument;
}

const probeOf = (result: ResultDocument, rowId: string): ProbeResult => {
  const probe = result.rows.find((row) => row.id === rowId)?.probes[0];
  if (!probe) throw new Error(`no probe in row ${rowId}`);
  return probe;
};

/**
 * The NAT's own record of the UDP flows from `localPort` of the inner namespace: for each
 * server ("198.18.8.10 port 3478"), the port it translated that source port to.
 */
function conntrackMappings(localPort: number): Map<string, number> {
  const table = inClient('cat', '/proc/net/nf_conntrack').toString();
  const flows = new Map<string, number>();
  const line =
    /\budp\b.*?src=(\S+) dst=(\S+) sport=(\d+) dport=(\d+) .*?src=\S+ dst=\S+ sport=\d+ dport=(\d+)/;
  for (const text of table.split('\n')) {
    const match = line.exec(text);
    if (!match || match[1] !== INNER_ADDRESS || Number(match[3]) !== localPort) continue;
    flows.set(`${match[2]} port ${match[4]}`, Number(match[5]));
  }
  return flows;
}

describe('NAT behaviour and SIP ALG behind a NAT in the lab', needs(...LAB_TOOLS), () => {
  beforeAll(async () => {
    // As round-trips.test.ts: one more try at bringing the lab up before giving up.
    try {
      lab('up');
    } catch {
      lab('up');
    }
    lab('scenario', 'open');
    ip('netns', 'add', INNER_NS);
    ip('-n', INNER_NS, 'link', 'set', 'lo', 'up');
    ip(
      'link',
      'add',
      NAT_INSIDE_IF,
      'netns',
      CLIENT_NS,
      'type',
      'veth',
      'peer',
      'name',
      INNER_IF,
      'netns',
      INNER_NS,
    );
    ip('-n', CLIENT_NS, 'addr', 'add', `${NAT_INSIDE_ADDRESS}/24`, 'dev', NAT_INSIDE_IF);
    ip('-n', CLIENT_NS, 'link', 'set', NAT_INSIDE_IF, 'up');
    ip('-n', INNER_NS, 'addr', 'add', `${INNER_ADDRESS}/24`, 'dev', INNER_IF);
    ip('-n', INNER_NS, 'link', 'set', INNER_IF, 'up');
    // The lab's network only, as on the client namespace: still no default route anywhere.
    ip('-n', INNER_NS, 'route', 'add', '198.18.0.0/15', 'via', NAT_INSIDE_ADDRESS);
    inClient('sysctl', '-qw', 'net.ipv4.ip_forward=1');
    // The lab's resolver, as the client namespace has it.
    mkdirSync(INNER_ETC, { recursive: true });
    copyFileSync(join(CLIENT_ETC, 'resolv.conf'), join(INNER_ETC, 'resolv.conf'));
    setNat('masquerade', false);
    // One run to wake the servers (kamailio settles just after `up`), as round-trips.test.ts.
    await runCli(INNER_NS);
  }, 120_000);

  afterAll(() => {
    try {
      ip('netns', 'delete', INNER_NS);
    } catch {
      // Never created: beforeAll failed first.
    }
    rmSync(INNER_ETC, { recursive: true, force: true });
    // The NAT table and forwarding go with the client namespace.
    lab('down');
  });

  it('masquerade (ports kept): X.2 reports endpoint-independent mapping and X.3 no SIP ALG', async () => {
    setNat('masquerade', false);
    const result = await runCli(INNER_NS);
    const x2 = probeOf(result, 'X.2');
    const nat = x2.detail.nat!;
    expect(nat.localAddress).toBe(INNER_ADDRESS);
    // Every /28's answering address on 3478 and the legacy server on its three ports.
    expect(nat.servers.length).toBeGreaterThanOrEqual(8);
    expect(nat.servers.filter((s) => s.server.startsWith('198.18.2.1 ')).length).toBe(3);
    // The NAT's own record: each flow from the probe's one socket kept its port.
    const flows = conntrackMappings(nat.localPort);
    for (const server of nat.servers) {
      expect(flows.get(server.server), server.server).toBe(nat.localPort);
      expect(server).toMatchObject({ mappedAddress: CLIENT_ADDRESS, mappedPort: nat.localPort });
    }
    expect(nat).toMatchObject({
      mapping: 'endpoint-independent',
      portTested: true,
      portPreserved: true,
      translated: true,
      carrierGrade: false,
      publicAddress: CLIENT_ADDRESS,
    });
    expect(x2.status).toBe('pass');

    const x3 = probeOf(result, 'X.3');
    expect(x3.detail.sipAlg).toMatchObject({
      finding: 'none',
      plain: { status: 200, received: CLIENT_ADDRESS, headersIntact: true },
      control: { status: 200, received: CLIENT_ADDRESS, headersIntact: true },
    });
    expect(x3.status).toBe('pass');
  });

  it('masquerade random (a new port per flow): X.2 reports address-and-port-dependent mapping', async () => {
    setNat('masquerade random', false);
    const result = await runCli(INNER_NS);
    const x2 = probeOf(result, 'X.2');
    const nat = x2.detail.nat!;
    const flows = conntrackMappings(nat.localPort);
    // What the tool read is what the NAT did, flow by flow.
    for (const server of nat.servers)
      expect(server.mappedPort, server.server).toBe(flows.get(server.server));
    // Ground truth: the legacy server's three ports got three different ports from the NAT.
    const legacy = new Set(
      [...flows].filter(([server]) => server.startsWith('198.18.2.1 ')).map(([, port]) => port),
    );
    expect(legacy.size).toBe(3);
    expect(nat).toMatchObject({ mapping: 'address-and-port-dependent', portPreserved: false });
    expect(x2.status).toBe('warn');
    expect(x2.detail.message).toContain('direct device-to-device media is unlikely');
    expect(x2.detail.message).toContain("calls through Onsight's servers still work");
  });

  it('another public address per server address (address pooling): X.2 reports address-dependent mapping', async () => {
    // Two servers get public addresses of their own, the others the NAT's usual one; an
    // address's every port gets the same one. A map miss falls through to the masquerade.
    const pooled = new Map<string, string>([
      [POOLED_STUN_HOSTS[0], POOLED_ADDRESSES[0]],
      [POOLED_STUN_HOSTS[1], POOLED_ADDRESSES[1]],
    ]);
    for (const address of POOLED_ADDRESSES)
      ip('-n', CLIENT_NS, 'addr', 'add', `${address}/32`, 'dev', CLIENT_IF);
    try {
      setNat('masquerade', false, pooled);
      const result = await runCli(INNER_NS);
      const x2 = probeOf(result, 'X.2');
      const nat = x2.detail.nat!;
      const flows = conntrackMappings(nat.localPort);
      for (const server of nat.servers) {
        const address = server.server.split(' ')[0]!;
        // Written from the map above, not from the run: ports kept, the address by server.
        expect(server, server.server).toMatchObject({
          mappedAddress: pooled.get(address) ?? CLIENT_ADDRESS,
          mappedPort: nat.localPort,
        });
        expect(flows.get(server.server), server.server).toBe(nat.localPort);
      }
      expect(nat.servers.filter((s) => s.server.startsWith(`${LEGACY_SIP_HOST} `)).length).toBe(3);
      expect(nat).toMatchObject({
        mapping: 'address-dependent',
        portTested: true,
        portPreserved: true,
        translated: true,
      });
      expect(x2.status).toBe('warn');
    } finally {
      for (const address of POOLED_ADDRESSES)
        ip('-n', CLIENT_NS, 'addr', 'del', `${address}/32`, 'dev', CLIENT_IF);
    }
  });

  it("Linux's SIP helper on TCP 5060: X.3 names the SIP ALG", async () => {
    setNat('masquerade', true);
    const result = await runCli(INNER_NS);
    const x3 = probeOf(result, 'X.3');
    expect(x3.detail.sipAlg).toMatchObject({
      finding: 'alg',
      // The helper restored the Via on the way back, so nothing but received tells.
      plain: { status: 200, received: null, headersIntact: true },
      control: { status: 200, received: CLIENT_ADDRESS, headersIntact: true },
    });
    expect(x3.status).toBe('warn');
    expect(x3.detail.message).toContain(
      "a SIP-aware firewall feature (SIP ALG) changes Onsight's signalling: ask IT to turn it off for TCP 5060",
    );
    // The helper leaves UDP alone: the mapping is still endpoint-independent.
    expect(probeOf(result, 'X.2').detail.nat?.mapping).toBe('endpoint-independent');
  });

  it('no NAT (the client namespace itself): X.2 says so, X.3 cannot tell', async () => {
    const result = await runCli(CLIENT_NS);
    const x2 = probeOf(result, 'X.2');
    expect(x2.detail.nat).toMatchObject({ localAddress: CLIENT_ADDRESS, translated: false });
    expect(x2.status).toBe('pass');
    const x3 = probeOf(result, 'X.3');
    expect(x3.detail.sipAlg).toMatchObject({
      finding: 'could-not-tell',
      plain: { received: null },
      control: { received: null },
    });
    expect(x3.status).toBe('unverified');
  });
});
