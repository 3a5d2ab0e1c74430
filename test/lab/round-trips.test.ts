// Honest round trips (issue 12, part 3), in a lab of this file's own: `rttMs` is the network
// operation and nothing else. This kernel has no netem qdisc, so there are two checks:
// (1) with 16 extra interfaces in the client namespace (host information used to stall the
// event loop once per interface, into every timer) the lab link's TCP, STUN and TLS round
// trips stay under 10 ms; (2) behind a user-space relay that holds UDP 40 ms in front of
// coturn (udp-delay-relay.mjs), the STUN round trip reads 40-60 ms. The lab is this file's
// own: brought up here and taken down at the end, under the run's lab name (the lab files run
// one after another, vitest.lab.config.mts).
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ProbeResult, ResultDocument } from '../../common/results/schema';
import { CLI, gaveResult } from '../support/cli';
import { execIn } from '../support/netns';
import { needs } from '../support/tools';
import { lab, LAB_TOOLS, RUN_LIMITS } from './lab-control';
import { findScenarioRun } from './scenarios';
import {
  CLIENT_NS,
  LAB_RUN_ARGS,
  OVERRIDE_FILE,
  REPO_ROOT,
  SERVER_ADDRESS,
  SERVER_IF,
  SERVER_NS,
} from './topology';

const RELAY_SCRIPT = join(REPO_ROOT, 'test/lab/udp-delay-relay.mjs');
/** The relay's own address in the server namespace, outside every block the lab maps. */
const RELAY_ADDRESS = '198.18.9.1';
const RELAY_DELAY_MS = 40;
/** The block whose every probe goes to the relay in the second check (Table 2-2's first). */
const RELAYED_BLOCK = '52.142.34.48/28';

const ipIn = (namespace: string, ...args: string[]) =>
  execFileSync('ip', ['-n', namespace, ...args], { stdio: 'pipe' });

async function runCli(args: readonly string[]): Promise<ResultDocument> {
  const ran = await execIn(
    CLIENT_NS,
    process.execPath,
    [CLI, ...args, ...RUN_LIMITS, ...findScenarioRun('open').args],
    { timeoutMs: 60_000 },
  );
  if (!gaveResult(ran.code))
    throw new Error(`the CLI gave no result (exit ${ran.code ?? ran.signal}): ${ran.stderr}`);
  return JSON.parse(ran.stdout) as ResultDocument;
}

const probesOf = (result: ResultDocument) => result.rows.flatMap((row) => row.probes);
const timed = (probe: ProbeResult) =>
  `${probe.kind} ${probe.address} ${probe.port}: ${probe.rttMs} ms`;

