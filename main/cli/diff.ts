// `onsight-netcheck diff BEFORE AFTER`: two readings of one site, each a saved JSON result or a
// helpdesk code, compared (common/results/compare.ts): what each side is, the rows whose status
// changed, and both diagnoses, in the words every other face uses.
import { existsSync, readFileSync } from 'node:fs';
import { currentLanguage, DIFF_TEXT, inLanguage, LANGUAGE_TEXT } from '../../common/i18n';
import { rowTitle } from '../../common/i18n/row-words';
import { diagnosisHead } from '../../common/reports/diagnosis-lines';
import { presentedStatus, presentedStatusWord } from '../../common/reports/presented-status';
import { rowChangeLine } from '../../common/reports/row-change';
import { wrap } from '../../common/reports/wrap';
import {
  compareReadings,
  readingOfCode,
  readingOfJson,
  type Comparison,
  type Reading,
} from '../../common/results/compare';
import type { ComparedRow, RowChange } from '../../common/results/row-changes';
import type { LoadedProfile } from '../engine/profile-loader';
import { InputError } from './args';
import { formatHeadline, type TableStyle } from './table';

export type DiffSide = 'before' | 'after';
const SIDES: readonly DiffSide[] = ['before', 'after'];

/** What an argument names, read once: a result file's text, or a code. */
type DiffInput = { kind: 'json'; file: string; text: string } | { kind: 'code'; code: string };

/** A code is letters, digits, blanks and dashes: a dot or a slash can only be a path. */
const looksLikePath = (text: string) => /[./\\]/.test(text);

/** A file that exists (or a path) is a result file; anything else must be a helpdesk code. */
function diffInput(argument: string, side: DiffSide): DiffInput {
  if (!existsSync(argument) && !looksLikePath(argument)) return { kind: 'code', code: argument };
  try {
    return { kind: 'json', file: argument, text: readFileSync(argument, 'utf8') };
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'error';
    throw new InputError(DIFF_TEXT.errors.unreadable(DIFF_TEXT.sides[side], argument, code));
  }
}

/** One side read in the faces' language; a side that cannot be read names itself. */
function readSide(input: DiffInput, side: DiffSide, loaded: LoadedProfile): Reading {
  const E = DIFF_TEXT.errors;
  const name = DIFF_TEXT.sides[side];
  if (input.kind === 'json') {
    const answer = readingOfJson(input.text, input.file, loaded.profile);
    if (answer.ok) return answer.reading;
    const say = answer.problem === 'not-json' ? E.notJson : E.notResult;
    throw new InputError(say(name, input.file, answer.message));
  }
  const answer = readingOfCode(input.code, loaded.profile, loaded.hash);
  if (answer.ok) return answer.reading;
  // A code whose check holds is a code: of another profile, or from a newer version.
  if (answer.problem === 'profile' || answer.problem === 'newer')
    throw new InputError(E.code(name, input.code, answer.message));
  throw new InputError(E.neither(name, input.code, answer.message));
}

const compare = (inputs: Record<DiffSide, DiffInput>, loaded: LoadedProfile): Comparison =>
  compareReadings(
    readSide(inputs.before, 'before', loaded),
    readSide(inputs.after, 'after', loaded),
  );

function sideText({ source, profile }: Reading): string {
  const what =
    source.kind === 'json'
      ? DIFF_TEXT.file(source.file, source.startedAt)
      : DIFF_TEXT.code(source.code);
  return DIFF_TEXT.side(what, DIFF_TEXT.profile(profile.id, profile.version, profile.revision));
}

/** The rows only one side has, as changes to or from "not in this reading". */
const oneSided = (comparison: Comparison): RowChange[] => [
  ...comparison.onlyBefore.map((row) => ({ id: row.id, before: row, after: null })),
  ...comparison.onlyAfter.map((row) => ({ id: row.id, before: null, after: row })),
];

