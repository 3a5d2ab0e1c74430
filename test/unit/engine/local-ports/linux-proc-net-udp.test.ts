// /proc/net/udp and /proc/net/udp6 as captured on this machine (x86-64, little-endian) while
// a helper held: 0.0.0.0:6123, 127.0.0.1:6001, 127.0.0.1:6150 connected to 127.0.0.1:9,
// an ephemeral 127.0.0.1 port, [::]:6100, [::1]:6199, [::ffff:127.0.0.1]:6050, an ephemeral [::].
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  parseProcNetUdp,
  socketInodeOfLink,
} from '../../../../main/engine/local-ports/linux-proc-net-udp';

const fixture = (name: string) =>
  readFileSync(new URL(`../../../fixtures/local-ports/${name}`, import.meta.url), 'utf8');

describe('parseProcNetUdp', () => {
  it('reads IPv4 rows: hex words in host order, ports in network order, the inode', () => {
    const rows = parseProcNetUdp(fixture('proc-net-udp.txt'), { family: 4, littleEndian: true });
    expect(rows).toEqual([
      {
        localAddress: '127.0.0.1',
        localPort: 33204,
        remoteAddress: '0.0.0.0',
        remotePort: 0,
        uid: 0,
        inode: 14838,
      },
      {
        localAddress: '127.0.0.1',
        localPort: 6001,
        remoteAddress: '0.0.0.0',
        remotePort: 0,
        uid: 0,
        inode: 14836,
      },
      {
        localAddress: '0.0.0.0',
        localPort: 6123,
        remoteAddress: '0.0.0.0',
        remotePort: 0,
        uid: 0,
        inode: 14835,
      },
      {
        localAddress: '127.0.0.1',
        localPort: 6150,
        remoteAddress: '127.0.0.1',
        remotePort: 9,
        uid: 0,
        inode: 14837,
      },
    ]);
  });

  it('reads IPv6 rows, including a v4-mapped address and a slot number without a leading space', () => {
    const rows = parseProcNetUdp(fixture('proc-net-udp6.txt'), { family: 6, littleEndian: true });
    expect(rows.map((r) => [r.localAddress, r.localPort, r.remoteAddress, r.inode])).toEqual([
      ['::ffff:127.0.0.1', 6050, '::', 14841],
      ['::', 6100, '::', 14839],
      ['::1', 6199, '::', 14840],
      ['::', 41893, '::', 14842],
    ]);
  });

  it('reads the words in the order a big-endian kernel prints them', () => {
    const line =
      '  7: 7F000001:1771 00000000:0000 07 00000000:00000000 00:00000000 00000000  1000  0 991 2 0 0';
    expect(parseProcNetUdp(line, { family: 4, littleEndian: false })).toEqual([
      {
        localAddress: '127.0.0.1',
        localPort: 6001,
        remoteAddress: '0.0.0.0',
        remotePort: 0,
        uid: 1000,
        inode: 991,
      },
    ]);
  });

  it('writes IPv6 addresses in RFC 5952 form: the longest zero run compressed, the first of equals', () => {
    const local = (hex: string) =>
      parseProcNetUdp(` 1: ${hex}:1800 ${'0'.repeat(32)}:0000 07 0:0 0:0 0 0 0 5 2 0 0`, {
        family: 6,
        littleEndian: true,
      })[0]?.localAddress;
    expect(local('000080FE0000000000002B1C82710000')).toBe('fe80::1c2b:0:0:7182');
    expect(local('B80D01200000000000000100' + '01000000')).toBe('2001:db8::1:0:0:1');
    expect(local('B80D012001000000020000000300' + '0400')).toBe('2001:db8:0:1:0:2:4:3');
  });

  it('leaves out the header and anything that is not a row, without throwing', () => {
    const hostile = [
      '',
      'sl local_address',
      ' 1: ZZZZZZZZ:0001 00000000:0000 07 0 0 0 0 0 1',
      ' 2: 0100007F:1771',
      '\u0000\uffff',
    ].join('\n');
    expect(parseProcNetUdp(hostile, { family: 4, littleEndian: true })).toEqual([]);
    expect(
      parseProcNetUdp(fixture('proc-net-udp6.txt'), { family: 4, littleEndian: true }),
    ).toEqual([]);
  });
});

describe('socketInodeOfLink', () => {
  it('takes the inode out of a socket link and nothing else', () => {
    expect(socketInodeOfLink('socket:[14835]')).toBe(14835);
    expect(socketInodeOfLink('pipe:[14835]')).toBeNull();
    expect(socketInodeOfLink('/dev/null')).toBeNull();
  });
});
