// The helpdesk code, format v2 (docs/helpdesk-code.md): a short string that carries what the
// diagnosis is told from (common/diagnosis/describe.ts) to a support desk over the phone.
// It stores the cause (and the product when the cause is SSL inspection), the form of the
// cause's typical pattern, then only the rows that differ from what the cause implies
// (implied-statuses.ts), and the options only when they differ from the defaults. The
// verdict is not stored: verdictOf computes it from the row statuses. A code names its
// layout (layouts.ts), not the whole profile, so a new title or note breaks no code.
// 0.1's codes (v1, code-v1.ts) still decode; a code from a newer version says so.
import { ROW_STATUSES, type RowStatus, type VerdictStatus } from '../outcomes';
import type { Profile } from '../profile/schema';
import { OPTION_NAMES } from '../profile/schema';
import { DEFAULT_OPTIONS } from '../options';
import { CAUSES, type Cause } from '../diagnosis/causes';
import { INSPECTION_PRODUCTS } from '../diagnosis/inspection-products';
import type { CodeOptions, DiagnosisFacts } from '../diagnosis/describe';
import { HELPDESK_TEXT } from '../i18n';
import { groupSymbols, symbolChar, symbolValue } from './base32';
import { BitReader, BitWriter, indexBits } from './bits';
import { checkSymbol, hasValidCheck } from './check-symbol';
import { decodeV1 } from './code-v1';
import { CAUSE_FORMS, formBits, impliedStatuses, settleExtras } from './implied-statuses';
import { LAYOUT_DIGEST_BITS, layoutByDigest, layoutDigest, layoutOf, type Layout } from './layouts';

/**
 * The version prefixes (docs/helpdesk-code.md, "Versions"): v2, and v2 with the fact that a
 * STUN server reported an address the guide does not list (issue 20). The second is written
 * only when that is so, so every code v2 wrote before is still the code of its result.
 */
const V2 = { bits: 0b10, length: 2 } as const;
const V2_UNLISTED = { bits: 0b110, length: 3 } as const;
const CAUSE_BITS = 5;
const PRODUCT_BITS = 6;
const STATUS_BITS = 3;
/** The shortest and longest codes of any format this version reads, check included. */
export const CODE_LENGTHS = { min: 5, max: 24 } as const;
/** Characters a person may type between groups; they carry nothing. */
const SEPARATORS = /[\s-]/;

const DEFAULTS: CodeOptions = {
  teamlink: DEFAULT_OPTIONS.teamlink,
  legacy: DEFAULT_OPTIONS.legacy,
  china: DEFAULT_OPTIONS.china,
  customDomains: DEFAULT_OPTIONS.customDomains.length > 0,
};

export type HelpdeskDecodeError = {
  ok: false;
  reason: 'length' | 'character' | 'check' | 'profile' | 'newer';
  message: string;
};
/** Where a decoded code came from: this format, or 0.1's (which stored a verdict, no cause). */
export type CodeOrigin = { format: 2 } | { format: 1; verdict: VerdictStatus };
export type HelpdeskDecodeResult =
  { ok: true; facts: DiagnosisFacts; origin: CodeOrigin } | HelpdeskDecodeError;

/** What a v2 code says, over its layout's rows. */
interface Content {
  cause: Cause;
  product: string | null;
  options: CodeOptions;
  partial: boolean;
  unlistedServer: boolean;
  statuses: readonly RowStatus[];
}

const sameOptions = (a: CodeOptions, b: CodeOptions) => OPTION_NAMES.every((n) => a[n] === b[n]);

/** The data symbols (without the check) of the shortest v2 code for this content. */
function encodeContent(content: Content, layout: Layout): number[] {
  const { cause, options, statuses } = content;
  const n = layout.rows.length;
  const candidates: number[][] = [];
  CAUSE_FORMS[cause].forEach((_, form) => {
    const implied = settleExtras(layout, impliedStatuses(cause, form, layout, options), statuses);
    const exceptions = statuses.flatMap((s, i) => (s === implied[i] ? [] : [i]));
    for (const table of [false, true]) {
      const bits = new BitWriter();
      const version = content.unlistedServer ? V2_UNLISTED : V2;
      bits.write(version.bits, version.length);
      bits.write(layoutDigest(layout), LAYOUT_DIGEST_BITS);
      bits.write(CAUSES.indexOf(cause), CAUSE_BITS);
      if (cause === 'ssl-inspection')
        bits.write(
          INSPECTION_PRODUCTS.findIndex((p) => p.id === content.product) + 1,
          PRODUCT_BITS,
        );
      bits.write(form, formBits(cause));
      const extras = table || content.partial || !sameOptions(options, DEFAULTS);
      bits.write(extras ? 1 : 0, 1);
      if (extras) {
        for (const name of OPTION_NAMES) bits.write(options[name] ? 1 : 0, 1);
        bits.write(content.partial ? 1 : 0, 1);
        bits.write(table ? 1 : 0, 1);
      }
      const status = (i: number) => ROW_STATUSES.indexOf(statuses[i]!);
      if (table) {
        for (let i = 0; i < n; i += 1) bits.write(status(i), STATUS_BITS);
      } else {
        for (const i of exceptions) {
          bits.write(i, indexBits(n));
          bits.write(status(i), STATUS_BITS);
        }
      }
      candidates.push(bits.toSymbols());
    }
  });
  // The first of the shortest: the lower form, and the list before the table.
  return candidates.reduce((best, c) => (c.length < best.length ? c : best));
}

/**
 * The longest code this profile can have, check included: the cause with the most header
 * bits, non-default options, and every row's status in the table body.
 */
