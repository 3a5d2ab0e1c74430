// Pure parser of macOS `lsof -nP +c 0 -iUDP:<ports>` (lsof(8), "OUTPUT"): columns
// COMMAND PID USER FD TYPE DEVICE SIZE/OFF NODE NAME, NODE being "UDP" and NAME the local
// endpoint ("*:6001", "127.0.0.1:6150", "[::1]:6199"), then "->remote" when connected.
import type { LocalUdpSocket } from './local-udp-socket';

export function parseLsofUdp(text: string): LocalUdpSocket[] {
  const sockets: LocalUdpSocket[] = [];
  for (const line of text.split(/\r?\n/)) {
    const fields = line.trim().split(/\s+/);
    const [command, pid] = fields;
    const node = fields.lastIndexOf('UDP');
    const name = fields[node + 1];
    if (!command || !pid || !/^\d+$/.test(pid) || node < 2 || !name) continue;
    const endpoint = parseLocalEndpoint(name.split('->')[0] ?? '');
    if (!endpoint) continue;
    sockets.push({ ...endpoint, pid: Number(pid), process: unescapeCommand(command) });
  }
  return sockets;
}

function parseLocalEndpoint(text: string): { address: string; port: number } | null {
  const m = /^(\*|\[[^\]]+\]|[^:]+):(\d+)$/.exec(text);
  if (!m?.[1] || !m[2]) return null;
  const port = Number(m[2]);
  if (port < 1 || port > 65535) return null;
  return { address: m[1].replace(/^\[(.*)\]$/, '$1'), port };
}

/** lsof prints non-graphic bytes of a command name as \xHH (a space is "\x20"). */
function unescapeCommand(command: string): string {
  return command.replace(/\\x([0-9a-fA-F]{2})/g, (_, hex: string) =>
    String.fromCharCode(parseInt(hex, 16)),
  );
}
