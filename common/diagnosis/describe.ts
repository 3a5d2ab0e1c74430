// The second step of the diagnosis: the story every face tells, computed only from what the
// helpdesk code carries (the options, every row's status, the cause and the product) and the
// profile both sides have. That is what makes a decoded code tell exactly the caller's story.
// Details a code cannot carry (which addresses answered, the proxy's address, per-probe
// destinations) stay in the rows and the detailed change request.
import { rowFix, rowTitle } from '../i18n/row-words';
import { extraKindOf, type RowStatus } from '../outcomes';
import { EXTRA_TABLE, type Profile, type RowSpec } from '../profile/schema';
import type { Diagnosis } from '../results/schema';
import { isHostName } from '../net/ipv4';
import { DIAGNOSIS_TEXT as T, ORIGIN_TEXT } from '../i18n';
import type { Cause } from './causes';
import { productById } from './inspection-products';
import { WEB_ROWS, effectiveLevel, verdictOf } from './verdict';

export interface CodeOptions {
  teamlink: boolean;
  legacy: boolean;
  china: boolean;
  /** Whether the site's own domains were checked; the names themselves are not carried. */
  customDomains: boolean;
}

/** Everything the diagnosis's words depend on: exactly what the helpdesk code carries. */
export interface DiagnosisFacts {
  options: CodeOptions;
  /** Every row of the profile with its status, in the profile's order. */
  rows: { id: string; status: RowStatus }[];
  cause: Cause;
  product: string | null;
  /** `--only` left rows out. */
  partial: boolean;
  /**
   * A STUN server reported its own address (RFC 5780) outside every range the profile lists
   * (common/net/listed-ranges.ts): the guide may be out of date. Absent: none did. Set only
   * when true, so a result without it has the facts (and the code) it had before issue 20.
   */
  unlistedServer?: true;
}

const WEB_TABLE = '2-1';
const PUSH_TABLE = '4';
const LOCAL_PORTS_ROW = '3-1.1';
/** The profile's placeholder for the site's own domains (row 2-1.4). */
const CUSTOM_DOMAINS = '$customDomains';

interface FactRow {
  spec: RowSpec;
  status: RowStatus;
  required: boolean;
}

/** The host names a row looks up, as the profile writes them. */
function namesOf(spec: RowSpec): string[] {
  const targets = spec.probes.flatMap((probe) => probe.targets);
  return [
    ...new Set(
      targets.flatMap((t) => (t === CUSTOM_DOMAINS ? [T.customDomains] : isHostName(t) ? [t] : [])),
    ),
  ];
}

/** `*.librestream.com` for `onsight.librestream.com`: inspection is switched off per domain. */
function wildcardOf(name: string): string {
  const labels = name.split('.');
  return labels.length >= 3 ? `*.${labels.slice(1).join('.')}` : name;
}

const transportsOf = (spec: RowSpec) => new Set(spec.probes.map((probe) => probe.transport));
/** A row probed by address only (the guide's IPv4 literals and /28s): no name to look up. */
const byAddress = (spec: RowSpec) =>
  spec.probes.some((probe) => probe.targets.length > 0) && namesOf(spec).length === 0;

/** A line of the change request and the rows it stands for. */
interface Line {
  text: string;
  rows: FactRow[];
}

/**
 * Which problem rows the cause explains with one line of its own (instead of each row's
 * rule), and that line. Null: the cause asks for no rule at all (nothing is known about the
 * firewall yet).
 */
function causeLine(
  cause: Cause,
  productName: string | undefined,
  problems: readonly FactRow[],
): { covers: FactRow[]; line: ((rows: FactRow[]) => string) | null } | null {
  const web = problems.filter((r) => r.spec.table === WEB_TABLE);
  // Inspection and the clock are judged on Librestream's own rows; China and the site's own
  // domains keep their rules (which ask for no inspection too), as their failure may differ.
  const librestream = problems.filter((r) => WEB_ROWS.includes(r.spec.id));
  const ids = (rows: readonly FactRow[]) => rows.map((r) => r.spec.id);
  const names = (rows: readonly FactRow[]) => [...new Set(rows.flatMap((r) => namesOf(r.spec)))];
  switch (cause) {
    case 'no-network':
    case 'captive-portal':
      // Nothing is known about the firewall yet: no rule is asked for.
      return { covers: [...problems], line: null };
    case 'dns': {
      const named = problems.filter((r) => r.status === 'fail' && namesOf(r.spec).length > 0);
      return { covers: named, line: (rows) => T.lines.dns(names(rows), ids(rows)) };
    }
    case 'ssl-inspection':
      return {
        covers: librestream,
        line: (rows) =>
          T.lines.inspection([...new Set(names(rows).map(wildcardOf))], productName, ids(rows)),
      };
    case 'clock':
      return { covers: librestream, line: (rows) => T.lines.clock(ids(rows)) };
    case 'proxy-denied':
      return { covers: web, line: (rows) => T.lines.proxyDenied(names(rows), ids(rows)) };
    case 'proxy-sign-in':
      return { covers: web, line: (rows) => T.lines.proxySignIn(names(rows), ids(rows)) };
    case 'local-firewall': {
      // UDP sends and blocked web rows surface the local block (EPERM/EACCES); direct TCP rows
      // may be the site's firewall, so they keep their own rules.
      const local = problems.filter(
        (r) => r.spec.table === WEB_TABLE || transportsOf(r.spec).has('udp'),
      );
      return { covers: local, line: (rows) => T.lines.localFirewall(ids(rows)) };
    }
    case 'ipv6-only':
      // No rule opens a route to IPv4 the network does not have; rows by name keep theirs.
      return { covers: problems.filter((r) => byAddress(r.spec)), line: null };
    case 'web-blocked':
      // Librestream's own rows need HTTPS to get through; 2-1.2's rule (no inspection) would
      // send IT after an inspection nothing saw.
      return {
        covers: librestream,
        line: (rows) => T.lines.https(names(rows), ids(rows)),
      };
    default:
      return { covers: [], line: null };
  }
}

