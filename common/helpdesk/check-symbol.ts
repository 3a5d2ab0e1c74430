// The check character: Damm's algorithm over a quasigroup of order 32 (H. M. Damm, "Totally
// anti-symmetric quasigroups for all orders n ≠ 2, 6", Discrete Mathematics 307 (2007)).
// In GF(2^5), x∘y = 2·x ⊕ y is a totally anti-symmetric quasigroup: (c∘x)∘y = (c∘y)∘x
// expands to 4c ⊕ 2x ⊕ y = 4c ⊕ 2y ⊕ x, i.e. 3·(x ⊕ y) = 0, which only holds for x = y.
// That is what makes every single wrong character and every swap of two neighbours fail
// the check (test/unit/helpdesk/check-symbol.test.ts verifies both properties exhaustively).

/** x^5 + x^2 + 1, a primitive polynomial over GF(2): the field's multiplication by 2 wraps with it. */
const PRIMITIVE_POLYNOMIAL = 0b100101;

/** 2·x in GF(32). */
function double(x: number): number {
  const shifted = x << 1;
  return shifted & 0b100000 ? shifted ^ PRIMITIVE_POLYNOMIAL : shifted;
}

/** The quasigroup operation x∘y = 2x ⊕ y on 5-bit values. */
export function quasigroup(x: number, y: number): number {
  return double(x) ^ y;
}

function interim(values: readonly number[]): number {
  return values.reduce((state, value) => quasigroup(state, value), 0);
}

/** The symbol that brings the interim back to 0: 2·s ⊕ c = 0 ⇔ c = 2·s (⊕ is its own inverse). */
export function checkSymbol(values: readonly number[]): number {
  return double(interim(values));
}

/** True when the last value is the check symbol of the ones before it. */
export function hasValidCheck(valuesWithCheck: readonly number[]): boolean {
  return interim(valuesWithCheck) === 0;
}
