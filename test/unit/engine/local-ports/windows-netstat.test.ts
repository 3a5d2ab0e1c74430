// `netstat -ano -p UDP` and `netstat -ano -p UDPv6` as Windows prints them (CRLF, fixtures
// written in their exact format).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseNetstatUdp } from '../../../../main/engine/local-ports/windows-netstat';

const fixture = (name: string) =>
  readFileSync(new URL(`../../../fixtures/local-ports/${name}`, import.meta.url), 'utf8');

describe('parseNetstatUdp', () => {
  it('reads local address, port and pid of every IPv4 row', () => {
    const sockets = parseNetstatUdp(fixture('windows-netstat-udp.txt'));
    expect(sockets).toHaveLength(9);
    expect(sockets.filter((s) => s.port >= 6000 && s.port <= 6200)).toEqual([
      { address: '0.0.0.0', port: 6001, pid: 11200 },
      { address: '0.0.0.0', port: 6002, pid: 11200 },
      { address: '127.0.0.1', port: 6123, pid: 8400 },
      { address: '192.168.1.23', port: 6180, pid: 7124 },
    ]);
  });

  it('reads IPv6 rows, bracketed and with a zone index', () => {
    expect(parseNetstatUdp(fixture('windows-netstat-udpv6.txt'))).toEqual([
      { address: '::', port: 500, pid: 4676 },
      { address: '::', port: 5353, pid: 2336 },
      { address: '::', port: 6100, pid: 11200 },
      { address: '::1', port: 6150, pid: 7124 },
      { address: 'fe80::1c2b:3d4e:5f60:7182%12', port: 6190, pid: 7124 },
    ]);
  });

  it('ignores translated headers, TCP rows and garbage', () => {
    const german =
      '\r\nAktive Verbindungen\r\n\r\n  Proto  Lokale Adresse  Remoteadresse  Status  PID\r\n';
    const tcp = '  TCP    0.0.0.0:135            0.0.0.0:0              LISTENING       1024\r\n';
    expect(
      parseNetstatUdp(`${german}${tcp}  UDP    0.0.0.0:6001  *:*  77\r\n  UDP  junk\r\n`),
    ).toEqual([{ address: '0.0.0.0', port: 6001, pid: 77 }]);
  });
});
