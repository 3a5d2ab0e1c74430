// The simplified E-model (e-model.ts) against published values: G.107 Annex B's R-to-MOS
// curve at the category limits G.109 Table 1 lists, and hand-computed impairments.
import { describe, expect, it } from 'vitest';
import {
  delayImpairment,
  estimateMos,
  lossImpairment,
  mosFromR,
  oneWayDelay,
} from '../../../../main/engine/quality/e-model';

describe('MOS from R (G.107 Annex B)', () => {
  it.each([
    // R = 93.2, G.107's default connection: MOS 4.41.
    [93.2, 4.41],
    // G.109 Table 1, the lower limits of the categories "best", "medium", "low" and "poor".
    [90, 4.34],
    [70, 3.6],
    [60, 3.1],
    [50, 2.58],
  ])('R = %s gives MOS %s', (r, mos) => {
    expect(mosFromR(r)).toBeCloseTo(mos, 2);
  });

  it('R = 80 gives 4.024, which G.109 Table 1 prints as 4.03 (the one limit it rounds up)', () => {
    expect(mosFromR(80)).toBeCloseTo(4.024, 3);
  });

  it('is 1 at and below R = 0 and 4.5 at and above R = 100', () => {
    expect(mosFromR(0)).toBe(1);
    expect(mosFromR(-20)).toBe(1);
    expect(mosFromR(100)).toBe(4.5);
    expect(mosFromR(120)).toBe(4.5);
    // The curve meets both ends: just inside them it is within a hair of each.
    expect(mosFromR(0.001)).toBeCloseTo(1, 3);
    expect(mosFromR(99.999)).toBeCloseTo(4.5, 3);
  });
});

describe('impairments', () => {
  it('delay: 0.024 per ms, and 0.11 more per ms beyond 177.3 ms (Cole & Rosenbluth)', () => {
    expect(delayImpairment(0)).toBe(0);
    expect(delayImpairment(100)).toBeCloseTo(2.4, 10);
    expect(delayImpairment(177.3)).toBeCloseTo(4.2552, 10);
    // 0.024 × 277.3 + 0.11 × 100 = 6.6552 + 11.
    expect(delayImpairment(277.3)).toBeCloseTo(17.6552, 10);
  });

  it('loss: G.711 with concealment, 95·Ppl/(Ppl + 25.1) for random loss', () => {
    expect(lossImpairment(0)).toBe(0);
    expect(lossImpairment(1)).toBeCloseTo(95 / 26.1, 10);
    expect(lossImpairment(5)).toBeCloseTo(475 / 30.1, 10);
    expect(lossImpairment(100)).toBeCloseTo(9500 / 125.1, 10);
  });

  it('one-way delay: half the round trip and a jitter buffer of twice the jitter', () => {
    expect(oneWayDelay(160, 20)).toBe(120);
  });
});

describe('estimated MOS', () => {
  it("a clean path scores as G.107's default connection", () => {
    expect(estimateMos(0, 0, 0)).toBeCloseTo(4.41, 2);
  });

  it('160 ms round trip, 20 ms jitter, 10% loss: R = 93.2 − 2.88 − 27.07 = 63.25, MOS 3.27', () => {
    // d = 80 + 40 = 120 ms → Id = 2.88; Ie,eff = 950/35.1 = 27.0655; by hand with Annex B.
    expect(estimateMos(160, 20, 10)).toBeCloseTo(3.267, 3);
  });
});
