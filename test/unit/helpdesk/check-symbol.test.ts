import { describe, expect, it } from 'vitest';
import { checkSymbol, hasValidCheck, quasigroup } from '../../../common/helpdesk/check-symbol';

const VALUES = Array.from({ length: 32 }, (_, i) => i);

describe('the quasigroup x∘y = 2x ⊕ y over GF(32)', () => {
  it('is a Latin square: every row and every column is a permutation of 0-31', () => {
    for (const x of VALUES) {
      expect(new Set(VALUES.map((y) => quasigroup(x, y))).size).toBe(32);
      expect(new Set(VALUES.map((y) => quasigroup(y, x))).size).toBe(32);
    }
  });

  it('is totally anti-symmetric: (c∘x)∘y = (c∘y)∘x only when x = y (all 32³ triples)', () => {
    let violations = 0;
    for (const c of VALUES) {
      for (const x of VALUES) {
        for (const y of VALUES) {
          if (x !== y && quasigroup(quasigroup(c, x), y) === quasigroup(quasigroup(c, y), x))
            violations += 1;
        }
      }
    }
    expect(violations).toBe(0);
  });
});

describe('the check symbol', () => {
  it('completes every one- and two-symbol string, and only one symbol does', () => {
    for (const a of VALUES) {
      for (const b of VALUES) {
        const check = checkSymbol([a, b]);
        expect(hasValidCheck([a, b, check])).toBe(true);
        expect(VALUES.filter((c) => hasValidCheck([a, b, c]))).toEqual([check]);
      }
    }
  });
});
