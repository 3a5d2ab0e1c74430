import { describe, expect, it } from 'vitest';
import {
  samplePorts,
  spreadOrder,
  summariseRanges,
} from '../../../../main/engine/stun/port-sample';

const MEDIA = [{ from: 15000, to: 65000 }];

describe('samplePorts', () => {
  it('takes both ends, an even spread and random ports, sorted and distinct', () => {
    const ports = samplePorts(MEDIA, 32, () => 0.123456);
    expect(ports).toHaveLength(32);
    expect(ports[0]).toBe(15000);
    expect(ports.at(-1)).toBe(65000);
    expect(new Set(ports).size).toBe(32);
    expect([...ports].sort((a, b) => a - b)).toEqual(ports);
    // Sixteen evenly spread ports: 15000, 18333, 21667, ... 65000.
    expect(ports).toContain(18333);
    expect(ports).toContain(61667);
    expect(ports.every((p) => p >= 15000 && p <= 65000)).toBe(true);
  });

  it('takes every port of a range smaller than the sample', () => {
    expect(samplePorts([{ from: 3478, to: 3480 }], 32)).toEqual([3478, 3479, 3480]);
  });

  it('spreads over several ranges laid end to end', () => {
    const ports = samplePorts(
      [
        { from: 1000, to: 1009 },
        { from: 2000, to: 2009 },
      ],
      4,
      () => 0.5,
    );
    expect(ports[0]).toBe(1000);
    expect(ports.at(-1)).toBe(2009);
    expect(ports.every((p) => (p >= 1000 && p <= 1009) || (p >= 2000 && p <= 2009))).toBe(true);
  });
});

describe('summariseRanges', () => {
  const sampled = (answeredUpTo: number) =>
    [15000, 20000, 30000, 31000, 50000, 65000].map((port) => ({
      port,
      answered: port <= answeredUpTo,
    }));

  it('names the silent part after the last answering sample', () => {
    expect(summariseRanges(MEDIA[0]!, sampled(30000))).toEqual({
      answeredRanges: ['15000-30000'],
      silentRanges: ['30001-65000'],
    });
  });

  it('one range when everything answered or nothing did', () => {
    expect(summariseRanges(MEDIA[0]!, sampled(65000))).toEqual({
      answeredRanges: ['15000-65000'],
      silentRanges: [],
    });
    expect(summariseRanges(MEDIA[0]!, sampled(0))).toEqual({
      answeredRanges: [],
      silentRanges: ['15000-65000'],
    });
  });

  it('alternating fates give alternating ranges', () => {
    const result = summariseRanges(MEDIA[0]!, [
      { port: 15000, answered: true },
      { port: 40000, answered: false },
      { port: 65000, answered: true },
    ]);
    expect(result).toEqual({
      answeredRanges: ['15000', '40001-65000'],
      silentRanges: ['15001-40000'],
    });
  });
});

describe('spreadOrder', () => {
  it('sends halves, then quarters, then eighths: any prefix covers the range', () => {
    expect(spreadOrder([0, 1, 2, 3, 4, 5, 6, 7])).toEqual([0, 4, 2, 6, 1, 5, 3, 7]);
  });

  it('keeps every element exactly once when the length is not a power of two', () => {
    expect(spreadOrder(['a', 'b', 'c', 'd', 'e'])).toEqual(['a', 'e', 'c', 'b', 'd']);
    expect(spreadOrder([9])).toEqual([9]);
    expect(spreadOrder([])).toEqual([]);
  });
});
