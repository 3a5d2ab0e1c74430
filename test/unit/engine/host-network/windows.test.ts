// Windows readings from captured output (written by hand after real Windows 11 output): a
// laptop on Wi-Fi with Cisco AnyConnect connected, WSL's virtual switch and a cable unplugged.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  parseIpconfigAll,
  parseNetshWlan,
  parseRoutePrint,
  windowsAdapterKind,
  windowsDefaultRoutes,
} from '../../../../main/engine/host-network/windows';

const fixture = (name: string) =>
  readFileSync(join(__dirname, '../../../fixtures/host-network', name), 'utf8');

describe('parseIpconfigAll', () => {
  const adapters = parseIpconfigAll(fixture('windows-ipconfig-all-anyconnect.txt'));

  it('reads one adapter per block, by its friendly name, with its header word', () => {
    expect(adapters.map((a) => [a.name, a.header])).toEqual([
      ['Local Area Connection', 'Unknown'],
      ['Ethernet', 'Ethernet'],
      ['Wi-Fi', 'Wireless LAN'],
      ['vEthernet (WSL)', 'Ethernet'],
    ]);
  });

  it('reads addresses without "(Preferred)", gateways and DNS servers over continuation lines', () => {
    const wifi = adapters.find((a) => a.name === 'Wi-Fi')!;
    expect(wifi.description).toBe('Intel(R) Wi-Fi 6 AX201 160MHz');
    expect(wifi.ipv4).toEqual(['192.168.178.23']);
    expect(wifi.gateways).toEqual(['fe80::1', '192.168.178.1']);
    expect(wifi.dnsServers).toEqual(['192.168.178.1', 'fd00::1']);
    expect(wifi.connected).toBe(true);
    const vpn = adapters.find((a) => a.name === 'Local Area Connection')!;
    expect(vpn.ipv4).toEqual(['10.44.12.87']);
    expect(vpn.dnsServers).toEqual(['10.40.0.10', '10.40.0.11']);
  });

  it('marks an unplugged cable as not connected', () => {
    const cable = adapters.find((a) => a.name === 'Ethernet')!;
    expect(cable.connected).toBe(false);
    expect(cable.ipv4).toEqual([]);
  });

  it('names each kind: AnyConnect a tunnel, Wi-Fi, Hyper-V virtual, the Intel NIC wired', () => {
    expect(adapters.map((a) => [a.name, windowsAdapterKind(a)])).toEqual([
      ['Local Area Connection', 'tunnel'],
      ['Ethernet', 'wired'],
      ['Wi-Fi', 'wifi'],
      ['vEthernet (WSL)', 'other'],
    ]);
  });

  it('knows VPN drivers by their descriptions whatever the header says', () => {
    const adapter = (header: string, description: string) => ({
      name: 'x',
      header,
      description,
      ipv4: [],
      gateways: [],
      dnsServers: [],
      connected: true,
    });
    expect(windowsAdapterKind(adapter('Ethernet', 'TAP-Windows Adapter V9'))).toBe('tunnel');
    expect(windowsAdapterKind(adapter('Unknown', 'WireGuard Tunnel'))).toBe('tunnel');
    expect(windowsAdapterKind(adapter('Ethernet', 'PANGP Virtual Ethernet Adapter'))).toBe(
      'tunnel',
    );
    expect(windowsAdapterKind(adapter('PPP', 'WAN Miniport (IKEv2)'))).toBe('tunnel');
    expect(
      windowsAdapterKind(adapter('Mobile Broadband', 'Generic Mobile Broadband Adapter')),
    ).toBe('cellular');
  });
});

describe('parseRoutePrint and windowsDefaultRoutes', () => {
  const routes = parseRoutePrint(fixture('windows-route-print-anyconnect.txt'));
  const adapters = parseIpconfigAll(fixture('windows-ipconfig-all-anyconnect.txt'));

  it('takes the default route with the lowest metric: through the VPN (2), not Wi-Fi (35)', () => {
    expect(routes.ipv4).toEqual({ gateway: '10.44.12.1', localAddress: '10.44.12.87' });
    expect(routes.ipv6).toEqual({ gateway: 'fe80::1', index: 12 });
    expect(routes.interfaces.get(12)).toBe('Intel(R) Wi-Fi 6 AX201 160MHz');
  });

  it('names the adapters of both default routes', () => {
    expect(windowsDefaultRoutes(routes, adapters)).toEqual({
      ipv4Route: { interface: 'Local Area Connection', gateway: '10.44.12.1' },
      ipv6Route: { interface: 'Wi-Fi', gateway: 'fe80::1' },
    });
  });

  it('gives no route from output it cannot read (another language, a failed command)', () => {
    expect(windowsDefaultRoutes(parseRoutePrint(''), adapters)).toEqual({});
  });
});

describe('parseNetshWlan', () => {
  it('takes the SSID (a colon in it included), not the BSSID', () => {
    expect(parseNetshWlan(fixture('windows-netsh-wlan.txt'))).toEqual({
      'Wi-Fi': 'Site Guest: 2.4 GHz',
    });
  });

  it('says nothing when the WLAN service is off', () => {
    expect(parseNetshWlan('The Wireless AutoConfig Service (wlansvc) is not running.\r\n')).toEqual(
      {},
    );
  });
});