function diffToText(comparison: Comparison, style: TableStyle): string[] {
  const { width } = style;
  const changeLines = (changes: readonly RowChange[]) =>
    changes.flatMap((change) => wrap(rowChangeLine(change), width, '  ', '    '));
  const lines = SIDES.flatMap((side) =>
    wrap(
      LANGUAGE_TEXT.labelled(DIFF_TEXT.labels[side], sideText(comparison[side])),
      width,
      '',
      '  ',
    ),
  );
  const { changes } = comparison;
  lines.push('');
  if (changes.length === 0) lines.push(...wrap(DIFF_TEXT.unchanged, width));
  else lines.push(...wrap(DIFF_TEXT.changed(changes.length), width), ...changeLines(changes));
  const others = oneSided(comparison);
  if (comparison.profileVersionsDiffer) lines.push('', ...wrap(DIFF_TEXT.versionsDiffer, width));
  if (others.length > 0)
    lines.push(
      ...(comparison.profileVersionsDiffer ? [] : ['']),
      ...wrap(DIFF_TEXT.onlyOneSide, width),
      ...changeLines(others),
    );
  for (const side of SIDES) {
    const { diagnosis, notice } = comparison[side];
    const [headline, reason] = diagnosisHead(diagnosis);
    lines.push('', ...wrap(DIFF_TEXT.diagnosis[side], width));
    if (notice !== null) lines.push(...wrap(notice, width));
    lines.push(...formatHeadline(headline, diagnosis.verdict, style), ...wrap(reason, width));
  }
  return lines;
}

const rowOf = (row: ComparedRow) => ({ id: row.id, title: rowTitle(row), status: row.status });

/** The language-neutral record: keys and statuses, and the words of the language it is read in (English). */
function diffRecord(comparison: Comparison) {
  const side = ({ source, profile, diagnosis, notice }: Reading) => ({
    ...source,
    profile,
    diagnosis: {
      verdict: diagnosis.verdict,
      cause: diagnosis.cause,
      product: diagnosis.product,
      headline: diagnosis.headline,
      reason: diagnosis.reason,
    },
    notice,
  });
  return {
    before: side(comparison.before),
    after: side(comparison.after),
    changes: comparison.changes.map(({ id, before, after }) => ({
      id,
      title: rowTitle(after),
      before: before.status,
      after: after.status,
    })),
    onlyBefore: comparison.onlyBefore.map(rowOf),
    onlyAfter: comparison.onlyAfter.map(rowOf),
    profileVersionsDiffer: comparison.profileVersionsDiffer,
  };
}

/** The same comparison's words in the faces' language: what a script that shows words shows. */
function diffTexts(comparison: Comparison) {
  const word = (row: ComparedRow) => presentedStatusWord(presentedStatus(row));
  const side = ({ diagnosis, notice }: Reading) => ({
    headline: diagnosis.headline,
    reason: diagnosis.reason,
    notice,
  });
  const withWord = (row: ComparedRow) => ({ id: row.id, title: rowTitle(row), status: word(row) });
  return {
    language: currentLanguage(),
    before: side(comparison.before),
    after: side(comparison.after),
    changes: comparison.changes.map((change) => ({
      id: change.id,
      line: rowChangeLine(change),
      before: word(change.before),
      after: word(change.after),
    })),
    onlyBefore: comparison.onlyBefore.map(withWord),
    onlyAfter: comparison.onlyAfter.map(withWord),
  };
}

/** `diff`'s output: the text for a person, or with `--json` the structured comparison. */
export function diffOutput(
  argumentsOf: Record<DiffSide, string>,
  loaded: LoadedProfile,
  json: boolean,
  style: TableStyle,
): string {
  const inputs = {
    before: diffInput(argumentsOf.before, 'before'),
    after: diffInput(argumentsOf.after, 'after'),
  };
  // In the person's language first: a side that cannot be read is said in it.
  const comparison = compare(inputs, loaded);
  if (!json) return `${diffToText(comparison, style).join('\n')}\n`;
  const record =
    currentLanguage() === 'en'
      ? diffRecord(comparison)
      : {
          ...inLanguage('en', () => diffRecord(compare(inputs, loaded))),
          texts: diffTexts(comparison),
        };
  return `${JSON.stringify(record, null, 2)}\n`;
}
