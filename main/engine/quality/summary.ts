// X.1's result block (`detail.quality`) from what a burst saw so far: pure, so the live
// progress and the final figures come from one place.
import type { ProbeDetail } from '../../../common/results/schema';
import { estimateMos } from './e-model';
import { jitter, lossPercent, median, percentile, reorderedCount } from './statistics';

export type QualityDetail = NonNullable<ProbeDetail['quality']>;

/** What a burst has seen at one moment (stun/burst.ts). */
export interface BurstSnapshot {
  intervalMs: number;
  durationMs: number;
  /** Each request's round trip in send order, in ms; null: no answer (yet). */
  roundTrips: readonly (number | null)[];
  /** Send indexes of the answers, in the order they arrived. */
  arrivals: readonly number[];
  /** Requests still awaited: neither answered nor lost yet (0 once the burst is over). */
  pending: number;
  /** Send slots left out because 10 requests were already awaited. */
  skipped: number;
}

const tenths = (ms: number) => Math.round(ms * 10) / 10;
const tenthsOrNull = (ms: number | null) => (ms === null ? null : tenths(ms));

/**
 * The figures as X.1 reports them, rounded to what is shown (0.1 ms, 0.1 %), and the MOS
 * estimated from those very figures, so that the status and the MOS agree with the text.
 */
export function summariseBurst(server: string, burst: BurstSnapshot): QualityDetail {
  const answered = burst.roundTrips.filter((rtt): rtt is number => rtt !== null);
  const sent = burst.roundTrips.length;
  const settled = sent - burst.pending;
  const lossPct = tenths(lossPercent(settled - answered.length, settled));
  const rttMedianMs = tenthsOrNull(median(answered));
  const jitterMs = tenthsOrNull(jitter(burst.roundTrips, burst.arrivals));
  const mos =
    rttMedianMs === null
      ? null
      : Math.round(100 * estimateMos(rttMedianMs, jitterMs ?? 0, lossPct)) / 100;
  return {
    server,
    intervalMs: burst.intervalMs,
    durationMs: burst.durationMs,
    sent,
    answered: answered.length,
    lossPct,
    reordered: reorderedCount(burst.arrivals),
    rttMedianMs,
    rttP95Ms: tenthsOrNull(percentile(answered, 95)),
    jitterMs,
    mos,
    ...(burst.skipped > 0 && { skipped: burst.skipped }),
    series: burst.roundTrips.map(tenthsOrNull),
  };
}
