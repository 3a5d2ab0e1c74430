// Linux readings of /proc and /sys (texts written by hand in the kernel's formats).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  linuxInterfaceKind,
  parseIwLink,
  parseNmcliWifi,
  parseProcIpv6Route,
  parseProcNetRoute,
} from '../../../../main/engine/host-network/linux';

const fixture = (name: string) =>
  readFileSync(join(__dirname, '../../../fixtures/host-network', name), 'utf8');

describe('parseProcNetRoute', () => {
  it('takes the default route with the lowest metric: the VPN (50) over Wi-Fi (600)', () => {
    expect(parseProcNetRoute(fixture('linux-proc-net-route.txt'))).toEqual({
      interface: 'tun0',
      gateway: null,
    });
  });

  it('reads the little-endian gateway of the only default route', () => {
    const onlyWifi = fixture('linux-proc-net-route.txt')
      .split('\n')
      .filter((line) => !line.startsWith('tun0'))
      .join('\n');
    expect(parseProcNetRoute(onlyWifi)).toEqual({ interface: 'wlp2s0', gateway: '192.168.1.1' });
  });

  it('has no route without a default line', () => {
    expect(parseProcNetRoute('Iface\tDestination\tGateway\n')).toBeUndefined();
  });
});

describe('parseProcIpv6Route', () => {
  it('takes ::/0 through the router, not the unreachable one the kernel puts on lo', () => {
    expect(parseProcIpv6Route(fixture('linux-proc-ipv6-route.txt'))).toEqual({
      interface: 'wlp2s0',
      gateway: 'fe80::1',
    });
  });

  it('has no IPv6 default route when only the unreachable one is listed', () => {
    expect(parseProcIpv6Route(fixture('linux-ipv6-route-unreachable-only.txt'))).toBeUndefined();
  });
});

describe('linuxInterfaceKind', () => {
  const sysfs = (over: Partial<Parameters<typeof linuxInterfaceKind>[0]>) => ({
    name: 'x',
    type: 1,
    uevent: '',
    wireless: false,
    physical: true,
    ...over,
  });

  it('tells Wi-Fi, wired, cellular, tunnels and virtual links apart', () => {
    expect(linuxInterfaceKind(sysfs({ name: 'wlp2s0', wireless: true }))).toBe('wifi');
    expect(linuxInterfaceKind(sysfs({ name: 'enp0s31f6' }))).toBe('wired');
    expect(linuxInterfaceKind(sysfs({ name: 'wwan0', uevent: 'DEVTYPE=wwan\n' }))).toBe('cellular');
    expect(linuxInterfaceKind(sysfs({ name: 'tun0', type: 65534, physical: false }))).toBe(
      'tunnel',
    );
    expect(
      linuxInterfaceKind(sysfs({ name: 'wg0', type: 65534, uevent: 'DEVTYPE=wireguard\n' })),
    ).toBe('tunnel');
    expect(linuxInterfaceKind(sysfs({ name: 'ppp0', type: 512, physical: false }))).toBe('tunnel');
    expect(linuxInterfaceKind(sysfs({ name: 'veth1', physical: false }))).toBe('other');
    expect(
      linuxInterfaceKind(sysfs({ name: 'docker0', uevent: 'DEVTYPE=bridge\n', physical: false })),
    ).toBe('other');
  });
});

describe('the Wi-Fi network name', () => {
  it('comes from iw', () => {
    expect(parseIwLink(fixture('linux-iw-link.txt'))).toBe('Plant 3 Floor');
    expect(parseIwLink('Not connected.\n')).toBeUndefined();
  });

  it("comes from nmcli's active line, with its escaped colons", () => {
    expect(parseNmcliWifi('no:Neighbours\nyes:Site\\: Guest\nno:Other\n')).toBe('Site: Guest');
    expect(parseNmcliWifi('no:Neighbours\n')).toBeUndefined();
  });
});
