// 0.1's helpdesk codes (format v1, main at 7a576b0), as printed to the users of that version:
//   version 4 bits (1), profile digest 10 bits (profile-digest.ts), options 4 bits, verdict
//   2 bits (index in VERDICTS), body kind 1 bit, then the rows that are not as expected
//   (row index + 3-bit status, ascending) or every row's status.
// v1 stored a verdict but no cause. The cause is worked out from the row statuses, as far as
// they show it, and the decoded code says so (decoded-table.ts).
import { ROW_STATUSES, VERDICTS, type RowStatus } from '../outcomes';
import type { Profile } from '../profile/schema';
import { OPTION_NAMES } from '../profile/schema';
import type { Cause } from '../diagnosis/causes';
import { readyCause } from '../diagnosis/cause';
import type { CodeOptions } from '../diagnosis/describe';
import { verdictOf } from '../diagnosis/verdict';
import { HELPDESK_TEXT } from '../i18n';
import { BitReader, indexBits } from './bits';
import type { HelpdeskDecodeResult } from './code';
import { ownStatus } from './implied-statuses';
import { V1_LAYOUTS, layoutOf, type Layout } from './layouts';
import { PROFILE_DIGEST_BITS, profileDigest } from './profile-digest';

const HEADER_BITS = 4 + PROFILE_DIGEST_BITS + OPTION_NAMES.length + 2 + 1;
const STATUS_BITS = 3;
const symbolsFor = (bits: number) => Math.ceil(bits / 5);

/** The cause the statuses show by themselves; the finer ones (a proxy, inspection) need probes. */
function inferredCause(
  layout: Layout,
  statuses: readonly RowStatus[],
  options: CodeOptions,
  profile: Profile,
): Cause {
  const byId = new Map(layout.rows.map((row, i) => [row.id, statuses[i]!]));
  const rows = profile.rows.map((spec) => ({
    id: spec.id,
    table: spec.table,
    level: spec.level,
    status: byId.get(spec.id) ?? 'pending',
  }));
  const verdict = verdictOf(rows, options.teamlink);
  const deciding = layout.rows.filter((row) => verdict.rows.includes(row.id));
  switch (verdict.status) {
    case 'ready':
      return readyCause(rows, options.teamlink);
    case 'teamlink-only':
      return 'direct-blocked';
    case 'inconclusive':
      return 'unverified';
    case 'not-ready': {
      // Exactly the rows that need DNS failed (0.1 called a TLS row without an address a failure).
      const onlyNamesFailed = layout.rows.every((row, i) => {
        if (ownStatus(row, options) !== 'pass') return true;
        const failed = statuses[i] === 'fail' || statuses[i] === 'unverified';
        return row.traits.includes('named') ? failed : statuses[i] === 'pass';
      });
      if (onlyNamesFailed) return 'dns';
      if (deciding.some((row) => row.traits.includes('web'))) return 'web-blocked';
      if (deciding.some((row) => row.traits.includes('local'))) return 'local-ports-taken';
      return 'direct-blocked';
    }
  }
}

/** Reads a v1 code's data symbols; the check has been verified. Never throws. */
export function decodeV1(
  data: readonly number[],
  profile: Profile,
  profileHash: string,
): HelpdeskDecodeResult {
  const notPossible = { ok: false, reason: 'check', message: HELPDESK_TEXT.badContent } as const;
  const bits = new BitReader(data);
  bits.read(4);
  const digest = bits.read(PROFILE_DIGEST_BITS);
  const ownDigest = profileDigest({
    id: profile.id,
    version: profile.version,
    revision: profile.revision,
    hash: profileHash,
  });
  const layout =
    V1_LAYOUTS.find((entry) => entry.profileDigest === digest)?.layout ??
    (digest === ownDigest ? layoutOf(profile) : null);
  if (layout === null)
    return {
      ok: false,
      reason: 'profile',
      message: HELPDESK_TEXT.otherProfile(profile.id, profile.version),
    };
  if (data.length < symbolsFor(HEADER_BITS)) return notPossible;
  const options = {} as CodeOptions;
  for (const name of OPTION_NAMES) options[name] = bits.read(1) === 1;
  const verdict = VERDICTS[bits.read(2)]!;
  const table = bits.read(1) === 1;

  const n = layout.rows.length;
  const w = indexBits(n);
  const statuses = layout.rows.map((row) => ownStatus(row, options));
  const tableSymbols = symbolsFor(HEADER_BITS + n * STATUS_BITS);
  if (table) {
    if (data.length !== tableSymbols) return notPossible;
    for (let i = 0; i < n; i += 1) statuses[i] = ROW_STATUSES[bits.read(STATUS_BITS)]!;
  } else {
    const entry = w + STATUS_BITS;
    const count = Math.floor(bits.remaining / entry);
    // Only the lengths 0.1 wrote: under 5 padding bits, never longer than the table.
    if (
      bits.remaining - count * entry >= 5 ||
      symbolsFor(HEADER_BITS + count * entry) > tableSymbols
    )
      return notPossible;
    let previous = -1;
    for (let k = 0; k < count; k += 1) {
      const index = bits.read(w);
      if (index <= previous || index >= n) return notPossible;
      statuses[index] = ROW_STATUSES[bits.read(STATUS_BITS)]!;
      previous = index;
    }
  }
  if (bits.read(bits.remaining) !== 0) return notPossible;
  const byId = new Map(layout.rows.map((row, i) => [row.id, statuses[i]!]));
  return {
    ok: true,
    facts: {
      options,
      rows: profile.rows.map((row) => ({ id: row.id, status: byId.get(row.id) ?? 'pending' })),
      cause: inferredCause(layout, statuses, options, profile),
      product: null,
      partial: false,
    },
    origin: { format: 1, verdict },
  };
}
