// The catalogue: every sentence a face shows (the app, the CLI, the reports, the diagnosis, the
// change request, `decode`), one object per language (issue 19). English defines the keys and
// every message's parameters; a locale that misses a key, adds one, or takes other parameters
// does not compile (test/unit/i18n/catalogue-types.test.ts).
//
// Not here: the engine's own sentences of what each attempt met (STOPPED_TEXT, NAT_TEXT and
// the rest of en.ts), the technical record of a run with its addresses, ports and codes. They
// stay in English in this version, in the JSON, the Details and the reports (docs/i18n.md).
import * as en from './en';

export const EN = {
  VERDICT_HEADLINES: en.VERDICT_HEADLINES,
  ROW_STATUS_WORDS: en.ROW_STATUS_WORDS,
  ROW_SUMMARIES: en.ROW_SUMMARIES,
  BLOCK_TEXT: en.BLOCK_TEXT,
  NETWORK_TEXT: en.NETWORK_TEXT,
  APP_TEXT: en.APP_TEXT,
  SCREEN_TEXT: en.SCREEN_TEXT,
  RESULT_WORDS: en.RESULT_WORDS,
  IT_REQUEST_TEXT: en.IT_REQUEST_TEXT,
  HELPDESK_TEXT: en.HELPDESK_TEXT,
  CHANGE_REQUEST_TEXT: en.CHANGE_REQUEST_TEXT,
  REPORT_TEXT: en.REPORT_TEXT,
  SUMMARY_TEXT: en.SUMMARY_TEXT,
  CLI_TEXT: en.CLI_TEXT,
  APP_HELPDESK_TEXT: en.APP_HELPDESK_TEXT,
  PROXY_SIGN_IN_TEXT: en.PROXY_SIGN_IN_TEXT,
  HELPDESK_MODE_TEXT: en.HELPDESK_MODE_TEXT,
  DIAGNOSIS_TEXT: en.DIAGNOSIS_TEXT,
  SHELL_TEXT: en.SHELL_TEXT,
  WATCH_TEXT: en.WATCH_TEXT,
  EXTRA_SCREEN_TEXT: en.EXTRA_SCREEN_TEXT,
  ROW_WORDS: en.ROW_WORDS,
  TABLE_WORDS: en.TABLE_WORDS,
  MENU_TEXT: en.MENU_TEXT,
  LANGUAGE_TEXT: en.LANGUAGE_TEXT,
  COMPARE_TEXT: en.COMPARE_TEXT,
  DIFF_TEXT: en.DIFF_TEXT,
  ORIGIN_TEXT: en.ORIGIN_TEXT,
  KEEP_CHECKING_TEXT: en.KEEP_CHECKING_TEXT,
  COVERAGE_TEXT: en.COVERAGE_TEXT,
  DIALOG_TEXT: en.DIALOG_TEXT,
  OPEN_SAVED_TEXT: en.OPEN_SAVED_TEXT,
};

/** English's shape with its literal texts widened: what every locale must give. */
type Shape<T> = T extends string
  ? string
  : T extends (...args: infer A) => infer R
    ? (...args: A) => Shape<R>
    : T extends readonly (infer U)[]
      ? readonly Shape<U>[]
      : T extends object
        ? { [K in keyof T]: Shape<T[K]> }
        : T;

export type Catalogue = Shape<typeof EN>;
