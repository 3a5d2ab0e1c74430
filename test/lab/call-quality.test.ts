// X.1 call quality in a lab of this file's own (issue 18). This kernel has no netem qdisc, so
// the impaired path is the user-space relay (udp-delay-relay.mjs) in front of coturn: it holds
// each datagram to the server 80 ms ± 20 ms (uniform, per datagram) and drops 5% of the
// datagrams each way, and logs what it did to each. The expected figures come from that log,
// never from the settings, so a random draw cannot make the test flaky; the clean path goes
// straight to coturn. The CLI runs only rows 2-2.1 (which X.1 builds on) and X.1.
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ProbeResult, ResultDocument } from '../../common/results/schema';
import { CLI, gaveResult } from '../support/cli';
import { execIn } from '../support/netns';
import { needs } from '../support/tools';
import { lab, LAB_TOOLS, RUN_LIMITS } from './lab-control';
import {
  CLIENT_NS,
  LAB_RUN_ARGS,
  OVERRIDE_FILE,
  REPO_ROOT,
  SERVER_ADDRESS,
  SERVER_IF,
  SERVER_NS,
  STUN_PORT,
} from './topology';
import { TABLE_2_2_RANGES } from '../support/guide-ranges';

const RELAY_SCRIPT = join(REPO_ROOT, 'test/lab/udp-delay-relay.mjs');
/** The relay's own address in the server namespace, outside every block the lab maps. */
const RELAY_ADDRESS = '198.18.9.2';
const IMPAIRMENT = { delayMs: 80, jitterMs: 20, lossPct: 5 };
/** Row 2-2.1's six blocks (Table 2-2): all sent to the relay, so X.1's fastest server is it. */
const STUN_BLOCKS = TABLE_2_2_RANGES;
const ONLY = ['--only', '2-2.1,X.1'];

/** One line of the relay's log (udp-delay-relay.mjs). */
interface RelayLine {
  dir: 'up' | 'down';
  client: string;
  id: string;
  dropped: boolean;
  heldMs: number;
  seq?: number;
}

/** The CLI with the lab's limits and a burst of `seconds` (after them: the last flag counts). */
async function runCli(args: readonly string[], seconds: number): Promise<ResultDocument> {
  const burst = ['--quality-seconds', String(seconds)];
  const ran = await execIn(CLIENT_NS, process.execPath, [CLI, ...args, ...RUN_LIMITS, ...burst], {
    timeoutMs: 60_000,
  });
  if (!gaveResult(ran.code))
    throw new Error(`the CLI gave no result (exit ${ran.code ?? ran.signal}): ${ran.stderr}`);
  return JSON.parse(ran.stdout) as ResultDocument;
}

function callQualityOf(result: ResultDocument): ProbeResult {
  const probes = result.rows.find((row) => row.id === 'X.1')?.probes ?? [];
  const measured = probes.filter((p) => p.kind === 'call-quality' && p.detail.quality);
  expect(measured, JSON.stringify(probes)).toHaveLength(1);
  return measured[0]!;
}

// The test's own reading of the figures, written apart from main/engine/quality.
const sortedOf = (values: number[]) => [...values].sort((a, b) => a - b);
function medianOf(values: number[]): number {
  const s = sortedOf(values);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}
const p95Of = (values: number[]) => sortedOf(values)[Math.ceil(0.95 * values.length) - 1]!;
/** RFC 3550 §6.4.1 on successive round trips, in arrival order: J += (|D| − J)/16. */
function jitterOf(roundTrips: number[]): number {
  let j = 0;
  for (let i = 1; i < roundTrips.length; i++)
    j += (Math.abs(roundTrips[i]! - roundTrips[i - 1]!) - j) / 16;
  return j;
}
/** M365's limits, by hand: pass < 1% / 100 ms / 30 ms, warn up to 5% / 300 ms / 50 ms. */
function gradeOf(lossPct: number, rttMs: number, jitterMs: number): string {
  if (lossPct > 5 || rttMs > 300 || jitterMs > 50) return 'fail';
  if (lossPct >= 1 || rttMs >= 100 || jitterMs >= 30) return 'warn';
  return 'pass';
}

/**
 * What the relay did to the burst's requests, in the order the client sent them: the burst
 * is the client socket that sent the most (row 2-2.1 sent one request per socket).
 */
