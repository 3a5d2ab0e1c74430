import { describe, expect, it } from 'vitest';
import { natoSpelling } from '../../../common/helpdesk/nato';
import { ALPHABET } from '../../../common/helpdesk/base32';

describe('natoSpelling', () => {
  it('spells each character with its ICAO word and names the dashes', () => {
    expect(natoSpelling('K7-q')).toBe('K as in Kilo, 7 as in Seven, dash, Q as in Quebec');
  });

  it('has a word for every character a code can contain', () => {
    for (const char of ALPHABET)
      expect(natoSpelling(char)).toMatch(new RegExp(`^${char} as in [A-Z][a-z-]+$`, 'i'));
  });
});
