// The first step of the diagnosis: the whole result, probes included, read for the one cause
// that explains it (ARCHITECTURE.md, "Diagnosis"). Everything the faces say follows from the
// cause, the product and the row statuses alone (describe.ts), which the helpdesk code carries.
import type { HostInfo, ProbeResult, RowResult } from '../results/schema';
import { EXTRA_TABLE } from '../profile/schema';
import { captivePortalSuspected } from '../results/captive-portal';
import { isHostName } from '../net/ipv4';
import { isIpv6 } from '../net/ipv6';
import type { Cause } from './causes';
import { productIdOfName } from './inspection-products';
import {
  DIRECT_TABLES,
  WEB_ROWS,
  MEDIA_COMPANIONS,
  effectiveLevel,
  verdictOf,
  type VerdictRow,
} from './verdict';

export interface CauseFinding {
  cause: Cause;
  /** The inspecting product's id (inspection-products.json), where it could be named. */
  product: string | null;
}

export interface CauseInput {
  rows: readonly RowResult[];
  teamlink: boolean;
  host: HostInfo | null;
}

/** Table 2-1: HTTPS to Librestream, its China service and the site's own domains. */
const WEB_TABLE = '2-1';
const PUSH_TABLE = '4';
const LOCAL_PORTS_ROW = '3-1.1';
/** OpenSSL's date checks, when the chain leads to a public root (main/engine/tls/assess.ts). */
const DATE_ERRORS = new Set(['CERT_HAS_EXPIRED', 'CERT_NOT_YET_VALID']);
/** Outcomes that prove a packet reached something beyond this computer. */
const HEARD_FROM_NETWORK = new Set([
  'reply',
  'refused',
  'timeout',
  'reset',
  'tls-error',
  'tls-intercepted',
  'proxy-auth',
  'proxy-denied',
  'malformed',
]);

const failedProbes = (rows: readonly RowResult[]) =>
  rows.flatMap((row) => row.probes.filter((probe) => probe.status === 'fail'));

/**
 * No usable connection: the host section lists no interface with an address, or no attempt
 * left this computer (every address unreachable for want of a route, every name unresolved).
 * A firewall is never the explanation then, so no rule is asked for. (The lab has no default
 * route on purpose, so the test is not "is there a default route".)
 */
function noNetwork(rows: readonly RowResult[], host: HostInfo | null): boolean {
  const probes = rows.flatMap((row) => row.probes).filter((probe) => probe.kind !== 'udp-bind');
  if (probes.length === 0 || probes.some((probe) => HEARD_FROM_NETWORK.has(probe.outcome)))
    return false;
  // A local block or an internal error is this computer speaking, not a missing network.
  if (!probes.every((probe) => probe.outcome === 'unreachable' || probe.outcome === 'dns-fail'))
    return false;
  if (host !== null && !host.interfaces.some((i) => i.ipv4 || i.ipv6)) return true;
  const unreachable = probes.filter((probe) => probe.outcome === 'unreachable');
  const noRoute = (probe: ProbeResult) =>
    probe.detail.errorCode === undefined || probe.detail.errorCode === 'ENETUNREACH';
  return unreachable.length > 0 && unreachable.every(noRoute);
}

/**
 * An IPv6-only network (NAT64/DNS64, RFC 6146/6147): every name that resolved gave IPv6
 * addresses only, and every attempt to one of the guide's IPv4 addresses found no route
 * (ENETUNREACH). Those addresses are then reachable only through this computer's own
 * translation (464XLAT's CLAT, RFC 6877), which this computer does not have. DNS works: the
 * failures are the missing IPv4, not a firewall rule.
 */
function ipv6Only(rows: readonly RowResult[]): boolean {
  const probes = rows.flatMap((row) => row.probes).filter((probe) => probe.kind !== 'udp-bind');
  const named = probes.filter((probe) => isHostName(probe.target));
  const answers = named.flatMap((probe) => [
    ...(probe.address === null ? [] : [probe.address]),
    ...(probe.detail.resolvedAddresses ?? []),
  ]);
  if (answers.length === 0 || !answers.every(isIpv6)) return false;
  const literal = probes.filter((probe) => !isHostName(probe.target));
  return (
    literal.length > 0 &&
    literal.every(
      (probe) =>
        probe.outcome === 'unreachable' &&
        (probe.detail.errorCode === undefined || probe.detail.errorCode === 'ENETUNREACH'),
    )
  );
}

