// Text a server chose (a SIP reason phrase, a Server header, a certificate's names, a proxy's
// status line) made safe for every face: terminal, app, reports, JSON. A server must not be
// able to clear a screen, move the cursor, reorder what is read (bidi overrides) or flood a
// row: its words reach people only as plain, bounded text. Pure and total.

/** Longest server-supplied text a result keeps, in characters. */
export const SERVER_TEXT_MAX = 200;

const ESC = 0x1b;
const BEL = 0x07;

/** Tabs and line breaks separate words: they leave one space behind. */
const isBreak = (code: number) => code === 0x09 || (code >= 0x0a && code <= 0x0d);

/**
 * C0 and C1 controls and DEL (ECMA-48; an 8-bit CSI 0x9b does nothing once alone), and the
 * Unicode format characters that reorder or hide text: bidi marks, embeddings, overrides
 * and isolates (Unicode UAX #9), zero-width characters and the byte order mark.
 */
const isHidden = (code: number) =>
  code < 0x20 ||
  (code >= 0x7f && code <= 0x9f) ||
  code === 0x061c ||
  (code >= 0x200b && code <= 0x200f) ||
  (code >= 0x202a && code <= 0x202e) ||
  (code >= 0x2060 && code <= 0x2069) ||
  code === 0xfeff;

/**
 * The index just past an ECMA-48 sequence whose ESC was at `at - 1`: a control sequence
 * (CSI: ESC [ parameters, intermediates, final byte), a control string ended by BEL or ST
 * (OSC ESC ], DCS ESC P, SOS ESC X, PM ESC ^, APC ESC _), or a two-character escape.
 */
function endOfEscape(text: string, at: number): number {
  const next = text.charCodeAt(at);
  let i = at + 1;
  if (next === 0x5b) {
    while (text.charCodeAt(i) >= 0x30 && text.charCodeAt(i) <= 0x3f) i += 1;
    while (text.charCodeAt(i) >= 0x20 && text.charCodeAt(i) <= 0x2f) i += 1;
    return text.charCodeAt(i) >= 0x40 && text.charCodeAt(i) <= 0x7e ? i + 1 : i;
  }
  if (next === 0x5d || next === 0x50 || next === 0x58 || next === 0x5e || next === 0x5f) {
    for (; i < text.length; i += 1) {
      const code = text.charCodeAt(i);
      if (code === BEL) return i + 1;
      if (code === ESC) return text.charCodeAt(i + 1) === 0x5c ? i + 2 : i;
    }
    return i;
  }
  return next >= 0x20 && next <= 0x7e ? at + 1 : at;
}

export function serverText(text: string, max = SERVER_TEXT_MAX): string {
  let plain = '';
  for (let i = 0; i < text.length;) {
    const code = text.codePointAt(i)!;
    if (code === ESC) {
      i = endOfEscape(text, i + 1);
      continue;
    }
    i += code > 0xffff ? 2 : 1;
    // A lone UTF-16 surrogate is no character: U+FFFD, as a decoder would make it.
    if (code >= 0xd800 && code <= 0xdfff) plain += '\ufffd';
    else if (isBreak(code)) plain += ' ';
    else if (!isHidden(code)) plain += String.fromCodePoint(code);
  }
  const chars = Array.from(plain.replace(/ {2,}/g, ' ').trim());
  return chars.length <= max ? chars.join('') : `${chars.slice(0, max - 1).join('')}…`;
}
