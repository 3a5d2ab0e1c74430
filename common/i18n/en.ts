// Every sentence a person reads, in one place, ready for translation (issue 6).
import type { RowStatus, VerdictStatus } from '../outcomes';

export const VERDICT_HEADLINES: Record<VerdictStatus, string> = {
  ready: 'Onsight will work here',
  'teamlink-only': 'Onsight will work through TeamLink only',
  inconclusive: 'We could not tell whether Onsight will work here',
  'not-ready': 'Onsight will not work here yet',
};

export const ROW_STATUS_WORDS: Record<RowStatus, string> = {
  pending: 'Waiting',
  running: 'Checking',
  pass: 'Pass',
  warn: 'Warning',
  fail: 'Fail',
  unverified: 'Could not tell',
  skipped: 'Skipped',
  info: 'Info',
};

const list = (ids: readonly string[]) => ids.join(', ');

export const VERDICT_REASONS = {
  webBlocked: (ids: readonly string[]) =>
    `HTTPS to Librestream does not get through (row ${list(ids)}); Onsight cannot sign in.`,
  inspected: (product: string | undefined) =>
    `Librestream's traffic is opened by SSL inspection${product ? ` (${product})` : ''} (row 2-1.2); Onsight refuses such connections.`,
  directBlockedNoTeamLink: (ids: readonly string[]) =>
    `Calls cannot connect directly (rows ${list(ids)}) and TeamLink is off: turn on TeamLink in OPM, or open these rules.`,
  otherRequired: (ids: readonly string[]) => `A required check failed (rows ${list(ids)}).`,
  undecided: (ids: readonly string[]) =>
    `Rows ${list(ids)} could not be confirmed or refuted, and they decide the result.`,
  teamLinkOnly: (ids: readonly string[]) =>
    `Direct calls are blocked (rows ${list(ids)}); Onsight will tunnel calls over HTTPS with TeamLink, with lower quality.`,
  ready: 'Every required rule of the Onsight guide is open on this network.',
  nothingRun: 'No required row was checked.',
};

export const CAVEATS = {
  mediaUnconfirmed:
    'UDP to the media servers works; the 15000-65000 range can only be confirmed during a call',
  partial: 'Only some rows were checked (--only): this verdict covers those rows alone.',
};

export const ROW_SUMMARIES = {
  skippedOption: (option: string) => `Not checked: the "${option}" option is off.`,
  skippedOnly: 'Not checked: left out of this run.',
  info: 'Nothing to test on the network: a reminder.',
  notReached: 'Not checked before the run ended.',
  allAnswered: (count: number, first: string) => `All ${count} answered; ${first}`,
  someAnswered: (answered: number, total: number, silent: readonly string[]) =>
    `${answered} of ${total} answered; no answer from ${silent.join(', ')}`,
  manyFailed: (count: number, first: string) => `${first} (and ${count - 1} more alike)`,
};
