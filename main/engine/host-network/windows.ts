// Windows readings of the network: parsers of what `ipconfig /all`, `route print` and
// `netsh wlan show interfaces` print (gathered asynchronously by gather.ts). English labels:
// on a Windows in another language the labels differ and these readings come back empty,
// leaving Node's own facts (addresses, DNS servers) in place.
import type { InterfaceKind } from '../../../common/results/schema';
import type { DefaultRoute } from './facts';

export interface WindowsAdapter {
  /** The friendly name, as Node's os.networkInterfaces() names it ("Wi-Fi", "Ethernet 2"). */
  name: string;
  /** The header's word: "Wireless LAN", "Ethernet", "PPP", "Unknown", "Mobile Broadband". */
  header: string;
  description: string;
  ipv4: string[];
  gateways: string[];
  dnsServers: string[];
  connected: boolean;
}

/** "192.168.1.23(Preferred)" → "192.168.1.23"; "fe80::1%12" → "fe80::1". */
const cleanAddress = (value: string) =>
  value
    .replace(/\((?:Preferred|Deprecated|Tentative|Duplicate)\)$/i, '')
    .replace(/%\d+$/, '')
    .trim();

/** `ipconfig /all`: one block per adapter, "   Key . . . : value" lines, extra values indented below. */
export function parseIpconfigAll(text: string): WindowsAdapter[] {
  const adapters: WindowsAdapter[] = [];
  let current: WindowsAdapter | undefined;
  let key = '';
  for (const raw of text.split(/\r?\n/)) {
    const header = /^(\S.*?) adapter (.+):\s*$/.exec(raw);
    if (header) {
      current = {
        name: header[2]!.trim(),
        header: header[1]!.trim(),
        description: '',
        ipv4: [],
        gateways: [],
        dnsServers: [],
        connected: true,
      };
      adapters.push(current);
      key = '';
      continue;
    }
    if (!current || raw.trim() === '') continue;
    // Every key is padded with dots ("IPv4 Address. . . :"): a line without them is a value.
    const field = /^\s+([^:]+?)(?:\s*\.)+\s*:\s*(.*)$/.exec(raw);
    let value: string;
    if (field) {
      key = field[1]!.trim();
      value = field[2]!.trim();
    } else if (/^\s{20,}\S/.test(raw)) {
      value = raw.trim(); // another value of the key above (Default Gateway, DNS Servers)
    } else continue;
    if (key === 'Description') current.description = value;
    else if (key === 'Media State' && /disconnected/i.test(value)) current.connected = false;
    else if (/^(IPv4 Address|IP Address|Autoconfiguration IPv4 Address)$/.test(key) && value)
      current.ipv4.push(cleanAddress(value));
    else if (key === 'Default Gateway' && value) current.gateways.push(cleanAddress(value));
    else if (key === 'DNS Servers' && value) current.dnsServers.push(cleanAddress(value));
  }
  return adapters;
}

/** VPN and tunnel drivers by their adapter descriptions. */
const VPN_DESCRIPTION =
  /vpn|tap-windows|\btap\b|wireguard|wintun|anyconnect|openvpn|fortinet|pangp|globalprotect|juniper|pulse secure|zscaler|nordlynx|sonicwall|checkpoint|f5 /i;
const VIRTUAL_DESCRIPTION = /hyper-v|virtual|vmware|virtualbox|loopback|bluetooth/i;

export function windowsAdapterKind({ header, description }: WindowsAdapter): InterfaceKind {
  if (VPN_DESCRIPTION.test(description)) return 'tunnel';
  if (/^(PPP|Tunnel|Unknown)$/i.test(header)) return 'tunnel';
  if (/^Wireless LAN$/i.test(header)) return 'wifi';
  if (/^Mobile Broadband$/i.test(header)) return 'cellular';
  if (/^Ethernet$/i.test(header)) return VIRTUAL_DESCRIPTION.test(description) ? 'other' : 'wired';
  return 'other';
}

