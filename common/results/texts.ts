// The `texts` of a JSON document (issue 19): what the faces show, in the language chosen, beside
// the English record, so a script that shows words shows the person's.
import type { Profile } from '../profile/schema';
import { currentLanguage } from '../i18n';
import { rowTitle } from '../i18n/row-words';
import { plainResult, presentedStatus, presentedStatusWord } from '../reports/presented-status';
import { localised } from './assemble';
import { coverageLine } from '../reports/coverage-words';
import type { ResultDocument, ResultTexts } from './schema';

export function textsOf(record: ResultDocument, profile: Profile): ResultTexts {
  const { diagnosis, changeRequest, rows } = localised(record, profile);
  return {
    language: currentLanguage(),
    headline: diagnosis.headline,
    reason: diagnosis.reason,
    steps: diagnosis.steps,
    mustFix: diagnosis.mustFix,
    recommended: diagnosis.recommended,
    caveats: diagnosis.caveats,
    changeRequest,
    rows: rows.map((row) => ({
      id: row.id,
      title: rowTitle(row),
      status: presentedStatusWord(presentedStatus(row)),
      result: plainResult(row),
      ...(row.coverage && { coverage: coverageLine(row.coverage) }),
    })),
  };
}

/** The document `--json` prints: the record, with `texts` when the language is not English. */
export const withTexts = (record: ResultDocument, profile: Profile): ResultDocument =>
  currentLanguage() === 'en' ? record : { ...record, texts: textsOf(record, profile) };
