// `watch` (issue 20): its flags, and its loop against a fake network and a fake clock. The lab
// test (test/lab/watch.test.ts) drives the real one with a firewall that changes.
import { describe, expect, it } from 'vitest';
import { parseCommandLine, parseDuration, UsageError } from '../../../main/cli/args';
import { watchLoop, type WatchPrinter, type WatchRounds } from '../../../main/cli/watch';
import { plan } from '../../../main/engine/planner';
import { DEFAULT_OPTIONS } from '../../../common/options';
import type { ResultDocument } from '../../../common/results/schema';
import { buildResult, loaded, type Scenario } from '../helpdesk/result-builder';

describe('durations', () => {
  it('reads a whole number of seconds, minutes or hours', () => {
    expect(parseDuration('every', '10s', '1h')).toBe(10_000);
    expect(parseDuration('every', '90s', '1h')).toBe(90_000);
    expect(parseDuration('every', '2m', '1h')).toBe(120_000);
    expect(parseDuration('for', '30m', '24h')).toBe(1_800_000);
    expect(parseDuration('every', '1h', '1h')).toBe(3_600_000);
  });

  it.each(['0s', '10', '10 s', '1.5m', '-5s', '2d', '61m', 'soon', ''])('refuses %j', (text) => {
    expect(() => parseDuration('every', text, '1h')).toThrow(
      new UsageError(
        `--every ${JSON.stringify(text)}: expected a duration from 1s to 1h, such as 10s, 2m or 1h`,
      ),
    );
  });

  it('watch: every 10s for 30m by default, never sooner than an attempt times out', () => {
    const watch = (...args: string[]) => parseCommandLine(['watch', ...args]);
    expect(watch()).toMatchObject({ name: 'watch', everyMs: 10_000, forMs: 1_800_000 });
    expect(watch('--every', '3s', '--for', '1h')).toMatchObject({
      everyMs: 3000,
      forMs: 3_600_000,
    });
    // The default follows a longer timeout; an explicit pace below it is refused.
    expect(watch('--timeout-ms', '15000')).toMatchObject({ everyMs: 15_000 });
    expect(watch('--timeout-ms', '2000', '--every', '2s')).toMatchObject({ everyMs: 2000 });
    expect(() => watch('--timeout-ms', '2500', '--every', '2s')).toThrow(
      '--every 2s: sooner than an attempt times out (--timeout-ms 2500); give at least 3s',
    );
  });

  it('watch takes the selection and run flags but no report or JSON; run and plan no pace', () => {
    expect(
      parseCommandLine(['watch', '--only', '2-2.1,2-2.4', '--concurrency', '8']),
    ).toMatchObject({ selection: { only: ['2-2.1', '2-2.4'] }, concurrency: 8 });
    expect(() => parseCommandLine(['watch', '--json'])).toThrow(
      'watch prints lines for a person, not JSON: a script can call run --json itself',
    );
    expect(() => parseCommandLine(['watch', '--report', 'r.html'])).toThrow(
      '--report belongs to run, not watch',
    );
    expect(() => parseCommandLine(['run', '--every', '10s'])).toThrow('--every belongs to watch');
    expect(() => parseCommandLine(['plan', '--json', '--for', '1m'])).toThrow(
      '--for belongs to watch',
    );
  });
});

const planned = plan({
  profile: loaded.profile,
  profileHash: loaded.hash,
  options: DEFAULT_OPTIONS,
}).rows;

/** The default profile with all UDP blocked (as the lab's udp-blocked): TeamLink only. */
const UDP_BLOCKED: Scenario['answers'] = {
  '2-2.1': { outcome: 'timeout' },
  '2-2.4': { outcome: 'timeout' },
};

interface Fake {
  rounds: WatchRounds;
  printed: string[];
  /** Each round's start on the fake clock, and the rows it asked for. */
  asked: { at: number; ids: readonly string[] }[];
  interrupt: AbortController;
}

/**
 * A network whose answers change at `openAt` (ms on the fake clock); each run takes
 * `roundMs`. `during` runs when a round starts (a test presses Ctrl+C there).
 */
