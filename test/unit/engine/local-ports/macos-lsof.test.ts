// `lsof -nP +c 0 -iUDP:6000-6200` as macOS prints it (fixture written in its exact format).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseLsofUdp } from '../../../../main/engine/local-ports/macos-lsof';

const fixture = readFileSync(
  new URL('../../../fixtures/local-ports/macos-lsof-udp.txt', import.meta.url),
  'utf8',
);

describe('parseLsofUdp', () => {
  it('reads command, pid and the local endpoint of every UDP row', () => {
    expect(parseLsofUdp(fixture)).toEqual([
      { address: '*', port: 6001, pid: 512, process: 'rapportd' },
      { address: '*', port: 6001, pid: 512, process: 'rapportd' },
      { address: '*', port: 6010, pid: 4321, process: 'Microsoft Teams' },
      { address: '192.168.1.23', port: 6011, pid: 4321, process: 'Microsoft Teams' },
      { address: '127.0.0.1', port: 6150, pid: 7788, process: 'zoom.us' },
      { address: '::1', port: 6199, pid: 12345, process: 'node' },
    ]);
  });

  it('reads nothing from empty output (lsof exits 1 when no socket matches) or from garbage', () => {
    expect(parseLsofUdp('')).toEqual([]);
    expect(
      parseLsofUdp(
        'COMMAND PID USER FD TYPE DEVICE SIZE/OFF NODE NAME\nx y UDP\nnode 12 u 3u IPv4 0x1 0t0 UDP *:99999\n',
      ),
    ).toEqual([]);
  });
});