function changeLines(
  cause: Cause,
  productName: string | undefined,
  rows: readonly FactRow[],
): { mustFix: string[]; recommended: string[] } {
  const problems = rows.filter(
    (r) =>
      r.status === 'fail' ||
      r.status === 'warn' ||
      (cause === 'proxy-sign-in' && r.status === 'unverified' && r.spec.table === WEB_TABLE),
  );
  const explained = causeLine(cause, productName, problems);
  const covered = new Set(explained?.covers ?? []);
  const lines: Line[] = [];
  if (explained?.line && covered.size > 0)
    lines.push({ text: explained.line([...covered]), rows: [...covered] });
  for (const row of problems.filter((r) => !covered.has(r))) {
    if (row.spec.remediation === '') continue;
    lines.push({
      text: T.lines.row(rowFix(row.spec.id, row.spec.remediation), row.spec.id),
      rows: [row],
    });
  }
  // A line is a must when a required row it stands for keeps the site from "ready".
  const must = (line: Line) => line.rows.some((r) => r.required && r.status !== 'warn');
  return {
    mustFix: lines.filter(must).map((l) => l.text),
    recommended: lines.filter((l) => !must(l)).map((l) => l.text),
  };
}

/** Causes that say nothing is known about the firewall yet: no rule, no row caveat. */
export const NOTHING_KNOWN: ReadonlySet<Cause> = new Set(['no-network', 'captive-portal']);

function caveatsOf(
  cause: Cause,
  rows: readonly FactRow[],
  coveredMedia: readonly string[],
  partial: boolean,
): string[] {
  const caveats: string[] = [];
  if (NOTHING_KNOWN.has(cause)) return partial ? [T.caveats.partial] : [];
  if (coveredMedia.length > 0) caveats.push(T.caveats.mediaUnconfirmed);
  if (cause === 'ipv6-only') caveats.push(T.caveats.ipv6Only);
  for (const row of rows) {
    // An extra check (table X) that found a problem says what it means for a call.
    if (row.spec.table === EXTRA_TABLE) {
      const kind = extraKindOf(row.spec.probes);
      if (kind && (row.status === 'warn' || row.status === 'fail'))
        caveats.push(T.caveats.extra[kind](row.spec.id));
      continue;
    }
    // On an IPv6-only network, the rows by IPv4 address failed for want of IPv4 (the caveat above).
    if (cause === 'ipv6-only' && byAddress(row.spec)) continue;
    if (row.status === 'warn')
      caveats.push(
        row.spec.id === LOCAL_PORTS_ROW
          ? T.caveats.localPortsTaken(row.spec.id)
          : T.caveats.partly(rowTitle(row.spec), row.spec.id),
      );
    if (row.status === 'fail' && !row.required)
      caveats.push(
        row.spec.table === PUSH_TABLE
          ? T.caveats.push(rowTitle(row.spec), row.spec.id)
          : T.caveats.optional(rowTitle(row.spec), row.spec.id),
      );
  }
  if (partial) caveats.push(T.caveats.partial);
  return caveats;
}

export function describe(facts: DiagnosisFacts, profile: Profile): Diagnosis {
  const statusOf = new Map(facts.rows.map((r) => [r.id, r.status]));
  const { teamlink } = facts.options;
  const rows: FactRow[] = profile.rows.map((spec) => ({
    spec,
    status: statusOf.get(spec.id) ?? 'pending',
    required: effectiveLevel(spec.level, teamlink) === 'required',
  }));
  const verdict = verdictOf(
    rows.map((r) => ({
      id: r.spec.id,
      table: r.spec.table,
      level: r.spec.level,
      status: r.status,
    })),
    teamlink,
  );
  const productName = productById(facts.product)?.name;
  const story = T.causes[facts.cause](verdict.status, productName);
  const { mustFix, recommended } = changeLines(facts.cause, productName, rows);
  const reason = verdict.nothingChecked
    ? T.nothingChecked
    : facts.partial && facts.cause === 'none'
      ? T.partialReady
      : story.reason(verdict.rows);
  return {
    verdict: verdict.status,
    cause: facts.cause,
    product: facts.product,
    headline: story.headline,
    reason,
    steps: story.steps,
    mustFix,
    // Not a rule to change: the rules work; where they came from may be older than the servers.
    recommended: facts.unlistedServer ? [...recommended, ORIGIN_TEXT.recommended] : recommended,
    caveats: caveatsOf(facts.cause, rows, verdict.coveredMedia, facts.partial),
    rows: verdict.rows,
    partial: facts.partial,
  };
}
