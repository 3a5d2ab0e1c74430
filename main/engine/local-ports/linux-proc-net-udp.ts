// Pure parser of Linux's /proc/net/udp and /proc/net/udp6 (proc(5), "/proc/net/udp"):
// one row per socket, "sl local_address rem_address st ... uid timeout inode ...".
// Addresses are hex words in the kernel's byte order, ports are hex in network order.
import { formatIPv6 } from '../stun/ip-text';

export interface ProcUdpRow {
  localAddress: string;
  localPort: number;
  remoteAddress: string;
  remotePort: number;
  uid: number;
  /** The socket's inode: /proc/[pid]/fd/* links to "socket:[inode]" for the process holding it. */
  inode: number;
}

export interface ProcUdpFormat {
  family: 4 | 6;
  /** The kernel prints each 32-bit word in host byte order (little-endian on x86 and ARM). */
  littleEndian: boolean;
}

const HEX_ADDRESS = { 4: /^[0-9A-Fa-f]{8}$/, 6: /^[0-9A-Fa-f]{32}$/ } as const;
const HEX_PORT = /^[0-9A-Fa-f]{4}$/;
const DECIMAL = /^\d+$/;

/** Rows of the table; the header and any line that does not parse are left out. */
export function parseProcNetUdp(text: string, format: ProcUdpFormat): ProcUdpRow[] {
  const rows: ProcUdpRow[] = [];
  for (const line of text.split('\n')) {
    const row = parseRow(line.trim().split(/\s+/), format);
    if (row) rows.push(row);
  }
  return rows;
}

function parseRow(fields: string[], format: ProcUdpFormat): ProcUdpRow | null {
  // sl, local, remote, st, tx:rx, tr:when, retrnsmt, uid, timeout, inode, ...
  const [sl, local, remote, , , , , uid, , inode] = fields;
  if (!sl?.endsWith(':') || !local || !remote || !uid || !inode) return null;
  if (!DECIMAL.test(uid) || !DECIMAL.test(inode)) return null;
  const l = parseEndpoint(local, format);
  const r = parseEndpoint(remote, format);
  if (!l || !r) return null;
  return {
    localAddress: l.address,
    localPort: l.port,
    remoteAddress: r.address,
    remotePort: r.port,
    uid: Number(uid),
    inode: Number(inode),
  };
}

function parseEndpoint(
  text: string,
  format: ProcUdpFormat,
): { address: string; port: number } | null {
  const [hexAddress, hexPort, extra] = text.split(':');
  if (extra !== undefined || !hexAddress || !hexPort) return null;
  if (!HEX_ADDRESS[format.family].test(hexAddress) || !HEX_PORT.test(hexPort)) return null;
  const bytes = wordsToBytes(hexAddress, format.littleEndian);
  const address = format.family === 4 ? bytes.join('.') : formatIpv6(bytes);
  return { address, port: parseInt(hexPort, 16) };
}

/** "0100007F" on a little-endian host is 127.0.0.1: each 32-bit word is stored LSB first. */
function wordsToBytes(hex: string, littleEndian: boolean): number[] {
  const bytes: number[] = [];
  for (let w = 0; w < hex.length; w += 8) {
    const word = [0, 2, 4, 6].map((i) => parseInt(hex.slice(w + i, w + i + 2), 16));
    bytes.push(...(littleEndian ? word.reverse() : word));
  }
  return bytes;
}

/** RFC 5952 text, with an IPv4-mapped address written as such (RFC 5952 §5). */
function formatIpv6(bytes: number[]): string {
  const isMapped =
    bytes.slice(0, 10).every((b) => b === 0) && bytes[10] === 0xff && bytes[11] === 0xff;
  if (isMapped) return `::ffff:${bytes.slice(12).join('.')}`;
  return formatIPv6(Uint8Array.from(bytes));
}

/** The inode of a /proc/[pid]/fd link target "socket:[14835]", or null for any other file. */
export function socketInodeOfLink(target: string): number | null {
  const m = /^socket:\[(\d+)\]$/.exec(target);
  return m ? Number(m[1]) : null;
}
