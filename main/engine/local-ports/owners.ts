// Which process holds a local UDP port, read from each platform's own socket table
// (row 3-1.1, guide Table 3-1: "RTP 6000 – 6200, if these ports are in use by other
// applications then higher ports will be used").
//
// - Linux: /proc/net/udp and /proc/net/udp6 give each socket's local port and inode; the
//   owner is the process with a /proc/[pid]/fd link "socket:[inode]", named by
//   /proc/[pid]/comm. (systeminformation.networkConnections() lists no UDP on Linux.)
// - macOS: `lsof -nP +c 0 -iUDP:<ports>`; `+c 0` prints whole command names instead of
//   their first 9 characters. Without admin rights lsof only sees this user's processes.
// - Windows: `netstat -ano -p UDP` and `netstat -ano -p UDPv6` (a pid per socket; `-p UDP`
//   alone leaves out IPv6 sockets, which on Windows also hold the IPv4 port when
//   dual-stack), names from `tasklist /FO CSV /NH`.
//
// The udp-bind probe pairs this table with real binds: on 0.0.0.0 on Linux and macOS, but
// only on 127.0.0.1 on Windows, where binding all interfaces makes Windows Defender Firewall
// ask the person at the computer to "allow access".
import { formatPortRange, type PortRange } from '../../../common/net/ports';
import type { LocalUdpSocket } from './local-udp-socket';
import { listLinuxUdpSockets } from './linux-proc-sockets';
import { parseLsofUdp } from './macos-lsof';
import { parseNetstatUdp } from './windows-netstat';
import { parseTasklistCsv } from './windows-tasklist';
import { runCommand } from './run-command';

export interface OwnerLookup {
  /** UDP sockets on the given ports, with pid and process name where the table says. */
  sockets: LocalUdpSocket[];
  /** Why owners could not be read (the ports themselves are still reported). */
  error?: string;
}

export interface OwnerLookupOptions {
  platform: NodeJS.Platform;
  signal: AbortSignal;
  /** Budget of each command run. */
  timeoutMs: number;
}

/** How owners are found on a platform, in words for the result's `method`. */
export function ownerMethod(platform: NodeJS.Platform): string {
  switch (platform) {
    case 'linux':
      return '/proc/net/udp, /proc/net/udp6 and /proc/[pid]/fd';
    case 'darwin':
      return 'lsof -nP +c 0 -iUDP';
    case 'win32':
      return 'netstat -ano -p UDP and -p UDPv6, tasklist';
    default:
      return 'none (no socket table read on this platform)';
  }
}

export async function lookupUdpOwners(
  ranges: readonly PortRange[],
  options: OwnerLookupOptions,
): Promise<OwnerLookup> {
  const inRanges = (socket: LocalUdpSocket) =>
    ranges.some((r) => socket.port >= r.from && socket.port <= r.to);
  try {
    const sockets = await readTable(ranges, options);
    return { sockets: sockets.filter(inRanges) };
  } catch (error) {
    return {
      sockets: [],
      error: `could not read ${ownerMethod(options.platform)}: ${errorText(error)}`,
    };
  }
}

async function readTable(
  ranges: readonly PortRange[],
  options: OwnerLookupOptions,
): Promise<LocalUdpSocket[]> {
  switch (options.platform) {
    case 'linux': {
      const ports = new Set(
        ranges.flatMap((r) => Array.from({ length: r.to - r.from + 1 }, (_, i) => r.from + i)),
      );
      return listLinuxUdpSockets(ports, options);
    }
    case 'darwin': {
      const spec = ranges.map(formatPortRange).join(',');
      const { stdout } = await runCommand(
        '/usr/sbin/lsof',
        ['-nP', '+c', '0', `-iUDP:${spec}`],
        options,
      );
      return parseLsofUdp(stdout);
    }
    case 'win32':
      return readWindowsTable(options);
    default:
      return [];
  }
}

async function readWindowsTable(options: OwnerLookupOptions): Promise<LocalUdpSocket[]> {
  // Full paths: a netstat.exe in the working directory must not be run instead.
  const system32 = `${process.env.SystemRoot ?? 'C:\\Windows'}\\System32`;
  const [v4, v6, names] = await Promise.all([
    runCommand(`${system32}\\netstat.exe`, ['-ano', '-p', 'UDP'], options),
    runCommand(`${system32}\\netstat.exe`, ['-ano', '-p', 'UDPv6'], options),
    // Names are a courtesy: without them the pids still stand.
    runCommand(`${system32}\\tasklist.exe`, ['/FO', 'CSV', '/NH'], options).then(
      (out) => parseTasklistCsv(out.stdout),
      () => new Map<number, string>(),
    ),
  ]);
  return [...parseNetstatUdp(v4.stdout), ...parseNetstatUdp(v6.stdout)].map((socket) => {
    const name = socket.pid === undefined ? undefined : names.get(socket.pid);
    return name === undefined ? socket : { ...socket, process: name };
  });
}

function errorText(error: unknown): string {
  if (error instanceof Error) return (error as NodeJS.ErrnoException).code ?? error.message;
  return String(error);
}
