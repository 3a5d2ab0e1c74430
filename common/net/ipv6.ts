// IPv6 addresses, as far as the checks need them (common/ stays free of Node): which family
// an answer is in, and the IPv4 address a NAT64 address stands for.

/** An IPv6 address in text form (RFC 4291 section 2.2); the family of a DNS answer. */
export const isIpv6 = (text: string): boolean => text.includes(':');

/** The eight 16-bit groups of an IPv6 address, or null when it is not one. */
function groupsOf(text: string): number[] | null {
  let body = text;
  const tail: number[] = [];
  // A trailing dotted quad ("::ffff:192.0.2.1", "64:ff9b::192.0.2.1") is the last two groups.
  const quad = /^(.*:)(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/.exec(text);
  if (quad) {
    const octets = quad.slice(2).map(Number);
    if (octets.some((o) => o > 255)) return null;
    tail.push(octets[0]! * 256 + octets[1]!, octets[2]! * 256 + octets[3]!);
    body = quad[1]!.endsWith('::') ? quad[1]! : quad[1]!.slice(0, -1);
  }
  const halves = body.split('::');
  if (halves.length > 2) return null;
  const parse = (part: string) => (part === '' ? [] : part.split(':'));
  const [head, rest] = [parse(halves[0]!), halves.length === 2 ? parse(halves[1]!) : null];
  if ([...head, ...(rest ?? [])].some((g) => !/^[0-9a-f]{1,4}$/i.test(g))) return null;
  const given = head.length + (rest?.length ?? 0) + tail.length;
  if (rest === null ? given !== 8 : given > 7) return null;
  const zeros = rest === null ? [] : Array<number>(8 - given).fill(0);
  return [
    ...head.map((g) => parseInt(g, 16)),
    ...zeros,
    ...(rest ?? []).map((g) => parseInt(g, 16)),
    ...tail,
  ];
}

/**
 * The IPv4 address inside a NAT64 address of the well-known prefix 64:ff9b::/96 (RFC 6052
 * section 2.1), as an unsigned 32-bit number; null for any other address. A network-specific
 * prefix cannot be recognised from the address alone.
 */
export function nat64Embedded(text: string): number | null {
  const groups = groupsOf(text);
  if (!groups) return null;
  const prefix = [0x64, 0xff9b, 0, 0, 0, 0];
  if (!prefix.every((g, i) => groups[i] === g)) return null;
  return (groups[6]! * 65536 + groups[7]!) >>> 0;
}
