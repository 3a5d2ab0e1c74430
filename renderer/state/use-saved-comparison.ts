// "Compare with a saved report…" (issue 20): main opens a JSON file (its dialog, its size
// bound), the page reads it against its profile and compares it with the run on screen, as
// `diff` would with the saved file first (common/results/compare.ts). The file's text is kept,
// not its reading, so that the comparison follows the page's language and the run on screen
// (Run again, a Keep checking round) while it stays open.
import { useCallback, useRef, useState } from 'react';
import type { NetcheckApi, SavedFileRefusal } from '../../common/ipc/contract';
import type { Profile } from '../../common/profile/schema';
import type { ResultDocument } from '../../common/results/schema';
import { APP_HELPDESK_TEXT, DIFF_TEXT, LANGUAGE_TEXT, OPEN_SAVED_TEXT } from '../../common/i18n';
import { rowChangeLine } from '../../common/reports/row-change';
import {
  compareReadings,
  readingOfDocument,
  readingOfJson,
  type Comparison,
} from '../../common/results/compare';
import { messageOf } from './message-of';

/**
 * What the last open gave: a file's text, main's reason why none could be read, or a sentence
 * from the call itself (the bridge gone: the error's own words).
 */
export type SavedFile =
  | { kind: 'file'; fileName: string; text: string }
  | { kind: 'refused'; refusal: SavedFileRefusal }
  | { kind: 'failed'; message: string };

const MEGABYTE = 1024 * 1024;

/** Main's reason in the page's language of the moment. */
function refusalSentence(refusal: SavedFileRefusal): string {
  const E = OPEN_SAVED_TEXT.errors;
  return refusal.reason === 'too-big'
    ? E.tooBig(refusal.fileName, Math.round((refusal.maxBytes / MEGABYTE) * 10) / 10)
    : E.unreadable(refusal.fileName, refusal.code);
}

/** What the panel shows: the comparison, or one sentence why there is none. */
export type ComparisonView =
  { kind: 'compared'; comparison: Comparison } | { kind: 'failed'; message: string };

/**
 * The saved file against the run on screen, in the page's language of the moment; null only
 * if the run on screen were not a result document (this app's own record always is).
 */
export function comparisonView(
  saved: SavedFile,
  current: ResultDocument,
  profile: Profile,
): ComparisonView | null {
  if (saved.kind === 'failed') return saved;
  if (saved.kind === 'refused') return { kind: 'failed', message: refusalSentence(saved.refusal) };
  const E = OPEN_SAVED_TEXT.errors;
  const format = APP_HELPDESK_TEXT.save.formats.json;
  const before = readingOfJson(saved.text, saved.fileName, profile);
  if (!before.ok)
    return {
      kind: 'failed',
      message:
        before.problem === 'not-json'
          ? E.notJson(saved.fileName, format)
          : E.notResult(saved.fileName, format),
    };
  // The run on screen has no file: its source names none.
  const after = readingOfDocument(current, '', profile);
  if (!after.ok) return null;
  return { kind: 'compared', comparison: compareReadings(before.reading, after.reading) };
}

/** The rows only one side has, as changes from or to "not in this reading" (as `diff` lists them). */
export const oneSidedChanges = (comparison: Comparison) => [
  ...comparison.onlyBefore.map((row) => ({ id: row.id, before: row, after: null })),
  ...comparison.onlyAfter.map((row) => ({ id: row.id, before: null, after: row })),
];

/** What the live region reads once a file is opened: the count, then each change. */
function spoken(view: ComparisonView | null): string[] {
  if (view === null) return [];
  if (view.kind === 'failed') return [view.message];
  const { changes } = view.comparison;
  const count = changes.length === 0 ? DIFF_TEXT.unchanged : DIFF_TEXT.changed(changes.length);
  return [LANGUAGE_TEXT.labelled(OPEN_SAVED_TEXT.heading, count), ...changes.map(rowChangeLine)];
}

export interface SavedComparison {
  /** The open dialog is up, or main is reading the file. */
  opening: boolean;
  /** The last file opened, until closed; null: no comparison. */
  saved: SavedFile | null;
  /** Bumped by each file opened (or refused): the panel takes focus then. */
  openings: number;
  /** Each text said once, under its own key. */
  announcements: Array<{ id: number; text: string }>;
  open(): void;
  close(): void;
}

export function useSavedComparison(
  api: Pick<NetcheckApi, 'openSavedResult'>,
  current: ResultDocument | null,
  profile: Profile | undefined,
): SavedComparison {
  const [opening, setOpening] = useState(false);
  const [saved, setSaved] = useState<SavedFile | null>(null);
  const [openings, setOpenings] = useState(0);
  const [announcements, setAnnouncements] = useState<SavedComparison['announcements']>([]);
  /** The run on screen when main answers (the answer comes after a dialog, seconds later). */
  const latest = useRef({ current, profile });
  latest.current = { current, profile };
  const nextId = useRef(0);

  const show = useCallback((file: SavedFile) => {
    setSaved(file);
    setOpenings((n) => n + 1);
    const { current: run, profile: rules } = latest.current;
    const texts = run && rules ? spoken(comparisonView(file, run, rules)) : [];
    setAnnouncements((said) => [...said, ...texts.map((text) => ({ id: nextId.current++, text }))]);
  }, []);

  const open = useCallback(() => {
    if (opening) return;
    setOpening(true);
    api.openSavedResult().then(
      (answer) => {
        setOpening(false);
        // Cancelled: whatever was shown stays.
        if (answer.status === 'canceled') return;
        if (answer.status === 'opened')
          show({ kind: 'file', fileName: answer.fileName, text: answer.text });
        else {
          const { status: _failed, ...refusal } = answer;
          show({ kind: 'refused', refusal });
        }
      },
      (error: unknown) => {
        setOpening(false);
        show({ kind: 'failed', message: messageOf(error) });
      },
    );
  }, [api, opening, show]);

  const close = useCallback(() => setSaved(null), []);
  return { opening, saved, openings, announcements, open, close };
}
