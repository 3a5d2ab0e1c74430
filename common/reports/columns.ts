// How many terminal columns a text takes, and where CJK text may break (issue 19): Japanese
// and Chinese characters are East Asian Wide or Fullwidth and take two columns each (Unicode
// UAX #11), and their sentences have no spaces, so a line may break between any two of them,
// except before closing punctuation or after opening punctuation (the JIS X 4051 rules that
// keep "。" and "」" off a line's start).

/** East Asian Wide (W) and Fullwidth (F) ranges of UAX #11 that our languages use. */
const WIDE: ReadonlyArray<readonly [number, number]> = [
  [0x1100, 0x115f], // Hangul Jamo
  [0x2e80, 0x303e], // CJK radicals, Kangxi, CJK symbols and punctuation ("、", "。", "「")
  [0x3041, 0x33ff], // Hiragana, Katakana, Bopomofo, CJK compatibility
  [0x3400, 0x4dbf], // CJK Extension A
  [0x4e00, 0x9fff], // CJK Unified Ideographs
  [0xa000, 0xa4cf], // Yi
  [0xac00, 0xd7a3], // Hangul syllables
  [0xf900, 0xfaff], // CJK compatibility ideographs
  [0xfe30, 0xfe4f], // CJK compatibility forms
  [0xff00, 0xff60], // Fullwidth forms ("（", "：", "！")
  [0xffe0, 0xffe6], // Fullwidth signs
  [0x20000, 0x3fffd], // CJK Extensions B and beyond
];

export function isWide(char: string): boolean {
  const code = char.codePointAt(0) ?? 0;
  return WIDE.some(([from, to]) => code >= from && code <= to);
}

/** The columns `text` takes in a terminal or a monospaced report. */
export function columns(text: string): number {
  let count = 0;
  for (const char of text) count += isWide(char) ? 2 : 1;
  return count;
}

/** `text` padded with blanks to `width` columns (String.padEnd counts characters). */
export const padColumns = (text: string, width: number): string =>
  text + ' '.repeat(Math.max(0, width - columns(text)));

/** Characters a line must not start with: closing punctuation, small kana, the long-vowel mark. */
const NO_LINE_START = new Set([
  ...'、。，．・：；？！）」』】〉》〕ーぁぃぅぇぉっゃゅょゎァィゥェォッャュョヮヵヶ%)]},.:;!?',
]);
/** Characters a line must not end with: opening punctuation. */
const NO_LINE_END = new Set([...'（「『【〈《〔([{']);

/**
 * A word (text without blanks) cut where a line may break inside it: between two characters
 * of which one is wide, unless the rules above keep them together. Latin text stays whole.
 */
export function breakableParts(word: string): string[] {
  const parts: string[] = [];
  let part = '';
  let previous = '';
  for (const char of word) {
    const mayBreak =
      part !== '' &&
      (isWide(char) || isWide(previous)) &&
      !NO_LINE_START.has(char) &&
      !NO_LINE_END.has(previous);
    if (mayBreak) {
      parts.push(part);
      part = '';
    }
    part += char;
    previous = char;
  }
  if (part !== '') parts.push(part);
  return parts;
}
