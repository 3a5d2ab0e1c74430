// Row results → one verdict, first match wins (ARCHITECTURE.md, "Verdict").
import type { RowStatus } from '../outcomes';
import type { RowResult, Verdict } from './schema';
import { CAVEATS, VERDICT_REASONS } from '../i18n/en';
import { captivePortalSuspected } from './captive-portal';

type Level = RowResult['level'];

/** Items marked `*` in Table 2-2 count as required only while TeamLink is on. */
export function effectiveLevel(level: Level, teamlink: boolean): 'required' | 'optional' | 'info' {
  if (level === 'required-if-teamlink') return teamlink ? 'required' : 'optional';
  return level;
}

/** The rows every site must pass (Table 2-1): HTTPS to Librestream, not inspected. */
const WEB_ROWS = ['2-1.1', '2-1.2'];
/** Tables whose rows let calls go direct (SIP and media) instead of through TeamLink. */
const DIRECT_TABLES = new Set(['2-2', '2-3', '2-4']);
/**
 * Media servers rarely answer outside a call, so a silent media row is not held against the
 * site when STUN or SIP to the same service got through.
 */
const MEDIA_COMPANIONS: Record<string, string[]> = {
  '2-2.4': ['2-2.1', '2-2.2', '2-2.3'],
  '2-4.1': ['2-3.1', '2-3.2', '2-3.3', '2-3.4', '2-3.5'],
};

export interface VerdictInput {
  rows: readonly RowResult[];
  teamlink: boolean;
  partial: boolean;
}

export function computeVerdict({ rows, teamlink, partial }: VerdictInput): Verdict {
  const byId = new Map(rows.map((r) => [r.id, r]));
  const required = rows.filter(
    (r) => r.enabled && effectiveLevel(r.level, teamlink) === 'required',
  );
  const ids = (list: readonly RowResult[]) => list.map((r) => r.id);
  const withStatus = (list: readonly RowResult[], status: RowStatus) =>
    list.filter((r) => r.status === status);
  const isPass = (id: string) => ['pass', 'warn'].includes(byId.get(id)?.status ?? '');

  const web = required.filter((r) => WEB_ROWS.includes(r.id));
  const direct = required.filter((r) => DIRECT_TABLES.has(r.table));
  const other = required.filter((r) => !WEB_ROWS.includes(r.id) && !DIRECT_TABLES.has(r.table));
  const coveredMedia = direct.filter(
    (r) => r.status === 'unverified' && (MEDIA_COMPANIONS[r.id] ?? []).some(isPass),
  );

  const caveats: string[] = coveredMedia.length > 0 ? [CAVEATS.mediaUnconfirmed] : [];
  if (partial) caveats.push(CAVEATS.partial);
  const captivePortal = captivePortalSuspected(rows);
  if (captivePortal) caveats.push(CAVEATS.captivePortal);
  const verdict = (
    status: Verdict['status'],
    reason: string,
    deciding: readonly RowResult[],
  ): Verdict => ({
    status,
    reason,
    rows: ids(deciding),
    caveats,
    partial,
  });

  const webFailed = withStatus(web, 'fail');
  if (webFailed.length > 0) {
    if (captivePortal) return verdict('not-ready', VERDICT_REASONS.captivePortal, webFailed);
    // Through an inspecting proxy 2-1.1 fails too (its HTTPS is opened): one cause, named once.
    const intercepted = (r: RowResult) =>
      r.probes.some((p) => p.status === 'fail' && p.outcome === 'tls-intercepted');
    const inspectionOnly = webFailed.length === 1 || webFailed.every(intercepted);
    // 2-1.2 also fails on a TLS error that is no interception (a certificate out of its dates).
    if (webFailed.some((r) => r.id === '2-1.2' && intercepted(r)) && inspectionOnly) {
      const product = webFailed
        .flatMap((r) => r.probes)
        .find((p) => p.detail.tls?.inspectionProduct)?.detail.tls?.inspectionProduct;
      return verdict('not-ready', VERDICT_REASONS.inspected(product), webFailed);
    }
    return verdict('not-ready', VERDICT_REASONS.webBlocked(ids(webFailed)), webFailed);
  }
  const directFailed = withStatus(direct, 'fail');
  if (!teamlink && directFailed.length > 0) {
    return verdict(
      'not-ready',
      VERDICT_REASONS.directBlockedNoTeamLink(ids(directFailed)),
      directFailed,
    );
  }
  const otherFailed = withStatus(other, 'fail');
  if (otherFailed.length > 0) {
    return verdict('not-ready', VERDICT_REASONS.otherRequired(ids(otherFailed)), otherFailed);
  }

  const undecided = withStatus(required, 'unverified').filter((r) => !coveredMedia.includes(r));
  if (undecided.length > 0) {
    // A proxy that wants a password is the usual cause, and one the admin can act on.
    const signIn = undecided
      .flatMap((r) => r.probes)
      .filter((p) => p.outcome === 'proxy-auth' && p.status === 'unverified');
    if (signIn.length > 0) {
      const schemes = [...new Set(signIn.flatMap((p) => p.detail.proxy?.authSchemes ?? []))];
      return verdict('inconclusive', VERDICT_REASONS.proxyAuth(ids(undecided), schemes), undecided);
    }
    return verdict('inconclusive', VERDICT_REASONS.undecided(ids(undecided)), undecided);
  }

  if (directFailed.length > 0) {
    return verdict('teamlink-only', VERDICT_REASONS.teamLinkOnly(ids(directFailed)), directFailed);
  }
  const checked = required.filter((r) => r.status === 'pass' || r.status === 'warn');
  if (checked.length === 0) return verdict('inconclusive', VERDICT_REASONS.nothingRun, []);
  return verdict('ready', VERDICT_REASONS.ready, []);
}
