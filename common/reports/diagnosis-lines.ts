// The diagnosis as plain lines, in the one order every text face uses: the CLI's footer,
// `decode`, the text report and "Copy summary". The headline comes first, on its own line,
// so a face may set it apart (colour, a heading).
import type { Diagnosis } from '../results/schema';
import { DIAGNOSIS_TEXT, LANGUAGE_TEXT } from '../i18n';

const L = DIAGNOSIS_TEXT.labels;

/** One line per sentence, whatever line breaks an engine message carries. */
export const oneLine = (text: string) => text.replace(/\s+/g, ' ').trim();

/** The diagnosis in brief, its first two lines: the headline, then the reason. */
export const diagnosisHead = (diagnosis: Diagnosis): [string, string] => [
  diagnosis.headline,
  oneLine(diagnosis.reason),
];

export function diagnosisLines(diagnosis: Diagnosis): string[] {
  const list = (label: string, items: readonly string[]) =>
    items.length === 0 ? [] : ['', `${label}:`, ...items.map((item) => `  - ${oneLine(item)}`)];
  return [
    ...diagnosisHead(diagnosis),
    ...diagnosis.caveats.map((caveat) => LANGUAGE_TEXT.labelled(L.caveat, oneLine(caveat))),
    '',
    LANGUAGE_TEXT.labelled(L.onSite, diagnosis.steps.onSite),
    LANGUAGE_TEXT.labelled(L.helpdesk, diagnosis.steps.helpdesk),
    LANGUAGE_TEXT.labelled(L.it, diagnosis.steps.it),
    ...list(L.mustFix, diagnosis.mustFix),
    ...list(L.recommended, diagnosis.recommended),
  ];
}
