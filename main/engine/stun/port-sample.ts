// Which ports of a media range to sample, and how to summarise what answered.
import { formatPortRange, portCount, type PortRange } from '../../../common/net/ports';

/** The port at a position of the ranges laid end to end. */
function portAt(ranges: readonly PortRange[], index: number): number {
  let rest = index;
  for (const range of ranges) {
    const size = range.to - range.from + 1;
    if (rest < size) return range.from + rest;
    rest -= size;
  }
  return ranges[ranges.length - 1]!.to;
}

/**
 * Both ends of the range and evenly spread ports (half the sample), then random ones: the
 * even part finds a blocked sub-range, the random part avoids always testing the same ports.
 */
export function samplePorts(
  ranges: readonly PortRange[],
  size: number,
  random: () => number = Math.random,
): number[] {
  const total = portCount(ranges);
  if (total <= size) return Array.from({ length: total }, (_, i) => portAt(ranges, i));
  const chosen = new Set<number>();
  const even = Math.max(2, Math.ceil(size / 2));
  for (let i = 0; i < even; i++) chosen.add(Math.round((i * (total - 1)) / (even - 1)));
  while (chosen.size < size) {
    // Step past ports already chosen, so that the loop ends whatever `random` returns.
    let index = Math.min(total - 1, Math.floor(random() * total));
    while (chosen.has(index)) index = (index + 1) % total;
    chosen.add(index);
  }
  return [...chosen].sort((a, b) => a - b).map((i) => portAt(ranges, i));
}

/**
 * Consecutive sampled ports with the same fate, widened to cover the whole span: a group
 * starts right after the previous group's last sampled port ("15000-30000 answered",
 * "30001-65000 silent").
 */
export function summariseRanges(
  span: PortRange,
  sampled: ReadonlyArray<{ port: number; answered: boolean }>,
): { answeredRanges: string[]; silentRanges: string[] } {
  const sorted = [...sampled].sort((a, b) => a.port - b.port);
  const answeredRanges: string[] = [];
  const silentRanges: string[] = [];
  let start = span.from;
  sorted.forEach((entry, i) => {
    const next = sorted[i + 1];
    if (next && next.answered === entry.answered) return;
    const to = next ? entry.port : span.to;
    (entry.answered ? answeredRanges : silentRanges).push(formatPortRange({ from: start, to }));
    start = to + 1;
  });
  return { answeredRanges, silentRanges };
}

/**
 * The order to send a sorted sample in, such that every prefix spreads over the whole range
 * (bit-reversed positions: 0, ½, ¼, ¾, …). When the deadline stops the sending part-way,
 * what was sent still covers the range instead of only its lower end.
 */
export function spreadOrder<T>(sorted: readonly T[]): T[] {
  const bits = Math.max(1, Math.ceil(Math.log2(Math.max(1, sorted.length))));
  const reversed = (i: number) => {
    let r = 0;
    for (let b = 0; b < bits; b++) r |= ((i >> b) & 1) << (bits - 1 - b);
    return r;
  };
  return Array.from({ length: 2 ** bits }, (_, i) => reversed(i))
    .filter((position) => position < sorted.length)
    .map((position) => sorted[position]!);
}
