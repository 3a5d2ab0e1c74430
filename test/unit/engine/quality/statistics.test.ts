// X.1's figures (statistics.ts) on series worked out by hand.
import { describe, expect, it } from 'vitest';
import {
  jitter,
  lossPercent,
  median,
  percentile,
  reorderedCount,
} from '../../../../main/engine/quality/statistics';

describe('jitter (RFC 3550 §6.4.1 on the round trips, in arrival order)', () => {
  // The send indexes of the answered requests, in send order: answers that came in order.
  const inOrder = (roundTrips: readonly (number | null)[]) =>
    roundTrips.flatMap((rtt, index) => (rtt === null ? [] : [index]));

  it('a known series, with one lost request skipped', () => {
    // By hand: J starts at 0; |D| = 10 → 0.625; |D| = 5 → 0.625 + 4.375/16 = 0.8984375;
    // the null is skipped; |D| = 0 → 0.8984375 − 0.8984375/16 = 0.84228515625;
    // |D| = 20 → 0.84228515625 + 19.15771484375/16 = 2.039642333984375.
    const series = [10, 20, 15, null, 15, 35];
    expect(jitter(series, inOrder(series))).toBe(2.039642333984375);
  });

  it('takes the answers in the order they arrived, not the order they were sent', () => {
    // Sent every 20 ms with round trips 10, 30, 12, 14: the answers come at 10, 50, 52 and
    // 74 ms, so request 2's answer overtakes request 1's. In arrival order the round trips
    // are 10, 12, 30, 14: |D| = 2 → 0.125; |D| = 18 → 0.125 + 17.875/16 = 1.2421875;
    // |D| = 16 → 1.2421875 + 14.7578125/16 = 2.16455078125. (Send order would give
    // |D| = 20, 18, 2 and 2.2783203125.)
    expect(jitter([10, 30, 12, 14], [0, 2, 1, 3])).toBe(2.16455078125);
  });

  it('a steady round trip has no jitter; fewer than two answers have none to tell', () => {
    expect(jitter([40, 40, 40, 40], [0, 1, 2, 3])).toBe(0);
    expect(jitter([null, 40, null], [1])).toBeNull();
    expect(jitter([], [])).toBeNull();
  });

  it('converges to the mean |D| of an alternating series', () => {
    // 10, 30, 10, 30 ...: |D| = 20 every time, J = 20·(1 − (15/16)^n) after n differences.
    const series = Array.from({ length: 201 }, (_, i) => (i % 2 === 0 ? 10 : 30));
    expect(jitter(series, inOrder(series))).toBeCloseTo(20 * (1 - (15 / 16) ** 200), 10);
  });
});

describe('median and nearest-rank percentile', () => {
  it('median of odd and even counts', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([])).toBeNull();
  });

  it('p95 is the ⌈0.95·n⌉-th smallest', () => {
    const twenty = Array.from({ length: 20 }, (_, i) => 20 - i);
    expect(percentile(twenty, 95)).toBe(19);
    expect(percentile([5, 1, 4, 2, 3, 6, 10, 8, 7, 9], 95)).toBe(10);
    expect(percentile([7], 95)).toBe(7);
    expect(percentile([], 95)).toBeNull();
  });
});

describe('reordering and loss', () => {
  it('counts each answer that came after an answer to a later request', () => {
    expect(reorderedCount([0, 1, 2, 3])).toBe(0);
    expect(reorderedCount([0, 2, 1, 3, 5, 4, 6])).toBe(2);
    // Request 3's answer first: the three before it all came late.
    expect(reorderedCount([3, 0, 1, 2])).toBe(3);
    expect(reorderedCount([])).toBe(0);
  });

  it('loss as a percentage of the requests counted', () => {
    expect(lossPercent(3, 150)).toBe(2);
    expect(lossPercent(0, 0)).toBe(0);
  });
});
