// Numbers, dates and plurals in a language's own conventions (issue 19): Intl, with one
// formatter per language and kind, built on first use and kept (a formatter costs far more to
// build than to use, and a process's first Intl call loads ICU's data).
import type { Language } from './languages';

const cache = new Map<string, unknown>();
function cached<T>(key: string, make: () => T): T {
  let made = cache.get(key) as T | undefined;
  if (made === undefined) {
    made = make();
    cache.set(key, made);
  }
  return made;
}

/** 1,500 / 1.500 / 1 500, by the language's grouping. */
export const formatNumber = (language: Language, n: number, digits = 0): string =>
  cached(
    `n:${language}:${digits}`,
    () =>
      new Intl.NumberFormat(language, {
        maximumFractionDigits: digits,
        minimumFractionDigits: 0,
      }),
  ).format(n);

/** The plural category of `n` (English: one, other; Japanese and Chinese: other only). */
export const pluralOf = (language: Language, n: number): Intl.LDMLPluralRule =>
  cached(`p:${language}`, () => new Intl.PluralRules(language)).select(n);

/**
 * A report's date and time in the language's words, in UTC, so that a report reads the same
 * on every computer and in every time zone ("25. November 2026 um 15:04 UTC").
 */
export const formatDateTime = (language: Language, date: Date): string =>
  `${cached(
    `d:${language}`,
    () =>
      new Intl.DateTimeFormat(language, { dateStyle: 'long', timeStyle: 'short', timeZone: 'UTC' }),
  ).format(date)} UTC`;

/** A duration in seconds to a tenth, as the engine's sentences and the reports give it. */
export const formatSeconds = (language: Language, ms: number): string =>
  `${formatNumber(language, Math.round(ms / 100) / 10, 1)} s`;

/** A year and month ("2022-12") in the language's words: "December 2022", "2022年12月". */
export function formatMonth(language: Language, yearMonth: string): string {
  const [year, month] = yearMonth.split('-').map(Number);
  if (!year || !month) return yearMonth;
  return cached(
    `m:${language}`,
    () => new Intl.DateTimeFormat(language, { year: 'numeric', month: 'long', timeZone: 'UTC' }),
  ).format(new Date(Date.UTC(year, month - 1, 1)));
}
