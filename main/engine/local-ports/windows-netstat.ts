// Pure parser of Windows `netstat -ano -p UDP` and `netstat -ano -p UDPv6`: rows
// "UDP <local address>:<port> *:* <pid>". Headers ("Active Connections", "Proto Local
// Address ...") are translated on localised Windows, so only the UDP rows are read.
import type { LocalUdpSocket } from './local-udp-socket';

export function parseNetstatUdp(text: string): LocalUdpSocket[] {
  const sockets: LocalUdpSocket[] = [];
  for (const line of text.split(/\r?\n/)) {
    const fields = line.trim().split(/\s+/);
    const [proto, local] = fields;
    const pid = fields[fields.length - 1];
    if (
      proto?.toUpperCase() !== 'UDP' ||
      fields.length < 4 ||
      !local ||
      !pid ||
      !/^\d+$/.test(pid)
    ) {
      continue;
    }
    const m = /^(\[[^\]]+\]|[^:]+):(\d+)$/.exec(local);
    if (!m?.[1] || !m[2]) continue;
    const port = Number(m[2]);
    if (port < 1 || port > 65535) continue;
    sockets.push({ address: m[1].replace(/^\[(.*)\]$/, '$1'), port, pid: Number(pid) });
  }
  return sockets;
}
