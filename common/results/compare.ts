// Two readings of one site side by side (issue 20): each side a saved result document (`run
// --json`, or a JSON report) or a helpdesk code, compared row by row. `diff` prints it; the
// app's "open a saved report beside the current run" shows the same comparison. Everything a
// reading says is in the faces' language at the time it is read (the CLI reads it twice for
// `--json`: the English record and the person's words).
import type { Profile } from '../profile/schema';
import { describeZodError } from '../zod-issue';
import { decodeForDisplay, type DecodeErrorReason } from '../helpdesk/decoded-table';
import { localised } from './assemble';
import { rowChanges, type ComparedRow, type RowChange } from './row-changes';
import { resultDocumentSchema, type Diagnosis, type ResultDocument } from './schema';

/** Where a reading comes from: a result document (named by its file) or a helpdesk code. */
export type ReadingSource =
  { kind: 'json'; file: string; startedAt: string } | { kind: 'code'; code: string };

export interface ProfileIdentity {
  id: string;
  version: string;
  revision: number;
}

/** One side of a comparison. */
export interface Reading {
  source: ReadingSource;
  /** The profile the result was made with (a code: the one it was read against). */
  profile: ProfileIdentity;
  /** Every row the reading has, in its profile's order. */
  rows: ComparedRow[];
  /** The diagnosis, in the faces' language. */
  diagnosis: Diagnosis;
  /** Said before the diagnosis: a code of 0.1 carried no cause of its own; else null. */
  notice: string | null;
}

/** Why a side cannot be read: not JSON, not a result document, or a code's own mistake. */
export type ReadingProblem = 'not-json' | 'not-result' | DecodeErrorReason;

export type ReadingAnswer =
  { ok: true; reading: Reading } | { ok: false; problem: ReadingProblem; message: string };

const identityOf = ({ id, version, revision }: ProfileIdentity): ProfileIdentity => ({
  id,
  version,
  revision,
});

const sameProfile = (a: ProfileIdentity, b: ProfileIdentity) =>
  a.id === b.id && a.version === b.version && a.revision === b.revision;

/** A result document, checked against the schema `run --json` writes (`texts` allowed). */
export function readingOfDocument(json: unknown, file: string, profile: Profile): ReadingAnswer {
  const parsed = resultDocumentSchema.safeParse(json);
  if (!parsed.success)
    return { ok: false, problem: 'not-result', message: describeZodError(parsed.error) };
  const document: ResultDocument = parsed.data;
  // Told again in the faces' language from the rows, as every face does; a document of other
  // rules keeps its recorded (English) words, since this profile would tell another story.
  const { diagnosis } = sameProfile(document.profile, profile)
    ? localised(document, profile)
    : document;
  return {
    ok: true,
    reading: {
      source: { kind: 'json', file, startedAt: document.startedAt },
      profile: identityOf(document.profile),
      rows: document.rows.map(({ id, title, level, status }) => ({ id, title, level, status })),
      diagnosis,
      notice: null,
    },
  };
}

/** A file's text: JSON first, then a result document. */
export function readingOfJson(text: string, file: string, profile: Profile): ReadingAnswer {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return { ok: false, problem: 'not-json', message: (error as Error).message };
  }
  return readingOfDocument(json, file, profile);
}

/** A helpdesk code, read as `decode` reads it: the caller's rows and diagnosis. */
export function readingOfCode(code: string, profile: Profile, profileHash: string): ReadingAnswer {
  const answer = decodeForDisplay(code, profile, profileHash);
  if (!answer.ok) return { ok: false, problem: answer.reason, message: answer.message };
  const { decoded } = answer;
  return {
    ok: true,
    reading: {
      source: { kind: 'code', code: decoded.code },
      profile: identityOf(profile),
      rows: decoded.tables.flatMap((table) =>
        table.rows.map(({ id, title, level, status }) => ({ id, title, level, status })),
      ),
      diagnosis: decoded.diagnosis,
      notice: decoded.notice,
    },
  };
}

/** A row both readings have, with another status in each. */
export interface StatusChange extends RowChange {
  before: ComparedRow;
  after: ComparedRow;
}

const onBothSides = (change: RowChange): change is StatusChange =>
  change.before !== null && change.after !== null;

/** Before against after. */
export interface Comparison {
  before: Reading;
  after: Reading;
  /** Rows both readings have whose status differs, in the later reading's order. */
  changes: StatusChange[];
  /** Rows only the earlier reading has (another profile version, or a code without them). */
  onlyBefore: ComparedRow[];
  /** Rows only the later reading has. */
  onlyAfter: ComparedRow[];
  /** Made with other profiles or profile versions: compared row by row where the ids match. */
  profileVersionsDiffer: boolean;
}

export function compareReadings(before: Reading, after: Reading): Comparison {
  const all = rowChanges(before.rows, after.rows);
  return {
    before,
    after,
    changes: all.filter(onBothSides),
    onlyBefore: all.flatMap((change) =>
      change.after === null && change.before ? [change.before] : [],
    ),
    onlyAfter: all.flatMap((change) =>
      change.before === null && change.after ? [change.after] : [],
    ),
    profileVersionsDiffer: !sameProfile(before.profile, after.profile),
  };
}
