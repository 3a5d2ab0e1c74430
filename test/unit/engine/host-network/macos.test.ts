// macOS readings from captured output (written by hand after real macOS 14 and 15 output).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  parseAirportNetwork,
  parseHardwarePorts,
  parseIpconfigSummary,
  parseRouteGet,
  parseScutilDns,
} from '../../../../main/engine/host-network/macos';

const fixture = (name: string) =>
  readFileSync(join(__dirname, '../../../fixtures/host-network', name), 'utf8');

describe('parseRouteGet', () => {
  it('reads the interface and gateway of the default route', () => {
    expect(parseRouteGet(fixture('macos-route-get-default-wifi.txt'))).toEqual({
      interface: 'en0',
      gateway: '192.168.1.1',
    });
  });

  it("reads a VPN's default route: its utun interface, no gateway", () => {
    expect(parseRouteGet(fixture('macos-route-get-default-utun.txt'))).toEqual({
      interface: 'utun4',
      gateway: null,
    });
  });

  it('drops the scope from an IPv6 gateway, and reads "not in table" as no route', () => {
    expect(parseRouteGet(fixture('macos-route-get-inet6-wifi.txt'))).toEqual({
      interface: 'en0',
      gateway: 'fe80::1',
    });
    expect(parseRouteGet(fixture('macos-route-get-inet6-none.txt'))).toBeUndefined();
  });
});

describe('parseHardwarePorts', () => {
  it('names each device by its port: Wi-Fi, wired adapters, a tethered iPhone, bridges apart', () => {
    expect(parseHardwarePorts(fixture('macos-hardware-ports.txt'))).toEqual({
      en4: 'wired',
      bridge0: 'other',
      en0: 'wifi',
      en7: 'wired',
      en8: 'cellular',
      en1: 'other',
    });
  });
});

describe('the Wi-Fi network name', () => {
  it('comes from ipconfig getsummary (macOS 14.4 and later)', () => {
    expect(parseIpconfigSummary(fixture('macos-ipconfig-getsummary-en0.txt'))).toBe(
      'Plant 3 Floor',
    );
  });

  it('is absent when macOS withholds it (<redacted>)', () => {
    expect(parseIpconfigSummary(fixture('macos-ipconfig-getsummary-redacted.txt'))).toBeUndefined();
  });

  it('comes from networksetup on older systems, and is absent when not associated', () => {
    expect(parseAirportNetwork(fixture('macos-airport-associated.txt'))).toBe('Plant 3 Floor');
    expect(parseAirportNetwork(fixture('macos-airport-not-associated.txt'))).toBeUndefined();
  });
});

describe('parseScutilDns', () => {
  it("lists every resolver's servers once, the VPN's first as macOS orders them", () => {
    expect(parseScutilDns(fixture('macos-scutil-dns.txt'))).toEqual([
      '10.40.0.10',
      '10.40.0.11',
      '192.168.1.1',
    ]);
  });
});
