// Crockford Base32 (https://www.crockford.com/base32.html): 32 symbols without I, L, O and U
// so that a code read over the phone cannot be misheard as another letter. On the way in,
// case is ignored and the look-alikes O→0, I→1, L→1 are read as the digit they resemble.

export const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

const LOOK_ALIKES: Record<string, string> = { O: '0', I: '1', L: '1' };

/** The value 0-31 of one typed character, or null when Crockford Base32 does not use it. */
export function symbolValue(char: string): number | null {
  const upper = char.toUpperCase();
  const index = ALPHABET.indexOf(LOOK_ALIKES[upper] ?? upper);
  return char.length === 1 && index >= 0 ? index : null;
}

export function symbolChar(value: number): string {
  const char = ALPHABET[value];
  if (char === undefined) throw new RangeError(`${value} is not a 5-bit value`);
  return char;
}

/** "K7Q2M9XA3B" → "K7Q2-M9XA-3B": groups of four are easier to read out and type. */
export function groupSymbols(text: string, size = 4): string {
  const groups: string[] = [];
  for (let i = 0; i < text.length; i += size) groups.push(text.slice(i, i + size));
  return groups.join('-');
}
