// The helpdesk code: a short string that carries a whole result to a support desk over the
// phone. It carries exactly what the diagnosis is told from (common/diagnosis/describe.ts):
// the options, the cause, the inspecting product and every row's status, so a decoded code
// tells the caller's story word for word. The verdict is not stored: it follows from the row
// statuses (common/diagnosis/verdict.ts). Only the exceptions are encoded: every row's
// expected status follows from the profile and the options (pass; info for a reminder;
// skipped when its option is off), so a clean run costs little and each problem row costs
// one row index and one status.
//
// Bit layout (most significant bit first), then Crockford Base32, then one check character:
//   format version   4 bits  (2)
//   profile digest  10 bits  (profile-digest.ts)
//   options          4 bits  teamlink, legacy, china, customDomains present
//   partial          1 bit   --only left rows out
//   cause            5 bits  index in CAUSES (common/diagnosis/causes.ts)
//   product          6 bits  0 = none, else 1 + index in INSPECTION_PRODUCTS
//   layout           1 bit   0 = list of exceptions, 1 = every row
//   list:  per exception, ascending: row index (w bits) + status (3 bits, index in ROW_STATUSES)
//   table: per profile row, in order: status (3 bits)
// w = bits for the largest row index, at least 2, so that one entry (≥ 5 bits) is longer than
// the padding of the last symbol (≤ 4 bits) and the entry count follows from the length.
// The encoder picks the shorter layout.
import { ROW_STATUSES, type RowStatus } from '../outcomes';
import type { Profile } from '../profile/schema';
import type { ProfileRef } from '../plan';
import { CAUSES } from '../diagnosis/causes';
import { INSPECTION_PRODUCTS } from '../diagnosis/inspection-products';
import type { CodeOptions, DiagnosisFacts } from '../diagnosis/describe';
import { HELPDESK_TEXT } from '../i18n/en';
import { groupSymbols, symbolChar, symbolValue } from './base32';
import { BitReader, BitWriter } from './bits';
import { checkSymbol, hasValidCheck } from './check-symbol';
import { PROFILE_DIGEST_BITS, profileDigest } from './profile-digest';

export const CODE_FORMAT_VERSION = 2;
const VERSION_BITS = 4;
const OPTION_NAMES = ['teamlink', 'legacy', 'china', 'customDomains'] as const;
const CAUSE_BITS = 5;
const PRODUCT_BITS = 6;
const STATUS_BITS = 3;
const HEADER_BITS =
  VERSION_BITS + PROFILE_DIGEST_BITS + OPTION_NAMES.length + 1 + CAUSE_BITS + PRODUCT_BITS + 1;
const SYMBOL_BITS = 5;
/** Characters a person may type between groups; they carry nothing. */
const SEPARATORS = /[\s-]/;

export type HelpdeskDecodeError = {
  ok: false;
  reason: 'length' | 'character' | 'check' | 'profile';
  message: string;
};
export type HelpdeskDecodeResult = { ok: true; facts: DiagnosisFacts } | HelpdeskDecodeError;
function indexBits(rowCount: number): number {
  return Math.max(2, Math.ceil(Math.log2(Math.max(rowCount, 1))));
}

function symbolsFor(bits: number): number {
  return Math.ceil(bits / SYMBOL_BITS);
}

/** Data symbols of the list layout with `count` exceptions, and of the table layout. */
function listSymbols(rowCount: number, count: number): number {
  return symbolsFor(HEADER_BITS + count * (indexBits(rowCount) + STATUS_BITS));
}
function tableSymbols(rowCount: number): number {
  return symbolsFor(HEADER_BITS + rowCount * STATUS_BITS);
}

/** What a row shows when nothing went wrong with it. */
function expectedStatus(row: Profile['rows'][number], options: CodeOptions): RowStatus {
  if (row.enabledBy !== undefined && !options[row.enabledBy]) return 'skipped';
  return row.probes.length === 0 ? 'info' : 'pass';
}

/** Every length (data and check character, without dashes) a code for this profile can have. */
export function helpdeskCodeLengths(profile: Profile): number[] {
  const n = profile.rows.length;
  const table = tableSymbols(n);
  const lengths = new Set<number>([table + 1]);
  for (let k = 0; k <= n && listSymbols(n, k) <= table; k += 1) lengths.add(listSymbols(n, k) + 1);
  return [...lengths].sort((a, b) => a - b);
}

