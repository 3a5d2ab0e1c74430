// Which network was tested, in words (issue 12, part 7): one reading of the host section for
// the app's network panel and the reports alike.
import { NETWORK_TEXT } from '../i18n';
import { INTERFACE_KINDS, type HostInfo, type InterfaceKind } from './schema';

const isKind = (type: string): type is InterfaceKind =>
  (INTERFACE_KINDS as readonly string[]).includes(type);

/** An interface's kind in words; also reads results from before issue 12 ("wireless"). */
export function kindWords(type: string | undefined, wifiName?: string): string | null {
  if (type === undefined) return null;
  const kind: string = /^(wireless|wi-?fi|wlan|802\.11)$/i.test(type)
    ? 'wifi'
    : /^(wired|ethernet)$/i.test(type)
      ? 'wired'
      : type;
  if (kind === 'wifi' && wifiName !== undefined) return NETWORK_TEXT.wifiNamed(wifiName);
  return isKind(kind) ? NETWORK_TEXT.kinds[kind] : type;
}

export interface TestedNetwork {
  /** The interface of the default route: its name, and its kind in words. */
  active: { name: string; kind: string | null } | null;
  /** Null when the result predates these facts. */
  vpn: string | null;
  families: string | null;
}

export function testedNetwork(host: HostInfo): TestedNetwork {
  const active = host.interfaces.find((i) => i.default);
  return {
    active: active ? { name: active.name, kind: kindWords(active.type, active.wifiName) } : null,
    vpn: host.vpn
      ? host.vpn.interfaces.length > 0
        ? NETWORK_TEXT.vpnUp(host.vpn.interfaces, host.vpn.defaultRoute)
        : NETWORK_TEXT.vpnNone
      : null,
    families: host.families
      ? NETWORK_TEXT.familyWords(
          host.families.ipv4.address && host.families.ipv4.defaultRoute,
          host.families.ipv6.address && host.families.ipv6.defaultRoute,
        )
      : null,
  };
}
