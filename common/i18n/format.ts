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

/** A round trip or jitter in ms: tenths below 10 ms, where they still say something. */
export const formatMilliseconds = (language: Language, ms: number): string =>
  `${formatNumber(language, ms, ms < 10 ? 1 : 0)} ms`;

/**
 * A share in %, to a tenth (150 packets: one lost is 0.7%), with the language's own space
 * before the sign or none (CLDR: "0,7 %" in French and German, "0,7%" in Portuguese).
 */
export const formatPercent = (language: Language, pct: number): string =>
  cached(
    `%:${language}`,
    () => new Intl.NumberFormat(language, { style: 'percent', maximumFractionDigits: 1 }),
  ).format(pct / 100);

/**
 * A time of day on this computer's clock, to the second and on the 24-hour clock in every
 * language ("14:02:31"), as Keep checking and `watch` stamp what changed (issue 20).
 */
export const formatClock = (language: Language, date: Date): string =>
  cached(
    `c:${language}`,
    () =>
      new Intl.DateTimeFormat(language, {
        hour: '2-digit',
        minute: '2-digit',
        second: '2-digit',
        hourCycle: 'h23',
      }),
  ).format(date);

/** A whole number of hours, minutes or seconds in the language's short unit ("30 min"). */
export function formatDuration(language: Language, ms: number): string {
  const [unit, size] =
    ms % 3_600_000 === 0
      ? (['hour', 3_600_000] as const)
      : ms % 60_000 === 0
        ? (['minute', 60_000] as const)
        : (['second', 1000] as const);
  return cached(
    `u:${language}:${unit}`,
    () => new Intl.NumberFormat(language, { style: 'unit', unit, unitDisplay: 'short' }),
  ).format(Math.round(ms / size));
}

/** A year and month ("2022-12") in the language's words: "December 2022", "2022年12月". */
export function formatMonth(language: Language, yearMonth: string): string {
  const [year, month] = yearMonth.split('-').map(Number);
  if (!year || !month) return yearMonth;
  return cached(
    `m:${language}`,
    () => new Intl.DateTimeFormat(language, { year: 'numeric', month: 'long', timeZone: 'UTC' }),
  ).format(new Date(Date.UTC(year, month - 1, 1)));
}
