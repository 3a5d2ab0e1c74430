// Putting Node's addresses and one OS's readings together: the same rules on every OS.
import type { NetworkInterfaceInfo } from 'node:os';
import { describe, expect, it } from 'vitest';
import { assembleNetwork } from '../../../../main/engine/host-network/facts';

const v4 = (address: string, internal = false): NetworkInterfaceInfo => ({
  address,
  netmask: '255.255.255.0',
  family: 'IPv4',
  mac: '00:00:00:00:00:00',
  internal,
  cidr: `${address}/24`,
});
const v6 = (address: string): NetworkInterfaceInfo => ({
  address,
  netmask: 'ffff:ffff:ffff:ffff::',
  family: 'IPv6',
  mac: '00:00:00:00:00:00',
  internal: false,
  cidr: `${address}/64`,
  scopeid: 0,
});

describe('assembleNetwork', () => {
  // A Mac on Wi-Fi with a VPN up (utun4) and the system's own utun0 (link-local only).
  const mac = {
    lo0: [v4('127.0.0.1', true)],
    en0: [v6('fe80::1c2b:3d4e:5f60:7182'), v6('2a02:8108:1140:7e00::42'), v4('192.168.1.42')],
    utun0: [v6('fe80::aa:bb')],
    utun4: [v4('10.44.12.87')],
  };

  it('marks the default route, names kinds and the Wi-Fi, keeps the global IPv6 address', () => {
    const network = assembleNetwork(
      mac,
      {
        interfaces: { en0: { kind: 'wifi', wifiName: 'Plant 3 Floor' } },
        routesKnown: true,
        ipv4Route: { interface: 'en0', gateway: '192.168.1.1' },
        ipv6Route: { interface: 'en0', gateway: 'fe80::1' },
        dnsServers: ['192.168.1.1'],
      },
      ['127.0.0.53'],
    );
    expect(network.interfaces).toEqual([
      {
        name: 'en0',
        type: 'wifi',
        wifiName: 'Plant 3 Floor',
        ipv4: '192.168.1.42',
        ipv6: '2a02:8108:1140:7e00::42',
        default: true,
      },
      { name: 'utun0', type: 'tunnel', ipv6: 'fe80::aa:bb', default: false },
      { name: 'utun4', type: 'tunnel', ipv4: '10.44.12.87', default: false },
    ]);
    expect(network.defaultGateway).toBe('192.168.1.1');
    // The OS's own resolver list wins over what Node read.
    expect(network.dnsServers).toEqual(['192.168.1.1']);
    // utun0 has a link-local address only: not a VPN. utun4 is up, but not the default route.
    expect(network.vpn).toEqual({ interfaces: ['utun4'], defaultRoute: false });
    expect(network.families).toEqual({
      ipv4: { address: true, defaultRoute: true },
      ipv6: { address: true, defaultRoute: true },
    });
  });

  it('says the check ran through the VPN when the default route goes out there', () => {
    const network = assembleNetwork(
      mac,
      { interfaces: {}, routesKnown: true, ipv4Route: { interface: 'utun4', gateway: null } },
      ['10.40.0.10'],
    );
    expect(network.vpn).toEqual({ interfaces: ['utun4'], defaultRoute: true });
    expect(network.interfaces.find((i) => i.default)?.name).toBe('utun4');
    expect(network.defaultGateway).toBeNull();
    expect(network.dnsServers).toEqual(['10.40.0.10']);
    expect(network.families?.ipv6).toEqual({ address: true, defaultRoute: false });
  });

  it('an IPv6-only network: no IPv4 beyond the link (169.254), a global IPv6 and its route', () => {
    const network = assembleNetwork(
      { eth0: [v4('169.254.7.9'), v6('2001:db8:64::15')] },
      { interfaces: {}, routesKnown: true, ipv6Route: { interface: 'eth0', gateway: 'fe80::1' } },
      [],
    );
    expect(network.families).toEqual({
      ipv4: { address: false, defaultRoute: false },
      ipv6: { address: true, defaultRoute: true },
    });
    expect(network.interfaces).toEqual([
      { name: 'eth0', type: 'other', ipv4: '169.254.7.9', ipv6: '2001:db8:64::15', default: true },
    ]);
  });

  it('leaves out VPN and IP versions when the route table could not be read (review of issue 12)', () => {
    const network = assembleNetwork(mac, { interfaces: {}, routesKnown: false }, ['127.0.0.53']);
    expect(network.vpn).toBeUndefined();
    expect(network.families).toBeUndefined();
    expect(network.interfaces.every((i) => !i.default)).toBe(true);
  });
});
