// The one result assembly and the one re-run merge (ARCHITECTURE.md, "Diagnosis"). Every
// result document, whether the runner's, the app's after "Re-run failed rows", or a test's,
// is finished here: its rows folded, then its diagnosis, verdict, change request and helpdesk
// code derived from those rows, so the screen, a saved report and a decoded code agree.
import type { Plan } from '../plan';
import type { Profile } from '../profile/schema';
import { factsOf } from '../diagnosis/diagnose';
import { describe, NOTHING_KNOWN } from '../diagnosis/describe';
import { coveragesOf } from '../diagnosis/coverage';
import { encodeHelpdeskCode } from '../helpdesk/code';
import { changeRequest } from './change-request';
import { currentLanguage, inLanguage } from '../i18n';
import { foldRow } from './fold';
import {
  RESULT_SCHEMA_VERSION,
  type HostInfo,
  type ProbeResult,
  type ProxyReport,
  type ResultDocument,
} from './schema';

/** What a document is made of; everything else in it is derived from these. */
export type ResultBase = Omit<
  ResultDocument,
  'verdict' | 'diagnosis' | 'changeRequest' | 'helpdeskCode'
>;

/**
 * The diagnosis, the verdict and the change request, in the language the faces speak now, and
 * every final row's coverage (from what the helpdesk code carries, as `decode` derives it).
 */
function derive(base: ResultBase, profile: Profile, partial: boolean): ResultDocument {
  const input = { rows: base.rows, options: base.options, host: base.host, partial };
  const facts = factsOf(input);
  const diagnosis = describe(facts, profile);
  const coverage = coveragesOf(facts, profile);
  const rows = base.rows.map(({ coverage: _earlier, ...row }) => {
    const own = coverage.get(row.id);
    return own ? { ...row, coverage: own } : row;
  });
  const present = new Set(base.rows.map((row) => row.id));
  // A code is read against the profile: only a result with every one of its rows has one.
  const coded = base.profile.id === profile.id && profile.rows.every((r) => present.has(r.id));
  return {
    ...base,
    rows,
    verdict: {
      status: diagnosis.verdict,
      reason: diagnosis.reason,
      rows: diagnosis.rows,
      caveats: diagnosis.caveats,
      partial,
    },
    diagnosis,
    changeRequest: NOTHING_KNOWN.has(diagnosis.cause) ? [] : changeRequest(base.rows),
    helpdeskCode: coded ? encodeHelpdeskCode(facts, profile) : null,
  };
}

/**
 * Derives the diagnosis, the verdict, the change request and the helpdesk code from the rows.
 * `partial`: `--only` (or a re-run of a partial run) left rows out. The document's words are
 * English, whatever the faces speak (issue 19): it is the record IT and Librestream read;
 * a face shows it through `localised`.
 */
export const finishResult = (
  base: ResultBase,
  profile: Profile,
  partial: boolean,
): ResultDocument => inLanguage('en', () => derive(base, profile, partial));

/**
 * The same document with its diagnosis, verdict and change request in the faces' language
 * (common/i18n, setLanguage): every face renders this, so each says what the English record
 * says. The rows, the facts and the helpdesk code are the record's own.
 */
export function localised(document: ResultDocument, profile: Profile): ResultDocument {
  if (currentLanguage() === 'en') return document;
  const { verdict, diagnosis: _d, changeRequest: _c, helpdeskCode, ...base } = document;
  // The code is the record's own: it carries facts, not words.
  return { ...derive(base, profile, verdict.partial), helpdeskCode };
}

export interface AssemblyInput {
  plan: Plan;
  /** Every finished probe result, in any order; each row lists its own in the plan's (foldRow). */
  probes: readonly ProbeResult[];
  toolVersion: string;
  startedAt: string;
  durationMs: number;
  host: HostInfo | null;
  proxy: ProxyReport;
  /** Rows still running: the provisional document of `verdict-ready` (the extra checks). */
  running?: ReadonlySet<string>;
}

/** A run's document: the plan's rows folded over their probe results. */
export function assembleResult(input: AssemblyInput, profile: Profile): ResultDocument {
  const { plan } = input;
  // Grouped once, in the probes' order: a filter per row cost rows × probes (a 10× run's
  // verdict-ready, 224 × 631, a few ms of one turn of the event loop, issue 12).
  const byRow = new Map<string, ProbeResult[]>();
  for (const probe of input.probes) {
    const own = byRow.get(probe.rowId);
    if (own) own.push(probe);
    else byRow.set(probe.rowId, [probe]);
  }
  const rows = plan.rows.map((row) =>
    foldRow(row, byRow.get(row.id) ?? [], !input.running?.has(row.id)),
  );
  return finishResult(
    {
      schemaVersion: RESULT_SCHEMA_VERSION,
      tool: { name: 'onsight-netcheck', version: input.toolVersion },
      profile: plan.profile,
      options: plan.options,
      mappings: plan.mappings,
      startedAt: input.startedAt,
      durationMs: input.durationMs,
      host: input.host,
      proxy: input.proxy,
      rows,
    },
    profile,
    plan.partial,
  );
}

/**
 * "Re-run failed rows": the re-run's rows over the earlier result's answers for the rows it
 * left out, finished as one document with its own diagnosis and helpdesk code. It covers as
 * much as the earlier run did (partial only if that one was).
 */
export function mergeRerun(
  previous: ResultDocument,
  rerun: ResultDocument,
  rowIds: readonly string[],
  profile: Profile,
): ResultDocument {
  const earlier = new Map(previous.rows.map((row) => [row.id, row]));
  const rows = rerun.rows.map((row) =>
    !rowIds.includes(row.id) && earlier.has(row.id) ? earlier.get(row.id)! : row,
  );
  const { verdict: _v, diagnosis: _d, changeRequest: _c, helpdeskCode: _h, ...base } = rerun;
  return finishResult(
    { ...base, host: rerun.host ?? previous.host, rows },
    profile,
    previous.verdict.partial,
  );
}
