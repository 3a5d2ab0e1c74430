// What the rows look like when the cause is the whole story (docs/helpdesk-code.md, "What
// the cause implies"). The helpdesk code stores the cause and only the rows that differ from
// this, so a typical not-ready result is as short as a clean one. Each cause has one to four
// typical forms (e.g. direct calls blocked over UDP, or only through a proxy, or only the rows
// listed when just one or two failed); the code names the form. Blocks and forms are part of format v2 and never change: a new cause is appended
// with forms of its own.
import type { RowStatus } from '../outcomes';
import type { Cause } from '../diagnosis/causes';
import type { CodeOptions } from '../diagnosis/describe';
import type { Layout, LayoutRow } from './layouts';

type Block = (row: LayoutRow) => RowStatus | null;

/** A row that nothing reached: a TLS-only row saw no handshake to judge, so it cannot tell. */
const unreached = (row: LayoutRow): RowStatus =>
  row.traits.includes('tls-only') ? 'unverified' : 'fail';
const has = (row: LayoutRow, trait: LayoutRow['traits'][number]) => row.traits.includes(trait);

const BLOCKS = {
  everything: (row) => (has(row, 'network') ? unreached(row) : null),
  named: (row) => (has(row, 'named') ? unreached(row) : null),
  webUnreached: (row) => (has(row, 'web') ? unreached(row) : null),
  webFail: (row) => (has(row, 'web') ? 'fail' : null),
  webUnverified: (row) => (has(row, 'web') ? 'unverified' : null),
  directUdp: (row) => (has(row, 'direct-udp') ? 'fail' : null),
  proxyPath: (row) => (has(row, 'web-ports') ? 'fail' : has(row, 'some-web-ports') ? 'warn' : null),
  mediaWarn: (row) => (has(row, 'media') ? 'warn' : null),
  pushFail: (row) => (has(row, 'push') ? 'fail' : null),
  pushWarn: (row) => (has(row, 'push') ? 'warn' : null),
  optionalFail: (row) =>
    row.level === 'optional' && has(row, 'network') && !has(row, 'push') ? 'fail' : null,
  localFail: (row) => (has(row, 'local') ? 'fail' : null),
  localWarn: (row) => (has(row, 'local') ? 'warn' : null),
  /** Rows probed by IPv4 address only (Tables 2-2, 2-3, 2-4): no route on an IPv6-only network. */
  byAddress: (row) => (has(row, 'network') && !has(row, 'named') ? 'fail' : null),
} satisfies Record<string, Block>;
type BlockName = keyof typeof BLOCKS;

/** Per cause, its forms, each a list of blocks applied in order (a later one wins). */
export const CAUSE_FORMS: Readonly<Record<Cause, readonly (readonly BlockName[])[]>> = {
  none: [[]],
  'no-network': [['everything']],
  dns: [['named'], []],
  'captive-portal': [['everything'], ['webUnreached'], []],
  'proxy-sign-in': [['webUnverified', 'proxyPath'], ['webUnverified'], []],
  'proxy-denied': [['webFail', 'proxyPath'], ['webFail'], []],
  'ssl-inspection': [['webFail', 'proxyPath'], ['webFail'], []],
  clock: [['webFail'], []],
  'web-blocked': [['everything'], ['webUnreached'], []],
  'local-firewall': [['directUdp'], []],
  'direct-blocked': [['directUdp'], [], ['proxyPath'], ['directUdp', 'proxyPath']],
  'local-ports-taken': [['localFail'], ['localWarn']],
  unverified: [[]],
  'media-partly-blocked': [['mediaWarn'], []],
  'partly-blocked': [[]],
  'push-blocked': [['pushFail'], ['pushWarn'], []],
  'optional-blocked': [['optionalFail']],
  'ipv6-only': [['byAddress'], []],
};

/** Bits that name a cause's form: 0 for one form, 1 for two, 2 for three or four. */
export function formBits(cause: Cause): number {
  return Math.ceil(Math.log2(CAUSE_FORMS[cause].length));
}

/** What a row shows when nothing went wrong with it: off, a reminder, or passed. */
export function ownStatus(row: LayoutRow, options: CodeOptions): RowStatus {
  if (row.option !== null && !options[row.option]) return 'skipped';
  return has(row, 'network') || has(row, 'local') || has(row, 'extra') ? 'pass' : 'info';
}

const answered = (status: RowStatus | undefined) => status === 'pass' || status === 'warn';

/**
 * Every layout row's status as the cause in this form implies it. Blocks only touch rows that
 * would pass: a row switched off stays skipped, a reminder stays info.
 */
export function impliedStatuses(
  cause: Cause,
  form: number,
  layout: Layout,
  options: CodeOptions,
): RowStatus[] {
  const blocks = (CAUSE_FORMS[cause][form] ?? []).map((name) => BLOCKS[name]);
  return layout.rows.map((row) => {
    const own = ownStatus(row, options);
    if (own !== 'pass') return own;
    return blocks.reduce<RowStatus>((status, block) => block(row) ?? status, own);
  });
}

/**
 * The extra checks' implied statuses, from the statuses their rows really have (the encoder
 * knows them; the decoder has them once it has read every listed row): an extra check that
 * would pass could not tell when none of its rows found a server (a pair: when one of them
 * found none), as the runner says "not measured". Its rows precede it (the profile's schema),
 * so the guide rows are settled first.
 */
export function settleExtras(
  layout: Layout,
  implied: readonly RowStatus[],
  statuses: readonly RowStatus[],
): RowStatus[] {
  const byId = new Map(layout.rows.map((row, i) => [row.id, statuses[i]]));
  const measured = (row: LayoutRow) => {
    const sources = (row.basedOn ?? []).filter((id) => byId.get(id) !== 'skipped');
    return has(row, 'extra-pair')
      ? sources.length > 0 && sources.every((id) => answered(byId.get(id)))
      : sources.some((id) => answered(byId.get(id)));
  };
  return layout.rows.map((row, i) =>
    has(row, 'extra') && implied[i] === 'pass' && !measured(row) ? 'unverified' : implied[i]!,
  );
}
