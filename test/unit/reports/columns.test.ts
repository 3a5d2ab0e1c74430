// Terminal columns and line breaks of CJK text (issue 19): Japanese and Chinese characters
// take two columns (Unicode UAX #11) and a line may break between them, never before "。" or
// "」" nor after "「" (JIS X 4051). Expected lines are worked out by hand from those rules.
import { describe, expect, it } from 'vitest';
import { breakableParts, columns, padColumns } from '../../../common/reports/columns';
import { wrap } from '../../../common/reports/wrap';

describe('columns', () => {
  it('counts a wide character as two columns and the rest as one', () => {
    expect(columns('TeamLink経由')).toBe(12);
    expect(columns('合格')).toBe(4);
    expect(columns('（既定：on）')).toBe(12);
    expect(columns('✔ Pass')).toBe(6);
    expect(columns('')).toBe(0);
  });

  it('pads to columns, not characters', () => {
    expect(padColumns('合格', 6)).toBe('合格  ');
    expect(padColumns('Pass', 6)).toBe('Pass  ');
    expect(padColumns('判定できません', 6)).toBe('判定できません');
  });
});

describe('breakableParts', () => {
  it('keeps Latin words whole and splits between wide characters', () => {
    expect(breakableParts('TeamLink経由で')).toEqual(['TeamLink', '経', '由', 'で']);
    expect(breakableParts('onsight.librestream.com')).toEqual(['onsight.librestream.com']);
  });

  it('keeps closing punctuation, small kana and ー with the character before', () => {
    expect(breakableParts('ネットワーク。')).toEqual(['ネッ', 'ト', 'ワー', 'ク。']);
    expect(breakableParts('「はい」')).toEqual(['「は', 'い」']);
  });
});

describe('wrap of CJK text', () => {
  it('fills each line to the width in columns', () => {
    expect(wrap('ネットワークは準備できています。', 10)).toEqual([
      'ネットワー',
      'クは準備で',
      'きていま',
      'す。',
    ]);
  });

  it('joins Latin and CJK without a blank, and breaks between them', () => {
    expect(wrap('TeamLink経由で使えます', 12)).toEqual(['TeamLink経由', 'で使えます']);
  });

  it('keeps a blank where the text has one, and hangs the rest under the indent', () => {
    expect(wrap('行 2-2.3 を許可してください', 14, '- ', '  ')).toEqual([
      // "- 行 2-2.3 を" is 13 columns: "許" (2) would make 15.
      '- 行 2-2.3 を',
      '  許可してくだ',
      '  さい',
    ]);
  });

  it('never starts a line with a closing bracket nor ends one with an opening one', () => {
    expect(wrap('「はい」です', 4)).toEqual(['「は', 'い」', 'です']);
  });

  it('never breaks at a no-break space (French puts one before a colon)', () => {
    expect(wrap('Que faire maintenant\u00a0: relancez', 21)).toEqual([
      'Que faire',
      'maintenant\u00a0: relancez',
    ]);
  });
});