export function worstCaseLength(profile: Profile): number {
  const header = (cause: Cause) =>
    V2_UNLISTED.length +
    LAYOUT_DIGEST_BITS +
    CAUSE_BITS +
    (cause === 'ssl-inspection' ? PRODUCT_BITS : 0) +
    formBits(cause) +
    1 +
    OPTION_NAMES.length +
    2;
  const bits = Math.max(...CAUSES.map(header)) + profile.rows.length * STATUS_BITS;
  return Math.ceil(bits / 5) + 1;
}

export function encodeHelpdeskCode(facts: DiagnosisFacts, profile: Profile): string {
  const layout = layoutOf(profile);
  const byId = new Map(facts.rows.map((row) => [row.id, row.status]));
  const statuses = layout.rows.map((row) => {
    const status = byId.get(row.id);
    if (status === undefined)
      throw new RangeError(`row ${row.id} of profile ${profile.id} is missing from the result`);
    return status;
  });
  const symbols = encodeContent(
    { ...facts, unlistedServer: facts.unlistedServer === true, statuses },
    layout,
  );
  symbols.push(checkSymbol(symbols));
  return groupSymbols(symbols.map(symbolChar).join(''));
}

const failure = (reason: HelpdeskDecodeError['reason'], message: string): HelpdeskDecodeError => ({
  ok: false,
  reason,
  message,
});
const notPossible = () => failure('check', HELPDESK_TEXT.badContent);

/**
 * Reads a v2 code's data symbols (version bits included) against the registered layouts;
 * `unlistedServer`: its prefix was v2's with the unlisted-server fact.
 */
function decodeV2(
  data: readonly number[],
  profile: Profile,
  unlistedServer: boolean,
): HelpdeskDecodeResult {
  const bits = new BitReader(data);
  bits.read((unlistedServer ? V2_UNLISTED : V2).length);
  const layout = layoutByDigest(bits.read(LAYOUT_DIGEST_BITS), profile);
  if (layout === null)
    return failure('profile', HELPDESK_TEXT.otherProfile(profile.id, profile.version));
  const cause = CAUSES[bits.read(CAUSE_BITS)];
  if (cause === undefined) return notPossible();
  let product: string | null = null;
  if (cause === 'ssl-inspection') {
    const index = bits.read(PRODUCT_BITS);
    const known = index === 0 ? null : INSPECTION_PRODUCTS[index - 1]?.id;
    if (known === undefined) return notPossible();
    product = known;
  }
  const form = bits.read(formBits(cause));
  if (form >= CAUSE_FORMS[cause].length) return notPossible();
  let options = DEFAULTS;
  let partial = false;
  let table = false;
  if (bits.read(1) === 1) {
    options = {} as CodeOptions;
    for (const name of OPTION_NAMES) options[name] = bits.read(1) === 1;
    partial = bits.read(1) === 1;
    table = bits.read(1) === 1;
  }
  const n = layout.rows.length;
  const implied = impliedStatuses(cause, form, layout, options);
  const listed = new Map<number, RowStatus>();
  const entry = table ? STATUS_BITS : indexBits(n) + STATUS_BITS;
  const count = table ? n : Math.floor(bits.remaining / entry);
  if (bits.remaining < count * entry) return notPossible();
  for (let k = 0; k < count; k += 1) {
    const index = table ? k : bits.read(indexBits(n));
    if (index >= n) return notPossible();
    listed.set(index, ROW_STATUSES[bits.read(STATUS_BITS)]!);
  }
  // The guide rows first, then the extra checks as those rows imply them.
  const guide = implied.map((status, i) => listed.get(i) ?? status);
  const statuses = settleExtras(layout, implied, guide).map((status, i) => listed.get(i) ?? status);
  const content = { cause, product, options, partial, unlistedServer, statuses };
  // Only the one code the encoder writes for this content (ascending entries, only rows that
  // differ, the shortest form, zero padding): anything else was not made by it.
  const canonical = encodeContent(content, layout);
  if (canonical.length !== data.length || canonical.some((s, i) => s !== data[i]))
    return notPossible();
  const byId = new Map(layout.rows.map((row, i) => [row.id, statuses[i]!]));
  return {
    ok: true,
    facts: {
      options,
      // A row the code's layout does not have was not checked by the version that made it.
      rows: profile.rows.map((row) => ({ id: row.id, status: byId.get(row.id) ?? 'pending' })),
      cause,
      product,
      partial,
      ...(unlistedServer ? { unlistedServer: true as const } : {}),
    },
    origin: { format: 2 },
  };
}

/**
 * Reads a code typed by a person. A mistyped code says what is wrong with it (a character,
 * the length, the check, another profile, a newer version) rather than showing a wrong
 * table; never throws.
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
  if (symbols.length < CODE_LENGTHS.min || symbols.length > CODE_LENGTHS.max)
    return failure('length', HELPDESK_TEXT.badLength(symbols.length, CODE_LENGTHS));
  if (!hasValidCheck(symbols)) return failure('check', HELPDESK_TEXT.badCheck);

  const data = symbols.slice(0, -1);
  // The version is a prefix code: 10 = v2, 110 = v2 with an unlisted server (issue 20),
  // 0001 = v1 (0.1); the rest (111, 01, 001, 0000) is for newer versions.
  if (data[0]! >> 3 === V2.bits) return decodeV2(data, profile, false);
  if (data[0]! >> 2 === V2_UNLISTED.bits) return decodeV2(data, profile, true);
  if (data[0]! >> 1 === 0b0001) return decodeV1(data, profile, profileHash);
  return failure('newer', HELPDESK_TEXT.newerVersion);
}