interface RoutePrint {
  /** "12...a4 bb 6d 11 22 33 ......Intel(R) Wi-Fi 6 AX201": interface index → description. */
  interfaces: Map<number, string>;
  /** 0.0.0.0/0 with the lowest metric: gateway and the local address it leaves from. */
  ipv4?: { gateway: string | null; localAddress: string };
  /** ::/0 with the lowest metric: gateway and the interface index. */
  ipv6?: { gateway: string | null; index: number };
}

/** `route print`: the interface list, then the IPv4 and IPv6 route tables. */
export function parseRoutePrint(text: string): RoutePrint {
  const interfaces = new Map<number, string>();
  let ipv4: (RoutePrint['ipv4'] & { metric: number }) | undefined;
  let ipv6: (RoutePrint['ipv6'] & { metric: number }) | undefined;
  for (const raw of text.split(/\r?\n/)) {
    const listed = /^\s*(\d+)\.\.\.(?:[0-9a-f]{2} ?)*\.+(.+)$/i.exec(raw);
    if (listed) interfaces.set(Number(listed[1]), listed[2]!.trim());
    const v4 = /^\s*0\.0\.0\.0\s+0\.0\.0\.0\s+(\S+)\s+(\S+)\s+(\d+)\s*$/.exec(raw);
    if (v4) {
      const metric = Number(v4[3]);
      if (!ipv4 || metric < ipv4.metric) {
        const gateway = v4[1] === 'On-link' ? null : v4[1]!;
        ipv4 = { gateway, localAddress: v4[2]!, metric };
      }
    }
    const v6 = /^\s*(\d+)\s+(\d+)\s+::\/0\s+(\S+)\s*$/.exec(raw);
    if (v6) {
      const metric = Number(v6[2]);
      if (!ipv6 || metric < ipv6.metric) {
        const gateway = v6[3] === 'On-link' ? null : v6[3]!;
        ipv6 = { gateway, index: Number(v6[1]), metric };
      }
    }
  }
  return {
    interfaces,
    ...(ipv4 && { ipv4: { gateway: ipv4.gateway, localAddress: ipv4.localAddress } }),
    ...(ipv6 && { ipv6: { gateway: ipv6.gateway, index: ipv6.index } }),
  };
}

/** The default routes of `route print`, named by adapter (through `ipconfig /all`). */
export function windowsDefaultRoutes(
  routes: RoutePrint,
  adapters: readonly WindowsAdapter[],
): { ipv4Route?: DefaultRoute; ipv6Route?: DefaultRoute } {
  const v4 = routes.ipv4;
  const v4Adapter = v4 && adapters.find((a) => a.ipv4.includes(v4.localAddress));
  const v6 = routes.ipv6;
  const v6Description = v6 && routes.interfaces.get(v6.index);
  const v6Adapter = v6Description && adapters.find((a) => a.description === v6Description);
  return {
    ...(v4Adapter && { ipv4Route: { interface: v4Adapter.name, gateway: v4!.gateway } }),
    ...(v6Adapter && { ipv6Route: { interface: v6Adapter.name, gateway: v6!.gateway } }),
  };
}

/** `netsh wlan show interfaces`: interface name → SSID of the connected network. */
export function parseNetshWlan(text: string): Record<string, string> {
  const names: Record<string, string> = {};
  let name: string | undefined;
  for (const raw of text.split(/\r?\n/)) {
    const field = /^\s+(\S[^:]*?)\s*:\s*(.*)$/.exec(raw);
    if (!field) continue;
    const [, key, value] = field;
    if (key === 'Name') name = value!.trim();
    // "SSID" only: "BSSID" and "AP BSSID" are the access point's hardware address.
    if (key === 'SSID' && name !== undefined && value!.trim()) names[name] = value!.trim();
  }
  return names;
}
