// Whether a server's own reported address (RFC 5780's RESPONSE-ORIGIN, OTHER-ADDRESS) is one the
// guide knows (issue 20, "Rules freshness"). A server that answers the guide's rules from an
// address the guide does not list is a sign the guide is older than the service: the rules
// still work today, but a rule written from a newer revision may be needed tomorrow.
import type { PlannedRow } from '../plan';
import { cidrContains, parseCidr, parseIpv4, type Cidr } from './ipv4';

/**
 * Every address and block the plan lists, in every row (enabled or not): each as the profile
 * writes it and as `--map` points it, so that an address of a mapped block is listed. Every
 * row, not the one that asked: an address the guide lists in another table (one server
 * answering for two of them, or reporting another table's host as its other address) is
 * one the guide knows, and IT's rules cover it. Host names list no address.
 */
export function listedRanges(rows: readonly Pick<PlannedRow, 'probes'>[]): Cidr[] {
  const ranges: Cidr[] = [];
  const texts = rows
    .flatMap((row) => row.probes)
    .flatMap((probe) => [
      ...probe.targets.flatMap(({ target, mappedFrom }) =>
        mappedFrom === undefined ? [target] : [target, mappedFrom],
      ),
      // The block a named host must resolve into (Apple's 17.0.0.0/8) is listed too.
      ...(probe.expectInside === undefined ? [] : [probe.expectInside]),
    ]);
  for (const text of texts) {
    const single = parseIpv4(text);
    const range = single === null ? parseCidr(text) : { base: single, prefix: 32 };
    if (range) ranges.push(range);
  }
  return ranges;
}

/** RFC 1918, RFC 6598's shared space, loopback and link-local: addresses a NAT hides behind. */
const INSIDE_SPACE = [
  '10.0.0.0/8',
  '172.16.0.0/12',
  '192.168.0.0/16',
  '100.64.0.0/10',
  '127.0.0.0/8',
  '169.254.0.0/16',
].map((text) => parseCidr(text)!);
const insideSpace = (address: number) => INSIDE_SPACE.some((block) => cidrContains(block, address));

/**
 * True when `reported`, an address the server gave as its own, lies outside every listed
 * range, where that says something: an IPv4 address (the guide lists IPv4 only) in the same
 * kind of space as the address dialled. A server behind a NAT (a cloud host without its
 * public address configured) reports its private address: outside the ranges, but no sign
 * that the guide is old. In a private deployment or a lab, where the dialled address is
 * private too, a private address is compared like any other.
 */
export function isUnlisted(reported: string, dialled: string, ranges: readonly Cidr[]): boolean {
  const address = parseIpv4(reported);
  if (address === null) return false;
  const dialledAddress = parseIpv4(dialled);
  const dialledInside = dialledAddress !== null && insideSpace(dialledAddress);
  if (insideSpace(address) !== dialledInside) return false;
  return !ranges.some((range) => cidrContains(range, address));
}

/** The unlisted addresses a row's STUN servers reported (each once, in the row's order). */
export function unlistedOf(
  probes: readonly { detail: { stun?: { unlisted?: readonly string[] } } }[],
): string[] {
  return [...new Set(probes.flatMap((probe) => probe.detail.stun?.unlisted ?? []))];
}
