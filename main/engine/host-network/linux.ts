// Linux readings of the network, from files the kernel keeps (no child process, no stall):
// /proc/net/route, /proc/net/ipv6_route and /sys/class/net/<if>/. Pure parsers only.
import type { InterfaceKind } from '../../../common/results/schema';
import { isTunnelName, type DefaultRoute } from './facts';

/** RTF_UP and RTF_REJECT (linux/route.h). */
const RTF_UP = 0x0001;
const RTF_REJECT = 0x0200;

/** "0101A8C0" (little-endian hex, as /proc/net/route writes it) → "192.168.1.1". */
function ipv4OfHex(hex: string): string {
  const n = Number.parseInt(hex, 16);
  return [n & 0xff, (n >>> 8) & 0xff, (n >>> 16) & 0xff, n >>> 24].join('.');
}

/** The default IPv4 route with the lowest metric: columns Iface Destination Gateway Flags … Metric Mask. */
export function parseProcNetRoute(text: string): DefaultRoute | undefined {
  let best: (DefaultRoute & { metric: number }) | undefined;
  for (const line of text.split('\n').slice(1)) {
    const [iface, destination, gateway, flags, , , metric, mask] = line.trim().split(/\s+/);
    if (!iface || destination !== '00000000' || mask !== '00000000') continue;
    if ((Number.parseInt(flags ?? '0', 16) & RTF_UP) === 0) continue;
    const value = Number(metric);
    if (best && best.metric <= value) continue;
    best = {
      interface: iface,
      gateway: gateway === '00000000' ? null : ipv4OfHex(gateway!),
      metric: value,
    };
  }
  return best && { interface: best.interface, gateway: best.gateway };
}

/** "fe800000000000000000000000000001" → "fe80::1" (the shortest form is not needed here). */
function ipv6OfHex(hex: string): string {
  const groups = hex.match(/.{4}/g)!.map((g) => Number.parseInt(g, 16).toString(16));
  return groups.join(':').replace(/(^|:)0(:0)+(:|$)/, '::');
}

/**
 * The default IPv6 route (::/0) with the lowest metric. The kernel lists an unreachable ::/0
 * on `lo` (flags RTF_REJECT) when there is none: that is no route.
 */
export function parseProcIpv6Route(text: string): DefaultRoute | undefined {
  let best: (DefaultRoute & { metric: number }) | undefined;
  for (const line of text.split('\n')) {
    const fields = line.trim().split(/\s+/);
    if (fields.length < 10) continue;
    const [destination, prefix, , , nextHop, metric, , , flags, iface] = fields;
    if (!/^0{32}$/.test(destination!) || prefix !== '00' || iface === 'lo') continue;
    const flagBits = Number.parseInt(flags!, 16);
    if ((flagBits & RTF_UP) === 0 || (flagBits & RTF_REJECT) !== 0) continue;
    const value = Number.parseInt(metric!, 16);
    if (best && best.metric <= value) continue;
    best = {
      interface: iface!,
      gateway: /^0{32}$/.test(nextHop!) ? null : ipv6OfHex(nextHop!),
      metric: value,
    };
  }
  return best && { interface: best.interface, gateway: best.gateway };
}

export interface SysfsInterface {
  name: string;
  /** /sys/class/net/<if>/type: ARPHRD_* (linux/if_arp.h). */
  type: number | undefined;
  /** /sys/class/net/<if>/uevent, for its DEVTYPE line. */
  uevent: string;
  /** /sys/class/net/<if>/wireless or phy80211 exists. */
  wireless: boolean;
  /** /sys/class/net/<if>/device exists: a physical device, not a bridge, veth or dummy. */
  physical: boolean;
}

/** ARPHRD_PPP, _TUNNEL (ipip), _SIT, _IPGRE, _IP6GRE, _NONE (tun, WireGuard). */
const TUNNEL_TYPES = new Set([512, 768, 776, 778, 823, 65534]);

export function linuxInterfaceKind(i: SysfsInterface): InterfaceKind {
  const devtype = /^DEVTYPE=(\S+)$/m.exec(i.uevent)?.[1];
  if (i.wireless || devtype === 'wlan') return 'wifi';
  if (devtype === 'wwan' || /^wwan/.test(i.name)) return 'cellular';
  if (devtype === 'wireguard' || (i.type !== undefined && TUNNEL_TYPES.has(i.type)))
    return 'tunnel';
  if (isTunnelName(i.name)) return 'tunnel';
  // ARPHRD_ETHER on a real device; bridges, veth pairs and dummies are Ethernet too, but virtual.
  if (i.type === 1 && i.physical && devtype === undefined) return 'wired';
  return 'other';
}

/** `iw dev <if> link`: "Connected to …\n\tSSID: Office" or "Not connected.". */
export function parseIwLink(text: string): string | undefined {
  return /^\s*SSID: (.+)$/m.exec(text)?.[1]?.trim() || undefined;
}

/** `nmcli -t -f ACTIVE,SSID device wifi list ifname <if> --rescan no`: "yes:Office" (":" as "\:"). */
export function parseNmcliWifi(text: string): string | undefined {
  const line = text.split('\n').find((l) => l.startsWith('yes:'));
  const ssid = line?.slice(4).replace(/\\:/g, ':').replace(/\\\\/g, '\\').trim();
  return ssid || undefined;
}