function burstFromLog(lines: RelayLine[]) {
  const ups = new Map<string, RelayLine[]>();
  for (const line of lines.filter((l) => l.dir === 'up'))
    ups.set(line.client, [...(ups.get(line.client) ?? []), line]);
  const [client, requests] = [...ups].sort((a, b) => b[1].length - a[1].length)[0]!;
  requests.sort((a, b) => a.seq! - b.seq!);
  const downs = lines.filter((l) => l.dir === 'down' && l.client === client);
  const seqOf = new Map(requests.map((r) => [r.id, r.seq!]));
  const delivered = downs.filter((d) => !d.dropped);
  /** Per request: its round trip as the relay made it (held one way), or null: dropped. */
  const roundTrips = requests.map((request) => {
    const answer = delivered.find((d) => d.id === request.id);
    return request.dropped || !answer ? null : request.heldMs + answer.heldMs;
  });
  // The relay's log is in the order of its sends, the order the client received the answers.
  const requestOf = new Map(requests.map((r) => [r.id, r]));
  /** The answered round trips in the order they arrived (RFC 3550 §6.4.1's order for jitter). */
  const arrivalRoundTrips = delivered.map((d) => requestOf.get(d.id)!.heldMs + d.heldMs);
  let highest = -1;
  let reordered = 0;
  for (const seq of delivered.map((d) => seqOf.get(d.id)!)) {
    if (seq < highest) reordered += 1;
    else highest = seq;
  }
  return {
    client,
    roundTrips,
    arrivalRoundTrips,
    droppedUp: requests.filter((r) => r.dropped).length,
    droppedDown: downs.filter((d) => d.dropped).length,
    reordered,
  };
}

