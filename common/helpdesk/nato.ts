// The "read it out" aid: each character of a helpdesk code with its ICAO spelling word, so
// that a code dictated over a poor phone line arrives intact.
import { HELPDESK_TEXT } from '../i18n';

const SPELLING: Record<string, string> = {
  '0': 'Zero',
  '1': 'One',
  '2': 'Two',
  '3': 'Three',
  '4': 'Four',
  '5': 'Five',
  '6': 'Six',
  '7': 'Seven',
  '8': 'Eight',
  '9': 'Nine',
  A: 'Alfa',
  B: 'Bravo',
  C: 'Charlie',
  D: 'Delta',
  E: 'Echo',
  F: 'Foxtrot',
  G: 'Golf',
  H: 'Hotel',
  J: 'Juliett',
  K: 'Kilo',
  M: 'Mike',
  N: 'November',
  P: 'Papa',
  Q: 'Quebec',
  R: 'Romeo',
  S: 'Sierra',
  T: 'Tango',
  V: 'Victor',
  W: 'Whiskey',
  X: 'X-ray',
  Y: 'Yankee',
  Z: 'Zulu',
};

/** "K7-Q" → "K as in Kilo, 7 as in Seven, dash, Q as in Quebec". */
export function natoSpelling(code: string): string {
  return [...code.trim().toUpperCase()]
    .filter((char) => char.trim() !== '')
    .map((char) => {
      if (char === '-') return HELPDESK_TEXT.dash;
      const word = SPELLING[char];
      return word ? HELPDESK_TEXT.asIn(char, word) : char;
    })
    .join(', ');
}