describe('round trips in the lab', needs(...LAB_TOOLS), () => {
  let relay: ChildProcess | undefined;
  let dir = '';

  beforeAll(async () => {
    // Once in a CI run the lab's health check did not run right after another lab file's
    // teardown (cause not found; lab.ts now says how the check ended): bring it up again
    // once before giving up. The measurements themselves are never retried.
    try {
      lab('up');
    } catch {
      lab('up');
    }
    lab('scenario', 'open');
    dir = mkdtempSync(join(tmpdir(), 'nc-round-trips-'));
    // One run to wake the servers: squid and kamailio are still settling just after `up`,
    // and their first answers would time the lab's start, not this tool's measurement.
    await runCli(LAB_RUN_ARGS);
  }, 120_000);

  afterAll(() => {
    relay?.kill();
    lab('down');
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('with 16 extra interfaces, TCP, STUN and TLS round trips on the lab link stay under 10 ms', async () => {
    // Eight veth pairs inside the client namespace: sixteen interfaces with addresses.
    for (let i = 0; i < 8; i++) {
      ipIn(CLIENT_NS, 'link', 'add', `xa${i}`, 'type', 'veth', 'peer', 'name', `xb${i}`);
      ipIn(CLIENT_NS, 'addr', 'add', `198.51.100.${2 * i + 1}/32`, 'dev', `xa${i}`);
      ipIn(CLIENT_NS, 'addr', 'add', `198.51.100.${2 * i + 2}/32`, 'dev', `xb${i}`);
      ipIn(CLIENT_NS, 'link', 'set', `xa${i}`, 'up');
      ipIn(CLIENT_NS, 'link', 'set', `xb${i}`, 'up');
    }
    // Five runs, each probe's best: a stall of the tool's own (host information read once
    // per interface, a trust store built per handshake, a first use of Intl) comes back in
    // every run and still fails this test; being descheduled does not. With two busy loops
    // on this 2-core machine's cores, one run in three read 38 ms for lab connects that take
    // 0.1 ms, and CI once read 10-22 ms medians of three: the machine's noise, not the tool's.
    const runs: ResultDocument[] = [];
    for (let i = 0; i < 5; i++) runs.push(await runCli(LAB_RUN_ARGS));
    // Every run saw them all: host information was read in that very run.
    for (const result of runs) expect(result.host?.interfaces.length).toBeGreaterThanOrEqual(17);
    // By target, not address: a block with two live addresses may answer from either.
    const key = (p: ProbeResult) => `${p.kind} ${p.target} ${p.port}`;
    const answered = (result: ResultDocument) =>
      probesOf(result).filter(
        (p) => ['tcp', 'stun', 'tls'].includes(p.kind) && p.outcome === 'reply',
      );
    const measured = answered(runs[0]!).map((probe) => {
      // Run 0's own answer is among them: a best always exists.
      const rtts = runs
        .map((result) => answered(result).find((p) => key(p) === key(probe))?.rttMs ?? null)
        .filter((rtt): rtt is number => rtt !== null);
      return { ...probe, rttMs: Math.min(...rtts) };
    });
    for (const kind of ['tcp', 'stun', 'tls'])
      expect(
        measured.some((p) => p.kind === kind),
        `a ${kind} probe answered`,
      ).toBe(true);
    console.log(measured.map(timed).join('\n'));
    const slow = measured.filter((p) => p.rttMs >= 10);
    expect(
      slow.map(timed),
      `load average ${loadavg()
        .map((n) => n.toFixed(2))
        .join(' ')}`,
    ).toEqual([]);
  });

  it('behind a relay that holds UDP 40 ms in front of coturn, the STUN round trip reads 40-60 ms', async () => {
    ipIn(SERVER_NS, 'addr', 'add', `${RELAY_ADDRESS}/32`, 'dev', SERVER_IF);
    relay = spawn(
      'ip',
      [
        'netns',
        'exec',
        SERVER_NS,
        process.execPath,
        RELAY_SCRIPT,
        RELAY_ADDRESS,
        '3478',
        SERVER_ADDRESS,
        '3478',
        String(RELAY_DELAY_MS),
      ],
      { stdio: ['ignore', 'pipe', 'inherit'] },
    );
    await new Promise<void>((resolve, reject) => {
      relay!.stdout!.once('data', () => resolve());
      relay!.once('exit', (code) => reject(new Error(`the relay exited (${code})`)));
    });
    // The lab's own override, with one block sent to the relay instead.
    const override = JSON.parse(readFileSync(OVERRIDE_FILE, 'utf8')) as {
      mappings: Array<{ from: string; to: string }>;
    };
    const mapping = override.mappings.find((m) => m.from === RELAYED_BLOCK);
    expect(mapping, `${RELAYED_BLOCK} is mapped in override.json`).toBeDefined();
    mapping!.to = RELAY_ADDRESS;
    const overrideFile = join(dir, 'override-relay.json');
    writeFileSync(overrideFile, JSON.stringify(override));
    const args = LAB_RUN_ARGS.map((arg) => (arg === OVERRIDE_FILE ? overrideFile : arg));

    // As above: the median of three runs (the relay's own timer shares the loaded machine).
    const rtts: number[] = [];
    for (let i = 0; i < 3; i++) {
      const relayed = probesOf(await runCli(args)).filter(
        (p) => p.kind === 'stun' && p.address === RELAY_ADDRESS && p.port === 3478,
      );
      expect(relayed.length).toBe(1);
      expect(relayed[0]!.outcome, timed(relayed[0]!)).toBe('reply');
      rtts.push(relayed[0]!.rttMs!);
    }
    const median = [...rtts].sort((a, b) => a - b)[1]!;
    expect(median, `STUN round trips ${rtts.join(', ')} ms`).toBeGreaterThanOrEqual(RELAY_DELAY_MS);
    expect(median, `STUN round trips ${rtts.join(', ')} ms`).toBeLessThanOrEqual(60);
  });
});