function fake({
  openAt = Infinity,
  roundMs = 2000,
  first,
  during,
}: {
  openAt?: number;
  roundMs?: number;
  first?: ResultDocument;
  during?: (fake: Fake) => void;
}): Fake {
  let now = 0;
  const interrupt = new AbortController();
  const answers = () => (now >= openAt ? {} : UDP_BLOCKED);
  const printed: string[] = [];
  const asked: Fake['asked'] = [];
  const self: Fake = {
    printed,
    asked,
    interrupt,
    rounds: {
      first: () => {
        const result = first ?? buildResult({ answers: answers() });
        now += roundMs;
        return Promise.resolve(result);
      },
      again: (ids) => {
        asked.push({ at: now, ids });
        during?.(self);
        const result = buildResult({ only: [...ids], answers: answers() });
        now += roundMs;
        return Promise.resolve(result);
      },
      planned,
      profile: loaded.profile,
      interrupt: interrupt.signal,
      now: () => now,
      sleep: (ms) => {
        now += Math.max(0, ms);
        return Promise.resolve();
      },
    },
  };
  return self;
}

const printer = (printed: string[]): WatchPrinter => ({
  starting: () => printed.push('starting'),
  changes: (changes) =>
    printed.push(...changes.map((c) => `${c.id} ${c.before?.status} → ${c.after?.status}`)),
  verdict: (result) => printed.push(`verdict ${result.verdict.status}`),
  stopped: () => printed.push('stopped'),
});

describe('the watch loop', () => {
  it('checks again the rows not passing, every interval from the start of the last round', async () => {
    const f = fake({ openAt: 35_000 });
    const code = await watchLoop(f.rounds, printer(f.printed), { everyMs: 10_000, forMs: 60_000 });
    expect(code).toBe(0);
    // Rounds at 10, 20, 30 s (each 2 s long) find it blocked; the one at 40 s finds it open.
    // The extra checks that could not measure without STUN to 2-2.1's relays go with it.
    expect(f.asked).toEqual(
      [10_000, 20_000, 30_000, 40_000].map((at) => ({
        at,
        ids: ['2-2.1', '2-2.4', 'X.1', 'X.2', 'X.4'],
      })),
    );
    expect(f.printed).toEqual([
      'starting',
      '2-2.1 fail → pass',
      '2-2.4 unverified → pass',
      'X.1 unverified → pass',
      'X.2 unverified → pass',
      'X.4 unverified → pass',
      'verdict ready',
    ]);
  });

  it('starts the next round as soon as a round longer than the interval ends', async () => {
    const f = fake({ roundMs: 15_000, openAt: 50_000 });
    await watchLoop(f.rounds, printer(f.printed), { everyMs: 10_000, forMs: 120_000 });
    expect(f.asked.map((round) => round.at)).toEqual([15_000, 30_000, 45_000, 60_000]);
  });

  it('a first run that is ready ends at once, with 0 and no round', async () => {
    const f = fake({ openAt: 0 });
    expect(await watchLoop(f.rounds, printer(f.printed), { everyMs: 10_000, forMs: 60_000 })).toBe(
      0,
    );
    expect(f.asked).toEqual([]);
    expect(f.printed).toEqual([]);
  });

  it('after --for, stops with the last verdict’s code and starts no round at or after it', async () => {
    const f = fake({});
    const code = await watchLoop(f.rounds, printer(f.printed), { everyMs: 10_000, forMs: 35_000 });
    expect(code).toBe(4);
    expect(f.asked.map((round) => round.at)).toEqual([10_000, 20_000, 30_000]);
    expect(f.printed).toEqual(['starting', 'stopped']);
  });

  it('Ctrl+C during a round: 130, and the round that was cut short changes nothing', async () => {
    const f = fake({
      openAt: 0,
      first: buildResult({ answers: UDP_BLOCKED }),
      during: (self) => self.interrupt.abort(),
    });
    const code = await watchLoop(f.rounds, printer(f.printed), { everyMs: 10_000, forMs: 60_000 });
    expect(code).toBe(130);
    expect(f.asked).toHaveLength(1);
    expect(f.printed).toEqual(['starting']);
  });

  it('Ctrl+C while waiting: 130, and no round starts', async () => {
    const f = fake({});
    f.rounds.sleep = () => {
      f.interrupt.abort();
      return Promise.resolve();
    };
    expect(await watchLoop(f.rounds, printer(f.printed), { everyMs: 10_000, forMs: 60_000 })).toBe(
      130,
    );
    expect(f.asked).toEqual([]);
  });

  it('not ready with no row to check again: the whole selection is checked again', async () => {
    const passing = buildResult();
    // A verdict that came from this computer's facts, not from a row (a fake's shortcut).
    const first = { ...passing, verdict: { ...passing.verdict, status: 'inconclusive' as const } };
    const f = fake({ first, openAt: 0 });
    expect(await watchLoop(f.rounds, printer(f.printed), { everyMs: 10_000, forMs: 60_000 })).toBe(
      0,
    );
    expect(f.asked).toEqual([
      { at: 10_000, ids: planned.filter((row) => row.enabled).map((row) => row.id) },
    ]);
  });
});
