// A row's words in the faces' language (issue 17, "Plain words"; issue 19): the catalogue's,
// keyed by the guide's row id, or the profile's own for a row the catalogue does not know
// (another profile).
import type { RowResult } from '../results/schema';
import type { RowWords } from './en';
import { ROW_WORDS, TABLE_WORDS } from './index';

const wordsOf = (id: string): RowWords | undefined =>
  (ROW_WORDS as Readonly<Record<string, RowWords | undefined>>)[id];

/** The row's plain title; the profile's own for a row this file does not know. */
export const rowTitle = (row: Pick<RowResult, 'id' | 'title'>): string =>
  wordsOf(row.id)?.title ?? row.title;

/** The row's plain explanation, or the profile's (`fallback`) for an unknown row. */
export const rowExplanation = (id: string, fallback: string | undefined): string | undefined =>
  wordsOf(id)?.explanation ?? fallback;

/** The rule IT adds for the row, or the profile's (`fallback`) for an unknown row. */
export const rowFix = (id: string, fallback: string): string => wordsOf(id)?.fix ?? fallback;

export const tableTitle = (table: { id: string; title: string }): string =>
  (TABLE_WORDS as Readonly<Record<string, string | undefined>>)[table.id] ?? table.title;
