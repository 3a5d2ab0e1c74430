// The vocabulary of a row's coverage (issue 20; ARCHITECTURE.md, "Coverage"): what this run
// could and could not test of the row from this computer, and why. Keys and marks only: the
// words are the catalogue's (COVERAGE_TEXT), so every face says them in its own language.

/**
 * `tested`: the row's own probes gave a genuine answer or a definite failure.
 * `inferred`: concluded from other rows, or (push) from this computer's answer on the path
 * other devices use. `not-testable-here`: nothing a desktop can send shows it.
 * `not-tested`: this run did not test it (left out, its option off, or it could not tell);
 * the issue names three kinds, but calling such a row tested or untestable would be false.
 */
export const COVERAGE_KINDS = ['tested', 'inferred', 'not-testable-here', 'not-tested'] as const;
export type CoverageKind = (typeof COVERAGE_KINDS)[number];

/**
 * The mark after a row's id in the tables, the same in every language (docs/i18n.md). Tested
 * and not-tested rows carry none: the status beside it ("Could not tell", "Skipped") already
 * says so. ASCII, so one column wide in every terminal, CJK ones included (UAX #11: "≈" or "○"
 * would be ambiguous, two columns there).
 */
export const COVERAGE_MARKS: Readonly<Partial<Record<CoverageKind, string>>> = {
  inferred: '~',
  'not-testable-here': '*',
};

/**
 * Why a row is inferred. `same-servers`: silent media counted open because STUN or SIP to the
 * same servers passed (MEDIA_COMPANIONS). `shown-by-rows`: the rows named show it (3-1.2).
 * `phones-same-path`: this computer tests the path that phones and tablets on the same
 * network use; what they meet is concluded from it (push, section 4).
 */
export const INFERRED_REASONS = ['same-servers', 'shown-by-rows', 'phones-same-path'] as const;
export type InferredReason = (typeof INFERRED_REASONS)[number];

/** `second-device`: needs another Onsight device (3-1.3). `server-policy`: a setting in OPM (2-0.1). */
export const NOT_TESTABLE_REASONS = ['second-device', 'server-policy'] as const;
export type NotTestableReason = (typeof NOT_TESTABLE_REASONS)[number];

/**
 * `left-out`: the selection (`--only`, `--quality-seconds 0`) left it out. `option-off`: the
 * option that switches it on is off. `could-not-tell`: its probes proved nothing (unverified).
 * `sources-not-tested`: the rows it is concluded from were not tested in this run.
 * `sources-failed`: the rows it is concluded from did not get through in this run, so they
 * show nothing of it.
 */
export const NOT_TESTED_REASONS = [
  'left-out',
  'option-off',
  'could-not-tell',
  'sources-not-tested',
  'sources-failed',
] as const;
export type NotTestedReason = (typeof NOT_TESTED_REASONS)[number];