/** Why Table 2-1 rows failed, in the order a person should deal with it. */
function webCause(web: readonly RowResult[]): CauseFinding {
  const probes = failedProbes(web);
  // "Names do not resolve" is the story only when Librestream's own name does not: a site
  // domain or the China service failing to resolve is a rule for that name (web-blocked).
  const librestream = failedProbes(web.filter((row) => WEB_ROWS.includes(row.id)));
  const intercepted = probes.find((p) => p.outcome === 'tls-intercepted');
  if (intercepted)
    return {
      cause: 'ssl-inspection',
      product: productIdOfName(intercepted.detail.tls?.inspectionProduct),
    };
  const found = (cause: Cause): CauseFinding => ({ cause, product: null });
  if (
    probes.some(
      (p) => p.outcome === 'tls-error' && DATE_ERRORS.has(p.detail.tls?.authorizationError ?? ''),
    )
  )
    return found('clock');
  if (probes.some((p) => p.outcome === 'proxy-denied')) return found('proxy-denied');
  if (librestream.length > 0 && librestream.every((p) => p.outcome === 'dns-fail'))
    return found('dns');
  if (probes.some((p) => p.outcome === 'local-block')) return found('local-firewall');
  return found('web-blocked');
}

export function causeOf(input: CauseInput): CauseFinding {
  // The extra checks (table X) go beyond the guide: they never explain a result.
  const rows = input.rows.filter((row) => row.table !== EXTRA_TABLE);
  const { teamlink, host } = input;
  const found = (cause: Cause): CauseFinding => ({ cause, product: null });
  const verdict = verdictOf(rows, teamlink);
  const deciding = rows.filter((row) => verdict.rows.includes(row.id));
  if (noNetwork(rows, host)) return found('no-network');
  if (verdict.status !== 'ready' && ipv6Only(rows)) return found('ipv6-only');

  switch (verdict.status) {
    case 'not-ready': {
      if (captivePortalSuspected(rows)) return found('captive-portal');
      const web = deciding.filter((row) => row.table === WEB_TABLE);
      if (web.length > 0) return webCause(web);
      if (deciding.some((row) => row.id === LOCAL_PORTS_ROW)) return found('local-ports-taken');
      return directCause(deciding);
    }
    case 'teamlink-only':
      return directCause(deciding);
    case 'inconclusive': {
      const signIn = deciding
        .flatMap((row) => row.probes)
        .some((probe) => probe.outcome === 'proxy-auth' && probe.status === 'unverified');
      return found(signIn ? 'proxy-sign-in' : 'unverified');
    }
    case 'ready':
      return found(readyCause(rows, teamlink));
  }
}

/** Direct rows fail: the site's firewall, or this computer's own (EPERM on send). */
function directCause(deciding: readonly RowResult[]): CauseFinding {
  const local = failedProbes(deciding).some((probe) => probe.outcome === 'local-block');
  return { cause: local ? 'local-firewall' : 'direct-blocked', product: null };
}

/**
 * What a ready site still has to hear about, the most useful first. Row statuses alone, so
 * that a 0.1 code, which carries no cause, can be given one (common/helpdesk/code-v1.ts).
 */
export function readyCause(rows: readonly VerdictRow[], teamlink: boolean): Cause {
  const warned = rows.filter((row) => row.status === 'warn');
  if (warned.some((row) => row.id in MEDIA_COMPANIONS)) return 'media-partly-blocked';
  if (warned.some((row) => row.id === LOCAL_PORTS_ROW)) return 'local-ports-taken';
  const optionalFailed = rows.filter(
    (row) => row.status === 'fail' && effectiveLevel(row.level, teamlink) === 'optional',
  );
  if (warned.some((row) => DIRECT_TABLES.has(row.table) || row.table === WEB_TABLE))
    return 'partly-blocked';
  if (
    optionalFailed.some((row) => row.table === PUSH_TABLE) ||
    warned.some((row) => row.table === PUSH_TABLE)
  )
    return 'push-blocked';
  if (optionalFailed.length > 0 || warned.length > 0) return 'optional-blocked';
  return 'none';
}
