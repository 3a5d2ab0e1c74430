// The figures of X.1's burst (issue 18), from the round trips alone: pure, no I/O. Every
// function takes the round trips in send order; `null` is a request without an answer.
// Arrival order, where it matters (jitter, reordering), comes as send indexes.

/** The middle answered round trip (the mean of the two middle ones for an even count). */
export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/**
 * The nearest-rank percentile: the smallest value that at least `percent`% of the values do
 * not exceed (the ⌈p·n/100⌉-th smallest). It is always a round trip that was measured.
 */
export function percentile(values: readonly number[], percent: number): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.max(1, Math.ceil((percent / 100) * sorted.length));
  return sorted[rank - 1]!;
}

/**
 * RFC 3550 §6.4.1's interarrival jitter estimator, applied to the round trips: for each
 * answer after the first, D is the difference from the answer that arrived just before it and
 * J += (|D| − J)/16. §6.4.1 takes "each data packet i ... in order of arrival, not necessarily
 * in sequence", so `arrivals` (send indexes in the order the answers came) sets the order, not
 * the send order. The gain 1/16 "gives a good noise reduction ratio while maintaining a
 * reasonable rate of convergence". J starts at 0, as an RTP receiver's does. Null with fewer
 * than two answers.
 */
export function jitter(
  roundTrips: readonly (number | null)[],
  arrivals: readonly number[],
): number | null {
  let previous: number | null = null;
  let estimate = 0;
  let differences = 0;
  for (const index of arrivals) {
    const rtt = roundTrips[index];
    if (rtt === null || rtt === undefined) continue;
    if (previous !== null) {
      estimate += (Math.abs(rtt - previous) - estimate) / 16;
      differences += 1;
    }
    previous = rtt;
  }
  return differences === 0 ? null : estimate;
}

/**
 * Answers that came after an answer to a later request: `arrivals` lists the send indexes of
 * the answers in the order they came, and each one below the highest index seen before it
 * counts once.
 */
export function reorderedCount(arrivals: readonly number[]): number {
  let highest = -1;
  let reordered = 0;
  for (const index of arrivals) {
    if (index < highest) reordered += 1;
    else highest = index;
  }
  return reordered;
}

/** Requests without an answer, as a percentage of `counted` (0 when none counted). */
export function lossPercent(lost: number, counted: number): number {
  return counted === 0 ? 0 : (100 * lost) / counted;
}
