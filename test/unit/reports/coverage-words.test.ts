// Every report face says what a desktop could test of each row and which guide revision the
// rules come from (issue 20), in the person's language.
import { afterEach, describe, expect, it } from 'vitest';
import { htmlReport } from '../../../common/reports/html';
import { textReport } from '../../../common/reports/text';
import { itRequestText } from '../../../common/reports/it-request';
import { textsOf } from '../../../common/results/texts';
import { setLanguage } from '../../../common/i18n';
import { buildResult, loaded } from '../helpdesk/result-builder';

/** STUN and SIP pass, the media sample gets no answer: 2-2.4 is inferred from them. */
const result = buildResult({ answers: { '2-2.4': { outcome: 'timeout' } } });
const input = {
  result,
  profile: loaded.profile,
  includeComputerDetails: false,
  englishCopy: false,
};
const RULES = 'Rules: Onsight Firewall & Proxy Configuration Guide 400295-08 Rev D, December 2022';

afterEach(() => setLanguage('en'));

describe('text report', () => {
  const text = textReport(input);
  const flat = text.replace(/\s+/g, ' ');

  it('names the guide revision the rules come from', () => {
    expect(flat).toContain(RULES);
  });

  it('marks inferred and untestable rows and says why, under the row', () => {
    expect(flat).toContain('2-2.4~ Could not tell');
    expect(flat).toContain(
      'Inferred: Its own probes got no answer, which proves nothing: media servers rarely answer outside a call. It counts as open because rows 2-2.1, 2-2.2, 2-2.3 to the same servers got through.',
    );
    expect(flat).toContain('3-1.3* Info');
    expect(flat).toContain('Cannot be tested from this computer: It needs a second Onsight device');
    expect(flat).toContain('2-0.1* Info');
    expect(flat).toContain('It is a policy setting in Onsight Platform Manager');
    expect(flat).toContain('3-1.2~ Info');
    expect(flat).toContain('Concluded from rows 2-2.2, 2-1.1');
    expect(flat).toContain('4.1~ Pass');
    // The legend: an entry a line, never run together.
    expect(text.split('\n')).toEqual(
      expect.arrayContaining(['~ Inferred', '* Cannot be tested from this computer']),
    );
  });

  it('says nothing more of a tested row, nor of a skipped one (its status says it)', () => {
    expect(flat).not.toContain('Tested by this run');
    expect(flat).not.toContain('Not tested in this run');
  });

  it('in French: the label and the month in French', () => {
    setLanguage('fr');
    const french = textReport(input).replace(/[ \n]+/g, ' ');
    expect(french).toMatch(
      /Règles: +Onsight Firewall & Proxy Configuration Guide 400295-08 Rev D, décembre 2022/,
    );
    expect(french).toContain('3-1.3* Info');
    expect(french).toContain('Il faut un second appareil Onsight');
  });

  it('in Japanese: the month as Japanese writes it', () => {
    setLanguage('ja');
    expect(textReport(input).replace(/\n\s*/g, '')).toMatch(
      /ルール: +Onsight Firewall & Proxy Configuration Guide 400295-08 Rev D（2022年12月）/,
    );
  });
});

describe('HTML report', () => {
  const html = htmlReport(input);

  it('gives each mark its label as accessible name, and the words in the row', () => {
    expect(html).toContain(
      '<td class="id">3-1.3<span class="coverage-mark" role="img" title="Cannot be tested from this computer" aria-label="Cannot be tested from this computer">*</span></td>',
    );
    expect(html).toContain(
      '<td class="id">2-2.4<span class="coverage-mark" role="img" title="Inferred" aria-label="Inferred">~</span></td>',
    );
    expect(html).toContain('<td class="id">2-2.2</td>');
    // The legend's entries on lines of their own: HTML folds spaces between them into one.
    expect(html).toContain(
      '<p class="note">~ Inferred<br>* Cannot be tested from this computer</p>',
    );
    expect(html).toContain('<p class="coverage">Inferred: Concluded from rows 2-2.2, 2-1.1');
    expect(html).toContain(
      'Onsight Firewall &amp; Proxy Configuration Guide 400295-08 Rev D, December 2022',
    );
  });
});

describe('JSON texts and Send to IT', () => {
  it('the texts of a document in French carry each row coverage in words', () => {
    setLanguage('fr');
    const rows = new Map(textsOf(result, loaded.profile).rows.map((r) => [r.id, r]));
    expect(rows.get('3-1.3')?.coverage).toBe(
      'Impossible à tester depuis cet ordinateur\u00a0: Il faut un second appareil Onsight\u00a0: un flux média envoyé directement d’un appareil à l’autre ne peut pas être testé depuis un seul ordinateur.',
    );
    expect(rows.get('2-2.2')?.coverage).toBe(
      'Testé par cette vérification\u00a0: Les tests propres à cette ligne ont obtenu une vraie réponse ou un échec net.',
    );
  });

  it('Send to IT says why each reminder cannot be checked here', () => {
    const text = itRequestText(result);
    expect(text).toContain(
      '    Cannot be tested from this computer: It needs a second Onsight device',
    );
    expect(text).toContain('    Inferred: Concluded from rows 2-2.2, 2-1.1');
  });
});