describe('X.1 call quality in the lab', needs(...LAB_TOOLS), () => {
  let relay: ChildProcess | undefined;
  let dir = '';

  beforeAll(async () => {
    // As round-trips.test.ts: a second try at bringing the lab up once, never a retried measurement.
    try {
      lab('up');
    } catch {
      lab('up');
    }
    lab('scenario', 'open');
    dir = mkdtempSync(join(tmpdir(), 'nc-call-quality-'));
    // One run to wake the servers, which are still settling just after `up`.
    await runCli([...LAB_RUN_ARGS, ...ONLY], 0);
  }, 120_000);

  afterAll(() => {
    relay?.kill();
    lab('down');
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('a clean path to coturn passes: every request answered, in order', async () => {
    const probe = callQualityOf(await runCli([...LAB_RUN_ARGS, ...ONLY], 1));
    expect(probe.status, probe.detail.message).toBe('pass');
    expect(probe.detail.quality).toMatchObject({
      sent: 50,
      answered: 50,
      lossPct: 0,
      reordered: 0,
    });
    expect(probe.detail.quality!.rttMedianMs).toBeLessThan(10);
    expect(probe.detail.message).toMatch(/^round trip, estimate: /);
  });

  it('behind 80 ± 20 ms and 5% loss each way, X.1 matches the relay’s log of each packet', async () => {
    ipIn(SERVER_NS, 'addr', 'add', `${RELAY_ADDRESS}/32`, 'dev', SERVER_IF);
    const logFile = join(dir, 'relay.jsonl');
    relay = spawn(
      'ip',
      [
        'netns',
        'exec',
        SERVER_NS,
        process.execPath,
        RELAY_SCRIPT,
        RELAY_ADDRESS,
        String(STUN_PORT),
        SERVER_ADDRESS,
        String(STUN_PORT),
        String(IMPAIRMENT.delayMs),
        String(IMPAIRMENT.jitterMs),
        String(IMPAIRMENT.lossPct),
        logFile,
      ],
      { stdio: ['ignore', 'pipe', 'inherit'] },
    );
    await new Promise<void>((resolve, reject) => {
      relay!.stdout!.once('data', () => resolve());
      relay!.once('exit', (code) => reject(new Error(`the relay exited (${code})`)));
    });
    // The lab's own override, with every block of row 2-2.1 sent to the relay.
    const override = JSON.parse(readFileSync(OVERRIDE_FILE, 'utf8')) as {
      mappings: Array<{ from: string; to: string }>;
    };
    for (const from of STUN_BLOCKS) {
      const mapping = override.mappings.find((m) => m.from === from);
      expect(mapping, `${from} is mapped in override.json`).toBeDefined();
      mapping!.to = RELAY_ADDRESS;
    }
    const overrideFile = join(dir, 'override-relay.json');
    writeFileSync(overrideFile, JSON.stringify(override));
    const args = LAB_RUN_ARGS.map((arg) => (arg === OVERRIDE_FILE ? overrideFile : arg));

    const probe = callQualityOf(await runCli([...args, ...ONLY], 3));
    const quality = probe.detail.quality!;
    expect(quality.server).toBe(`${RELAY_ADDRESS} port ${STUN_PORT}`);
    const lines = readFileSync(logFile, 'utf8')
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as RelayLine);
    const truth = burstFromLog(lines);
    const answered = truth.roundTrips.filter((rtt): rtt is number => rtt !== null);
    const expected = {
      sent: truth.roundTrips.length,
      lossPct: (100 * (truth.roundTrips.length - answered.length)) / truth.roundTrips.length,
      median: medianOf(answered),
      p95: p95Of(answered),
      jitter: jitterOf(truth.arrivalRoundTrips),
    };
    console.log(
      `relay log: ${expected.sent} requests, ${truth.droppedUp} dropped on the way out and ` +
        `${truth.droppedDown} on the way back, ${truth.reordered} reordered; median ` +
        `${expected.median.toFixed(1)} ms, p95 ${expected.p95.toFixed(1)} ms, jitter ` +
        `${expected.jitter.toFixed(1)} ms\nX.1: ${probe.detail.message}`,
    );
    // The scenario is what it says: a 3 s burst (150 slots at 20 ms, none left out with a
    // round trip of ~80 ms) and drops on both ways (P(none of ~150 in one way) < 0.05%).
    expect(quality.skipped).toBeUndefined();
    expect(expected.sent).toBe(150);
    expect(truth.droppedUp).toBeGreaterThan(0);
    expect(truth.droppedDown).toBeGreaterThan(0);

    // The bounds. X.1 and the log describe the very same packets, so the sample's own
    // randomness cancels out (a draw moves both alike): what was sent, which requests were
    // lost (the grace of 1 s is far beyond the longest round trip, ~100 ms) and the order the
    // answers arrived in must match exactly. The round trips differ only by what the log
    // cannot see: the lab link, coturn and the CLI's event loop, well under a millisecond on
    // a quiet machine. On this shared 2-core machine a timer or a read can come 20 ms late
    // now and then: such a stall adds its length to one round trip, and at most 2/16 of it to
    // the jitter (RFC 3550's gain, on the two differences it enters). So the bounds: the
    // median within 3 ms (a few stalls move it by the gap between neighbouring round trips),
    // the p95 within 5 ms, the jitter within 5 ms (stalls of 40 ms in all).
    expect(quality.sent).toBe(expected.sent);
    const lostByX1 = quality.series.flatMap((rtt, i) => (rtt === null ? [i] : []));
    const lostByLog = truth.roundTrips.flatMap((rtt, i) => (rtt === null ? [i] : []));
    expect(lostByX1).toEqual(lostByLog);
    expect(quality.answered).toBe(answered.length);
    expect(quality.lossPct).toBeCloseTo(expected.lossPct, 1);
    expect(quality.reordered).toBe(truth.reordered);
    expect(quality.rttMedianMs! - expected.median).toBeGreaterThanOrEqual(-0.1);
    expect(quality.rttMedianMs! - expected.median).toBeLessThanOrEqual(3);
    expect(quality.rttP95Ms! - expected.p95).toBeGreaterThanOrEqual(-0.1);
    expect(quality.rttP95Ms! - expected.p95).toBeLessThanOrEqual(5);
    expect(Math.abs(quality.jitterMs! - expected.jitter)).toBeLessThanOrEqual(5);
    // The status follows M365's limits, applied to the log's figures.
    expect(probe.status).toBe(gradeOf(expected.lossPct, expected.median, expected.jitter));
    expect(quality.mos).toBeGreaterThanOrEqual(1);
    expect(quality.mos).toBeLessThan(4.41);
  });
});

const ipIn = (namespace: string, ...args: string[]) =>
  execFileSync('ip', ['-n', namespace, ...args], { stdio: 'pipe' });