export function encodeHelpdeskCode(
  facts: DiagnosisFacts,
  profile: Profile,
  profileRef: ProfileRef,
): string {
  const byId = new Map(facts.rows.map((row) => [row.id, row.status]));
  const statuses = profile.rows.map((row) => {
    const status = byId.get(row.id);
    if (status === undefined)
      throw new RangeError(`row ${row.id} of profile ${profile.id} is missing from the result`);
    return status;
  });
  const { options } = facts;
  const exceptions = profile.rows.flatMap((row, i) =>
    statuses[i] === expectedStatus(row, options) ? [] : [i],
  );
  const w = indexBits(profile.rows.length);
  const asList = listSymbols(statuses.length, exceptions.length) <= tableSymbols(statuses.length);
  const product = INSPECTION_PRODUCTS.findIndex((p) => p.id === facts.product) + 1;

  const bits = new BitWriter();
  bits.write(CODE_FORMAT_VERSION, VERSION_BITS);
  bits.write(profileDigest(profileRef), PROFILE_DIGEST_BITS);
  for (const name of OPTION_NAMES) bits.write(options[name] ? 1 : 0, 1);
  bits.write(facts.partial ? 1 : 0, 1);
  bits.write(CAUSES.indexOf(facts.cause), CAUSE_BITS);
  bits.write(product, PRODUCT_BITS);
  bits.write(asList ? 0 : 1, 1);
  const statusIndex = (i: number) => ROW_STATUSES.indexOf(statuses[i]!);
  if (asList) {
    for (const i of exceptions) {
      bits.write(i, w);
      bits.write(statusIndex(i), STATUS_BITS);
    }
  } else {
    statuses.forEach((_, i) => bits.write(statusIndex(i), STATUS_BITS));
  }
  const symbols = bits.toSymbols();
  symbols.push(checkSymbol(symbols));
  return groupSymbols(symbols.map(symbolChar).join(''));
}

const failure = (reason: HelpdeskDecodeError['reason'], message: string): HelpdeskDecodeError => ({
  ok: false,
  reason,
  message,
});

/**
 * Reads a code typed by a person. A mistyped code says what is wrong with it (length, a
 * character, the check, another profile) rather than showing a wrong table; never throws.
 */
export function decodeHelpdeskCode(
  code: string,
  profile: Profile,
  profileHash: string,
): HelpdeskDecodeResult {
  const symbols: number[] = [];
  for (const char of code) {
    if (SEPARATORS.test(char)) continue;
    const value = symbolValue(char);
    if (value === null)
      return failure('character', HELPDESK_TEXT.badCharacter(char, symbols.length + 1));
    symbols.push(value);
  }
  const lengths = helpdeskCodeLengths(profile);
  const lengthError = () => failure('length', HELPDESK_TEXT.badLength(symbols.length, lengths));
  if (symbols.length < symbolsFor(HEADER_BITS) + 1) return lengthError();
  // A dropped or doubled character also fails the check; naming the length helps more.
  if (!hasValidCheck(symbols))
    return lengths.includes(symbols.length)
      ? failure('check', HELPDESK_TEXT.badCheck)
      : lengthError();

  const data = symbols.slice(0, -1);
  const bits = new BitReader(data);
  const version = bits.read(VERSION_BITS);
  const digest = bits.read(PROFILE_DIGEST_BITS);
  const ref = {
    id: profile.id,
    version: profile.version,
    revision: profile.revision,
    hash: profileHash,
  };
  if (version !== CODE_FORMAT_VERSION || digest !== profileDigest(ref)) {
    return failure('profile', HELPDESK_TEXT.otherProfile(profile.id, profile.version));
  }
  if (!lengths.includes(symbols.length)) return lengthError();
  const options = {} as CodeOptions;
  for (const name of OPTION_NAMES) options[name] = bits.read(1) === 1;
  const partial = bits.read(1) === 1;
  const cause = CAUSES[bits.read(CAUSE_BITS)];
  const productIndex = bits.read(PRODUCT_BITS);
  const product = productIndex === 0 ? null : INSPECTION_PRODUCTS[productIndex - 1]?.id;
  // A cause or product this version does not know was not made by it.
  if (cause === undefined || product === undefined)
    return failure('check', HELPDESK_TEXT.badContent);
  const asList = bits.read(1) === 0;

  const n = profile.rows.length;
  const statuses = profile.rows.map((row) => expectedStatus(row, options));
  if (asList) {
    const entry = indexBits(n) + STATUS_BITS;
    const count = Math.floor(bits.remaining / entry);
    // Only the lengths the encoder makes: fewer than 5 padding bits, and never longer than the table.
    if (bits.remaining - count * entry >= SYMBOL_BITS || listSymbols(n, count) > tableSymbols(n))
      return lengthError();
    let previous = -1;
    for (let k = 0; k < count; k += 1) {
      const index = bits.read(indexBits(n));
      if (index <= previous || index >= n) return failure('check', HELPDESK_TEXT.badContent);
      statuses[index] = ROW_STATUSES[bits.read(STATUS_BITS)]!;
      previous = index;
    }
  } else {
    if (data.length !== tableSymbols(n)) return lengthError();
    for (let i = 0; i < n; i += 1) statuses[i] = ROW_STATUSES[bits.read(STATUS_BITS)]!;
  }
  // The encoder pads with zero bits; anything else was not made by it.
  if (bits.read(bits.remaining) !== 0) return failure('check', HELPDESK_TEXT.badContent);
  return {
    ok: true,
    facts: {
      options,
      rows: profile.rows.map((row, i) => ({ id: row.id, status: statuses[i]! })),
      cause,
      product,
      partial,
    },
  };
}
