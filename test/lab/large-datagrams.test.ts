// X.4 Large datagrams (issue 18) in a lab of this file's own: on the open lab every padded
// size is answered (pass); on a path whose MTU is 1,400 bytes and whose firewall drops IP
// fragments and UDP packets over 1,400 bytes, the sizes that do not fit are lost (warn, naming
// them). First, why X.4 pads with a filler attribute and not RFC 5780's PADDING: coturn as the
// lab runs it answers PADDING with a success padded to its MTU. The lab is brought up here and
// taken down at the end, its link's MTU and this file's nftables table restored before.
import { execFileSync } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ProbeResult, ResultDocument } from '../../common/results/schema';
import { CLI, gaveResult } from '../support/cli';
import { execIn } from '../support/netns';
import { needs } from '../support/tools';
import { lab, LAB_TOOLS, RUN_LIMITS } from './lab-control';
import { findScenarioRun } from './scenarios';
import {
  CLIENT_IF,
  CLIENT_NS,
  LAB_RUN_ARGS,
  SERVER_IF,
  SERVER_NS,
  STUN_HOSTS,
  STUN_PORT,
} from './topology';

/** The lowered MTU of the lab link, both ends. */
const LINK_MTU = 1400;
/** This file's nftables table in the server namespace. */
const TABLE = ['ip', 'x4large'] as const;
/**
 * Before the server namespace's conntrack reassembles fragments (nf_defrag_ipv4 hooks at
 * -400): the rule sees each fragment. Any fragment (MF set or an offset) is dropped, and any
 * UDP packet over the link MTU.
 */
const DROP_LARGE = `
table ${TABLE.join(' ')} {
  chain pre {
    type filter hook prerouting priority -450; policy accept;
    ip frag-off & 0x3fff != 0 counter drop
    meta l4proto udp ip length > ${LINK_MTU} counter drop
  }
}`;

/** One Binding request of 1,200 bytes with one attribute of `type` filling it, from plain Node. */
const PADDED_REQUEST_SCRIPT = `
const s = require('node:dgram').createSocket('udp4');
const b = Buffer.alloc(1200);
b.writeUInt16BE(0x0001, 0); b.writeUInt16BE(1200 - 20, 2); b.writeUInt32BE(0x2112a442, 4);
require('node:crypto').randomFillSync(b, 8, 12);
b.writeUInt16BE(Number(process.argv[2]), 20); b.writeUInt16BE(1200 - 24, 22);
const t = setTimeout(() => { s.close(); process.exit(1); }, 1000);
s.on('message', (m) => { clearTimeout(t); console.log(m.length); s.close(); });
s.connect(${STUN_PORT}, process.argv[1], () => s.send(b));
`;

const inNs = (namespace: string, ...args: string[]) =>
  execFileSync('ip', ['netns', 'exec', namespace, ...args], { stdio: 'pipe' }).toString();
const setMtu = (mtu: number) => {
  execFileSync('ip', ['-n', CLIENT_NS, 'link', 'set', CLIENT_IF, 'mtu', String(mtu)]);
  execFileSync('ip', ['-n', SERVER_NS, 'link', 'set', SERVER_IF, 'mtu', String(mtu)]);
};
const mtuOf = (namespace: string, device: string) =>
  Number(
    / mtu (\d+)/.exec(execFileSync('ip', ['-n', namespace, 'link', 'show', device]).toString())![1],
  );

/** Only the rows X.4 needs: 2-2.1 finds the STUN server, X.4 measures it. */
async function runX4(): Promise<ProbeResult> {
  const ran = await execIn(
    CLIENT_NS,
    process.execPath,
    [CLI, ...LAB_RUN_ARGS, '--only', '2-2.1,X.4', ...RUN_LIMITS, ...findScenarioRun('open').args],
    { timeoutMs: 60_000 },
  );
  if (!gaveResult(ran.code))
    throw new Error(`the CLI gave no result (exit ${ran.code ?? ran.signal}): ${ran.stderr}`);
  const result = JSON.parse(ran.stdout) as ResultDocument;
  const row = result.rows.find((r) => r.id === 'X.4');
  expect(row?.probes).toHaveLength(1);
  return row!.probes[0]!;
}

