// Which network was tested (issue 12, part 7): the per-OS readings (linux.ts, macos.ts,
// windows.ts) and Node's own list of addresses, put together the same way on every OS.
import type { NetworkInterfaceInfo } from 'node:os';
import type { HostInfo, InterfaceKind } from '../../../common/results/schema';

export interface InterfaceFacts {
  kind?: InterfaceKind;
  wifiName?: string;
}

export interface DefaultRoute {
  interface: string;
  gateway: string | null;
}

/** What one OS told about its interfaces and routes; anything it could not say is absent. */
export interface PlatformFacts {
  interfaces: Record<string, InterfaceFacts>;
  /**
   * The route table could be read. Without it no default route is known either way, and
   * "no VPN" or "no IPv4 beyond this network" would be guesses: they are left out.
   */
  routesKnown: boolean;
  ipv4Route?: DefaultRoute;
  ipv6Route?: DefaultRoute;
  /** The OS's own resolver list, where it has one beyond what Node reads (macOS, Windows). */
  dnsServers?: string[];
}

export type NetworkFacts = Pick<
  HostInfo,
  'interfaces' | 'defaultGateway' | 'dnsServers' | 'vpn' | 'families'
>;

/** VPN clients and point-to-point links, by the names their drivers give (all OSes). */
const TUNNEL_NAME = /^(tun|tap|wg|ppp|utun|ipsec|gpd|nordlynx)\d*/i;

export const isTunnelName = (name: string) => TUNNEL_NAME.test(name);

/** Not loopback and not link-local (169.254/16, RFC 3927): an address that reaches beyond the link. */
const usableIpv4 = (address: string) =>
  !address.startsWith('127.') && !address.startsWith('169.254.');
/** Global unicast, 2000::/3 (RFC 4291 §2.4): not link-local, not unique-local, not loopback. */
export const globalIpv6 = (address: string) => /^[23][0-9a-f]{0,3}:/i.test(address);
const linkLocalIpv6 = (address: string) => /^fe[89ab][0-9a-f]?:/i.test(address);

export function assembleNetwork(
  addresses: NodeJS.Dict<NetworkInterfaceInfo[]>,
  facts: PlatformFacts,
  resolverServers: readonly string[],
): NetworkFacts {
  const { ipv4Route, ipv6Route } = facts;
  const defaultName = ipv4Route?.interface ?? ipv6Route?.interface;
  const interfaces: HostInfo['interfaces'] = [];
  const tunnels: string[] = [];
  let ipv4Address = false;
  let ipv6Address = false;
  for (const [name, list = []] of Object.entries(addresses)) {
    const external = list.filter((a) => !a.internal);
    if (external.length === 0) continue;
    const v4 = external.filter((a) => a.family === 'IPv4').map((a) => a.address);
    const v6 = external.filter((a) => a.family === 'IPv6').map((a) => a.address);
    const own = facts.interfaces[name] ?? {};
    const kind: InterfaceKind = own.kind ?? (isTunnelName(name) ? 'tunnel' : 'other');
    const ipv4 = v4[0];
    const ipv6 = v6.find(globalIpv6) ?? v6[0];
    interfaces.push({
      name,
      type: kind,
      ...(own.wifiName !== undefined && { wifiName: own.wifiName }),
      ...(ipv4 !== undefined && { ipv4 }),
      ...(ipv6 !== undefined && { ipv6 }),
      default: name === defaultName,
    });
    ipv4Address ||= v4.some(usableIpv4);
    ipv6Address ||= v6.some(globalIpv6);
    // macOS keeps utun0..3 up with link-local addresses only (iCloud, Handoff): a tunnel
    // counts as a VPN once it has an address that reaches beyond the link.
    if (kind === 'tunnel' && (v4.some(usableIpv4) || v6.some((a) => !linkLocalIpv6(a))))
      tunnels.push(name);
  }
  const ownServers = facts.dnsServers ?? [];
  return {
    interfaces,
    defaultGateway: ipv4Route?.gateway ?? ipv6Route?.gateway ?? null,
    dnsServers: ownServers.length > 0 ? [...ownServers] : [...resolverServers],
    ...(facts.routesKnown && {
      vpn: {
        interfaces: tunnels,
        defaultRoute: [ipv4Route?.interface, ipv6Route?.interface].some(
          (name) => name !== undefined && tunnels.includes(name),
        ),
      },
      families: {
        ipv4: { address: ipv4Address, defaultRoute: ipv4Route !== undefined },
        ipv6: { address: ipv6Address, defaultRoute: ipv6Route !== undefined },
      },
    }),
  };
}
