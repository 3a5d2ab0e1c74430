// macOS readings of the network: parsers of what `route`, `networksetup`, `ipconfig` and
// `scutil` print (gathered asynchronously by gather.ts). Pure functions of the captured text.
import type { InterfaceKind } from '../../../common/results/schema';
import type { DefaultRoute } from './facts';

/** `route -n get default` (or `-inet6 default`): "gateway: 192.168.1.1", "interface: en0". */
export function parseRouteGet(text: string): DefaultRoute | undefined {
  const iface = /^\s*interface:\s*(\S+)/m.exec(text)?.[1];
  if (!iface) return undefined;
  // A VPN's default route points at its utun interface and names no gateway.
  const gateway = /^\s*gateway:\s*(\S+)/m.exec(text)?.[1] ?? null;
  return { interface: iface, gateway: gateway?.replace(/%.*$/, '') ?? null };
}

/** What a hardware port's name says about its link. */
function kindOfPort(port: string): InterfaceKind {
  if (/wi-?fi|airport/i.test(port)) return 'wifi';
  // A phone sharing its connection over USB or Bluetooth carries cellular data.
  if (/iphone|ipad|modem|cellular|wwan|bluetooth pan/i.test(port)) return 'cellular';
  if (/bridge/i.test(port)) return 'other';
  if (/ethernet|lan\b/i.test(port)) return 'wired';
  return 'other';
}

/** `networksetup -listallhardwareports`: "Hardware Port: Wi-Fi\nDevice: en0" blocks. */
export function parseHardwarePorts(text: string): Record<string, InterfaceKind> {
  const kinds: Record<string, InterfaceKind> = {};
  let port: string | undefined;
  for (const line of text.split('\n')) {
    const named = /^Hardware Port:\s*(.+)$/.exec(line.trim());
    if (named) port = named[1];
    const device = /^Device:\s*(\S+)$/.exec(line.trim());
    if (device && port !== undefined) kinds[device[1]!] = kindOfPort(port);
  }
  return kinds;
}

/** Names macOS shows when it withholds the SSID from apps without location access. */
const WITHHELD = /^<?redacted>?$/i;

/** `networksetup -getairportnetwork en0`: "Current Wi-Fi Network: Office". */
export function parseAirportNetwork(text: string): string | undefined {
  const name = /^Current (?:Wi-Fi|AirPort) Network:\s*(.+)$/m.exec(text)?.[1]?.trim();
  return name && !WITHHELD.test(name) ? name : undefined;
}

/** `ipconfig getsummary en0`: "  SSID : Office" (macOS 14.4 and later answer here, not above). */
export function parseIpconfigSummary(text: string): string | undefined {
  const name = /^\s*SSID\s*:\s*(.+)$/m.exec(text)?.[1]?.trim();
  return name && !WITHHELD.test(name) ? name : undefined;
}

/**
 * `scutil --dns`: every "nameserver[n] : address", in order, without repeats. macOS resolves
 * through these (per-domain resolvers of a VPN included), not through /etc/resolv.conf alone.
 */
export function parseScutilDns(text: string): string[] {
  const servers: string[] = [];
  for (const match of text.matchAll(/^\s*nameserver\[\d+\]\s*:\s*(\S+)/gm)) {
    if (!servers.includes(match[1]!)) servers.push(match[1]!);
  }
  return servers;
}