const sizesOf = (probe: ProbeResult) =>
  probe.detail.largeDatagrams!.sizes.map((s) => [s.bytes, s.outcome]);

describe('X.4 large datagrams in the lab', needs(...LAB_TOOLS), () => {
  let mtus: number[] = [];
  const restoreMtu = () => {
    execFileSync('ip', ['-n', CLIENT_NS, 'link', 'set', CLIENT_IF, 'mtu', String(mtus[0])]);
    execFileSync('ip', ['-n', SERVER_NS, 'link', 'set', SERVER_IF, 'mtu', String(mtus[1])]);
  };

  beforeAll(() => {
    // As round-trips.test.ts: once the health check right after another file's teardown did not
    // run; bring it up a second time before giving up.
    try {
      lab('up');
    } catch {
      lab('up');
    }
    lab('scenario', 'open');
    mtus = [mtuOf(CLIENT_NS, CLIENT_IF), mtuOf(SERVER_NS, SERVER_IF)];
  }, 120_000);

  afterAll(() => {
    try {
      inNs(SERVER_NS, 'nft', 'delete', 'table', ...TABLE);
    } catch {
      // not there: the test removed it, or never got so far
    }
    if (mtus.length > 0) restoreMtu();
    lab('down');
  });

  it('coturn answers RFC 5780 PADDING padded to its MTU, an unknown optional attribute plainly', async () => {
    const answerBytes = async (type: number) => {
      const ran = await execIn(CLIENT_NS, process.execPath, [
        '-e',
        PADDED_REQUEST_SCRIPT,
        STUN_HOSTS[0]!,
        String(type),
      ]);
      expect(ran.code, ran.stderr).toBe(0);
      return Number(ran.stdout.trim());
    };
    // PADDING (0x0026): the answer is itself more than a 1,500-byte packet carries.
    expect(await answerBytes(0x0026)).toBeGreaterThan(1500 - 28);
    // X.4's filler (codec.ts, FILLER_ATTRIBUTE 0xff26): a plain success.
    expect(await answerBytes(0xff26)).toBeLessThan(200);
  });

  it('open: 1200, 1472 and 1600 bytes are all answered (pass)', async () => {
    const probe = await runX4();
    expect(probe.status, probe.detail.message).toBe('pass');
    expect(sizesOf(probe)).toEqual([
      [1200, 'reply'],
      [1472, 'reply'],
      [1600, 'reply'],
    ]);
  });

  it(`a ${LINK_MTU}-byte MTU whose firewall drops fragments and large UDP: 1472 and 1600 lost (warn)`, async () => {
    setMtu(LINK_MTU);
    execFileSync('ip', ['netns', 'exec', SERVER_NS, 'nft', '-f', '-'], { input: DROP_LARGE });
    try {
      const probe = await runX4();
      // Ground truth from the rule: a datagram crosses as one packet when its UDP payload and
      // 28 bytes of IPv4 and UDP headers fit in 1,400: 1,228 does; 1,500 and 1,628 do not, so
      // the client sends them as fragments, which the rule drops.
      expect(sizesOf(probe)).toEqual([
        [1200, 'reply'],
        [1472, 'timeout'],
        [1600, 'timeout'],
      ]);
      expect(probe.status).toBe('warn');
      expect(probe.detail.message).toMatch(
        /^video may stall: this network drops large UDP packets/,
      );
      expect(probe.detail.message).toContain('no answer to 1,472 bytes');
      expect(probe.detail.message).toContain('no answer to 1,600 bytes');
      expect(probe.detail.message).toContain('1,200 bytes reached');
      // The fragment rule did the dropping: at least two fragments of each lost size's first
      // copy; no whole packet was over the MTU.
      const counters = [
        ...inNs(SERVER_NS, 'nft', 'list', 'table', ...TABLE).matchAll(/counter packets (\d+)/g),
      ].map((m) => Number(m[1]));
      expect(counters[0]).toBeGreaterThanOrEqual(4);
      expect(counters[1]).toBe(0);
    } finally {
      inNs(SERVER_NS, 'nft', 'delete', 'table', ...TABLE);
      restoreMtu();
    }
  });
});
