// A row's coverage and the rules' guide in words (issue 20), for every face: the mark after a
// row's id in the tables, the legend under them, the sentence in Details and the reports, and
// the "Rules: …" line. Read when a face speaks, so it follows the language (common/i18n).
import { COVERAGE_KINDS, COVERAGE_MARKS } from '../coverage-kinds';
import type { Profile } from '../profile/schema';
import type { Coverage } from '../results/schema';
import { COVERAGE_TEXT, LANGUAGE_TEXT } from '../i18n';

/** The mark after a row's id ("~", "*"), empty for a tested or not-tested row or no coverage. */
export const coverageMark = (coverage: Coverage | null | undefined): string =>
  (coverage && COVERAGE_MARKS[coverage.kind]) ?? '';

/** The kind's label ("Inferred"). */
export const coverageLabel = (coverage: Coverage): string => COVERAGE_TEXT.labels[coverage.kind];

/** Why, in one or two sentences: which rows it is concluded from, or what a desktop cannot do. */
export function coverageSentence(coverage: Coverage): string {
  switch (coverage.kind) {
    case 'tested':
      return COVERAGE_TEXT.tested;
    case 'inferred':
      return COVERAGE_TEXT.inferred[coverage.reason](coverage.from);
    case 'not-testable-here':
      return COVERAGE_TEXT.notTestableHere[coverage.reason];
    case 'not-tested':
      return COVERAGE_TEXT.notTested[coverage.reason](coverage.from ?? []);
  }
}

/**
 * Whether a row's coverage says more than its status: a skipped or could-not-tell row's status
 * already says that this run did not test it, and a tested row is what a check is.
 */
export const coverageNeedsWords = (coverage: Coverage | null | undefined): coverage is Coverage =>
  !!coverage &&
  (coverage.kind === 'inferred' ||
    coverage.kind === 'not-testable-here' ||
    (coverage.kind === 'not-tested' &&
      (coverage.reason === 'sources-not-tested' || coverage.reason === 'sources-failed')));

/** "Inferred: Concluded from rows 2-2.2, 2-1.1, …" for Details and the reports. */
export const coverageLine = (coverage: Coverage): string =>
  LANGUAGE_TEXT.labelled(coverageLabel(coverage), coverageSentence(coverage));

/**
 * The legend of a table's marks: one entry per mark its rows carry, in the kinds' order
 * ("~ Inferred", "* Cannot be tested from this computer"); none when no row has a mark.
 * Each face sets the entries apart itself: a space between them would fold into one.
 */
export function coverageLegend(coverages: readonly (Coverage | null | undefined)[]): string[] {
  const kinds = new Set(coverages.flatMap((c) => (c ? [c.kind] : [])));
  return COVERAGE_KINDS.flatMap((kind) => {
    const mark = COVERAGE_MARKS[kind];
    return mark && kinds.has(kind)
      ? [COVERAGE_TEXT.legendEntry(mark, COVERAGE_TEXT.labels[kind])]
      : [];
  });
}

/** The guide the profile's rules come from; a profile without `guide` is named by its title. */
export function guideName(profile: Pick<Profile, 'guide' | 'title'>): string {
  const { guide } = profile;
  return guide
    ? COVERAGE_TEXT.guide(guide.name, guide.document, guide.revision, guide.date)
    : profile.title;
}

/** "Rules: Onsight Firewall & Proxy Configuration Guide 400295-08 Rev D, December 2022". */
export const rulesLine = (profile: Pick<Profile, 'guide' | 'title'>): string =>
  rulesLineOf(guideName(profile));

/** The rules line for a guide already named (a decoded code carries its name). */
export const rulesLineOf = (guide: string): string =>
  LANGUAGE_TEXT.labelled(COVERAGE_TEXT.rules, guide);
