// Issue 20: `watch` while the firewall changes. Started while all UDP is blocked (udp-blocked:
// TeamLink only), it prints nothing while nothing changes; once the scenario is switched to
// `open` it prints each row that turned, behind the time it saw it, then the verdict, and
// exits 0 within one interval plus a round. Ctrl+C ends it at once with 130.
import { spawn, type ChildProcess } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CLI, ENGLISH_ENV } from '../support/cli';
import { needs } from '../support/tools';
import { lab, LAB_TOOLS, labNamespaces, RUN_LIMITS } from './lab-control';
import { CLIENT_NS, LAB_SELECTION_ARGS } from './topology';

const EVERY_MS = 3000;
/** RUN_LIMITS's --deadline-ms: the longest a round of guide rows can take. */
const ROUND_MS = 10_000;
const STARTED = 'Checking again every 3 sec until ready (at most 2 min); Ctrl+C stops.';

/**
 * The rows udp-blocked's one rule (all UDP dropped but DNS) fails and `open` passes, written
 * from the two scenario files, with their plain titles: STUN to the media and legacy hosts,
 * the media ranges. TCP and TLS rows pass in both. The extra checks that measure against
 * 2-2.1's STUN servers (X.1 call quality, X.2 NAT behaviour, X.4 large datagrams) could not
 * measure without them, go with 2-2.1 in each round, and pass once STUN gets through; X.3
 * (SIP ALG over TCP) reads the same in both.
 */
const TURNED = [
  '2-2.1 Calls can find a direct way through this network: Fail → Pass',
  '2-2.4 Call sound and video get through: Fail → Pass',
  '2-3.1 Older call server: a direct way for calls (1 of 3): Fail → Pass',
  '2-3.2 Older call server: a direct way for calls (2 of 3): Fail → Pass',
  '2-3.3 Older call server: a direct way for calls (3 of 3): Fail → Pass',
  '2-4.1 Older media servers: call sound and video get through: Fail → Pass',
  "X.1 Call quality to Onsight's STUN servers (round trip, estimate): Could not tell → Pass",
  'X.2 NAT behaviour (how this network translates addresses): Could not tell → Pass',
  "X.4 Large UDP packets to Onsight's STUN servers: Could not tell → Pass",
];

interface Watching {
  child: ChildProcess;
  output: () => string;
  stderr: () => string;
  /** Resolves once stdout holds `text`. */
  printed(text: string, timeoutMs: number): Promise<void>;
  exited: Promise<{ code: number | null; at: number }>;
}

function startWatch(): Watching {
  const child = spawn(
    'ip',
    [
      'netns',
      'exec',
      CLIENT_NS,
      process.execPath,
      CLI,
      'watch',
      ...LAB_SELECTION_ARGS,
      ...RUN_LIMITS,
      '--every',
      '3s',
      '--for',
      '2m',
      // One line per change, so each reads whole here; the wrapping is the table's.
      '--width',
      '300',
    ],
    { stdio: ['ignore', 'pipe', 'pipe'], env: ENGLISH_ENV },
  );
  let stdout = '';
  let stderr = '';
  const waiting: { text: string; done: () => void }[] = [];
  child.stdout!.on('data', (chunk: Buffer) => {
    stdout += chunk.toString();
    for (const wait of waiting.filter((w) => stdout.includes(w.text))) wait.done();
  });
  child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const exited = new Promise<{ code: number | null; at: number }>((resolve) =>
    child.on('close', (code) => resolve({ code, at: performance.now() })),
  );
  return {
    child,
    output: () => stdout,
    stderr: () => stderr,
    exited,
    printed: (text, timeoutMs) =>
      new Promise((resolve, reject) => {
        if (stdout.includes(text)) return resolve();
        const timer = setTimeout(
          () => reject(new Error(`not printed within ${timeoutMs} ms: ${text}\n${stdout}`)),
          timeoutMs,
        );
        waiting.push({
          text,
          done: () => {
            clearTimeout(timer);
            resolve();
          },
        });
      }),
  };
}

/** Seconds since midnight of "14:02:31". */
const secondsOf = (clock: string) => {
  const [h, m, s] = clock.split(':').map(Number) as [number, number, number];
  return h * 3600 + m * 60 + s;
};
const now = () => {
  const d = new Date();
  return d.getHours() * 3600 + d.getMinutes() * 60 + d.getSeconds();
};

describe('watch while the firewall changes', needs(...LAB_TOOLS), () => {
  let watching: Watching | undefined;
  beforeAll(() => {
    lab('up');
  }, 120_000);
  afterAll(() => {
    watching?.child.kill('SIGKILL');
    if (labNamespaces().length > 0) lab('down');
  });

  it('started during udp-blocked, prints the rows that turn and the verdict once open, and exits 0', async () => {
    lab('scenario', 'udp-blocked/drop');
    watching = startWatch();
    await watching.printed(STARTED, 30_000);
    const first = watching.output();
    // The first run as `run` shows it: the table, then its verdict.
    expect(first).toContain('Onsight will work here through TeamLink only');
    expect(first).toMatch(/^2-2\.1 +✖ Fail/m);
    // Two rounds that find the same: nothing printed.
    await new Promise((resolve) => setTimeout(resolve, 2 * EVERY_MS + 500));
    expect(watching.output()).toBe(first);

    const clockBefore = now();
    lab('scenario', 'open');
    const switched = performance.now();
    const { code, at } = await watching.exited;
    const clockAfter = now();
    expect(code, watching.stderr()).toBe(0);
    expect(at - switched).toBeLessThan(EVERY_MS + ROUND_MS);
    expect(watching.stderr()).toBe('');

    const after = watching.output().slice(first.length).trim().split('\n');
    const stamp = /^(\d\d:\d\d:\d\d) /;
    expect(after.map((line) => line.replace(stamp, '').trim())).toEqual([
      ...TURNED,
      'Verdict: Onsight will work here',
      // The verdict's reason, under its text.
      'Every required rule of the Onsight firewall guide is open on this network.',
    ]);
    const stamps = after.slice(0, -1).map((line) => stamp.exec(line)?.[1]);
    expect(stamps.every((s) => s !== undefined)).toBe(true);
    // Local time, seen after the switch (a watch across midnight is not checked).
    if (clockAfter >= clockBefore)
      for (const s of stamps) {
        expect(secondsOf(s!)).toBeGreaterThanOrEqual(clockBefore);
        expect(secondsOf(s!)).toBeLessThanOrEqual(clockAfter);
      }
  }, 60_000);

  it('Ctrl+C ends it at once with 130, nothing left running, no stack trace', async () => {
    lab('scenario', 'udp-blocked/drop');
    watching = startWatch();
    await watching.printed(STARTED, 30_000);
    // About when the first round is under way (3 s after the first run began).
    await new Promise((resolve) => setTimeout(resolve, 1000));
    const pressed = performance.now();
    watching.child.kill('SIGINT');
    const { code, at } = await watching.exited;
    expect(code).toBe(130);
    // The process itself is gone: no socket, timer or child kept it.
    expect(at - pressed).toBeLessThan(1500);
    expect(watching.stderr()).toBe('');
  }, 60_000);
});
