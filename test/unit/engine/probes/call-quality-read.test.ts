// How the call-quality probe reads a burst (readBurst): its status by M365's limits and the
// words that say why, on bursts written by hand (the burst itself meets real sockets in
// test/integration/call-quality-loopback.test.ts).
import { describe, expect, it } from 'vitest';
import { readBurst } from '../../../../main/engine/probes/call-quality';
import type { BurstSnapshot } from '../../../../main/engine/quality/summary';

const WHERE = '192.0.2.1 port 3478';

/** A finished burst of `roundTrips` (in send order), answers in send order. */
function burst(roundTrips: (number | null)[], extra: Partial<BurstSnapshot> = {}): BurstSnapshot {
  return {
    intervalMs: 20,
    durationMs: 20 * roundTrips.length,
    roundTrips,
    arrivals: roundTrips.flatMap((rtt, i) => (rtt === null ? [] : [i])),
    pending: 0,
    skipped: 0,
    ...extra,
  };
}

const read = (snapshot: BurstSnapshot) =>
  readBurst({ kind: 'done', snapshot }, '192.0.2.1', WHERE, 1000);

describe('readBurst', () => {
  it('a steady 150 ms round trip warns, and says it is the round trip', () => {
    const result = read(burst(Array(100).fill(150)));
    expect(result.status).toBe('warn');
    expect(result.outcome).toBe('reply');
    expect(result.rttMs).toBe(150);
    // d = 75 ms, Id = 1.8, R = 91.4: MOS 4.37 (G.107 Annex B), shown to one decimal.
    expect(result.detail.quality?.mos).toBe(4.37);
    expect(result.detail.message).toBe(
      'round trip, estimate: 150 ms median, 95% within 150 ms, jitter 0 ms, 0% lost (0 of 100), ' +
        'estimated MOS 4.4: calls may stutter: a round trip of 100 ms or more',
    );
  });

  it('names every figure beyond the limits, each at its own grade', () => {
    // 2 of 100 lost (warn), round trips alternating 20 and 120 ms: median 70 ms (pass), jitter
    // near 100 ms (fail).
    const series = Array.from({ length: 100 }, (_, i) =>
      i === 10 || i === 11 ? null : i % 2 ? 120 : 20,
    );
    const result = read(burst(series));
    expect(result.status).toBe('fail');
    expect(result.detail.message).toMatch(
      /calls may stutter: loss of 1% or more, jitter over 50 ms$/,
    );
  });

  it('says how many answers came out of order and how many sends were left out', () => {
    const result = read(burst([10, 10, 10, 10], { arrivals: [1, 0, 3, 2], skipped: 3 }));
    expect(result.status).toBe('pass');
    expect(result.detail.quality).toMatchObject({ reordered: 2, skipped: 3 });
    expect(result.detail.message).toContain(', 2 out of order,');
    expect(result.detail.message).toContain('(3 sends left out: 10 requests were still awaited)');
  });

  it('no answer at all fails, a stopped burst could not tell, a failed send names the cause', () => {
    expect(read(burst([null, null]))).toMatchObject({ status: 'fail', outcome: 'timeout' });
    const stopped = readBurst({ kind: 'aborted', snapshot: burst([5]) }, '192.0.2.1', WHERE, 1000);
    expect(stopped.status).toBe('unverified');
    const blocked = readBurst(
      { kind: 'socket-error', code: 'EPERM', snapshot: burst([]) },
      '192.0.2.1',
      WHERE,
      1000,
    );
    expect(blocked).toMatchObject({ status: 'unverified', outcome: 'local-block' });
    expect(blocked.detail.message).toMatch(/^round trip, estimate: not measured: /);
  });
});
