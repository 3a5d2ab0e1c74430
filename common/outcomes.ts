// The shared vocabulary of ARCHITECTURE.md ("Outcomes, row status, verdict").
// Every face (CLI, app, reports, helpdesk code) speaks only these words.

/** What one attempt to reach one target on one port came back with. */
export const OUTCOMES = [
  'reply',
  'refused',
  'timeout',
  'reset',
  'local-block',
  'unreachable',
  'dns-fail',
  'tls-error',
  'tls-intercepted',
  'proxy-auth',
  'proxy-denied',
  'in-use',
  'malformed',
  'not-implemented',
  'error',
  /** Never sent: the run's deadline (or a cancel) came before its turn. Proves nothing. */
  'not-sent',
] as const;
export type Outcome = (typeof OUTCOMES)[number];

/**
 * What became of one address of a CIDR block, whose addresses are probed together and the
 * first answer settles (ARCHITECTURE.md, "Ranges"): `answered`; `silent` (tried to the end, no
 * answer); `refused` (the host said no: TCP RST, ICMP port unreachable); `failed` (another
 * answer from that host or its path, named by its outcome); `not-needed` (stopped, or never
 * sent, once another address answered); `not-sent` (the run's deadline came before its turn);
 * `cut-off` (under way when the run's deadline came: it had less than its own time, so its
 * silence proves nothing); `cancelled` (the run was stopped while it was under way).
 */
export const ADDRESS_STATES = [
  'answered',
  'silent',
  'refused',
  'failed',
  'not-needed',
  'not-sent',
  'cut-off',
  'cancelled',
] as const;
export type AddressState = (typeof ADDRESS_STATES)[number];

/** The state of an address whose attempt ran to its own end with `outcome`. */
export function addressStateOf(outcome: Outcome): AddressState {
  switch (outcome) {
    case 'reply':
      return 'answered';
    case 'timeout':
      return 'silent';
    case 'refused':
      return 'refused';
    case 'not-sent':
      return 'not-sent';
    default:
      return 'failed';
  }
}

/** What one probe result, and then one row, means for the person reading it. */
export const ROW_STATUSES = [
  'pending',
  'running',
  'pass',
  'warn',
  'fail',
  'unverified',
  'skipped',
  'info',
] as const;
export type RowStatus = (typeof ROW_STATUSES)[number];

/** The status a single probe result can have once it is finished. */
export const PROBE_STATUSES = ['pass', 'warn', 'fail', 'unverified'] as const;
export type ProbeStatus = (typeof PROBE_STATUSES)[number];

export const VERDICTS = ['not-ready', 'inconclusive', 'teamlink-only', 'ready'] as const;
export type VerdictStatus = (typeof VERDICTS)[number];

export const PROBE_KINDS = [
  'dns',
  'tcp',
  'tls',
  'https',
  'http-redirect',
  'stun',
  'sip-options',
  'udp-sample',
  'udp-bind',
  // The extra checks (table X, not in the guide): they go to the servers that answered the
  // guide's rows in the same run (the profile's `serversOf`).
  'call-quality',
  'nat-behaviour',
  'sip-alg',
  'large-datagrams',
] as const;
export type ProbeKind = (typeof PROBE_KINDS)[number];
export const EXTRA_KINDS = ['call-quality', 'nat-behaviour', 'sip-alg', 'large-datagrams'] as const;
export type ExtraKind = (typeof EXTRA_KINDS)[number];

/** An extra check's kind (table X): its probes, planned or run, are all of one. */
export const extraKindOf = (probes: readonly { kind: string }[]): ExtraKind | undefined =>
  EXTRA_KINDS.find((kind) => probes.some((probe) => probe.kind === kind));

/**
 * The default reading of an outcome. Silence and refusals only count against a row when
 * the far end is known to answer (`expectsReply`); otherwise nothing was proved either way.
 */
export function classifyOutcome(outcome: Outcome, expectsReply: boolean): ProbeStatus {
  switch (outcome) {
    case 'reply':
      return 'pass';
    case 'in-use':
      return 'warn';
    case 'timeout':
    case 'refused':
      return expectsReply ? 'fail' : 'unverified';
    case 'proxy-auth':
    case 'not-implemented':
    case 'error':
    case 'not-sent':
      return 'unverified';
    case 'reset':
    case 'local-block':
    case 'unreachable':
    case 'dns-fail':
    case 'tls-error':
    case 'tls-intercepted':
    case 'proxy-denied':
    case 'malformed':
      return 'fail';
  }
}
