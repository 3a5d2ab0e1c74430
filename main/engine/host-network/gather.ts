// Reads this computer's network facts without blocking the event loop (issue 12): files the
// kernel keeps on Linux, and on macOS and Windows a few child processes run asynchronously
// with time limits, side by side. The parsing lives in linux.ts, macos.ts and windows.ts.
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { InterfaceKind } from '../../../common/results/schema';
import { runCommand } from '../local-ports/run-command';
import type { InterfaceFacts, PlatformFacts } from './facts';
import {
  linuxInterfaceKind,
  parseIwLink,
  parseNmcliWifi,
  parseProcIpv6Route,
  parseProcNetRoute,
} from './linux';
import {
  parseAirportNetwork,
  parseHardwarePorts,
  parseIpconfigSummary,
  parseRouteGet,
  parseScutilDns,
} from './macos';
import {
  parseIpconfigAll,
  parseNetshWlan,
  parseRoutePrint,
  windowsAdapterKind,
  windowsDefaultRoutes,
} from './windows';

/** One command's limit: a tool that hangs must not hold the run's result (or the exit). */
const COMMAND_TIMEOUT_MS = 1500;

/** A command's output, or '' when it is missing, fails or takes too long: a fact left out. */
async function outputOf(file: string, args: readonly string[]): Promise<string> {
  try {
    const { stdout } = await runCommand(file, args, {
      signal: AbortSignal.timeout(COMMAND_TIMEOUT_MS),
      timeoutMs: COMMAND_TIMEOUT_MS,
    });
    return stdout;
  } catch {
    return '';
  }
}

const textOf = (path: string) => readFile(path, 'utf8').catch(() => '');

async function linuxFacts(names: readonly string[]): Promise<PlatformFacts> {
  const [route, route6, interfaces] = await Promise.all([
    textOf('/proc/net/route'),
    textOf('/proc/net/ipv6_route'),
    Promise.all(
      names.map(async (name): Promise<[string, InterfaceFacts]> => {
        const dir = join('/sys/class/net', name);
        // One directory listing answers "wireless", "phy80211" and "device" together.
        const [type, uevent, entries] = await Promise.all([
          textOf(join(dir, 'type')),
          textOf(join(dir, 'uevent')),
          readdir(dir).catch(() => [] as string[]),
        ]);
        const kind = linuxInterfaceKind({
          name,
          type: type.trim() === '' ? undefined : Number(type),
          uevent,
          wireless: entries.includes('wireless') || entries.includes('phy80211'),
          physical: entries.includes('device'),
        });
        if (kind !== 'wifi') return [name, { kind }];
        // The SSID: iw where installed, else NetworkManager's nmcli; neither is required.
        const wifiName =
          parseIwLink(await outputOf('iw', ['dev', name, 'link'])) ??
          parseNmcliWifi(
            await outputOf('nmcli', [
              '-t',
              '-f',
              'ACTIVE,SSID',
              'device',
              'wifi',
              'list',
              'ifname',
              name,
              '--rescan',
              'no',
            ]),
          );
        return [name, { kind, ...(wifiName !== undefined && { wifiName }) }];
      }),
    ),
  ]);
  const ipv4Route = parseProcNetRoute(route);
  const ipv6Route = parseProcIpv6Route(route6);
  return {
    interfaces: Object.fromEntries(interfaces),
    // /proc/net/route always holds its header line when it can be read.
    routesKnown: route !== '',
    ...(ipv4Route && { ipv4Route }),
    ...(ipv6Route && { ipv6Route }),
  };
}

async function macosFacts(): Promise<PlatformFacts> {
  const [route, route6, ports, dns] = await Promise.all([
    outputOf('route', ['-n', 'get', 'default']),
    outputOf('route', ['-n', 'get', '-inet6', 'default']),
    outputOf('networksetup', ['-listallhardwareports']),
    outputOf('scutil', ['--dns']),
  ]);
  const kinds = parseHardwarePorts(ports);
  const interfaces: Record<string, InterfaceFacts> = {};
  await Promise.all(
    Object.entries(kinds).map(async ([device, kind]: [string, InterfaceKind]) => {
      if (kind !== 'wifi') return void (interfaces[device] = { kind });
      // macOS 14.4 and later answer the SSID only in `ipconfig getsummary`.
      const wifiName =
        parseIpconfigSummary(await outputOf('ipconfig', ['getsummary', device])) ??
        parseAirportNetwork(await outputOf('networksetup', ['-getairportnetwork', device]));
      interfaces[device] = { kind, ...(wifiName !== undefined && { wifiName }) };
    }),
  );
  const ipv4Route = parseRouteGet(route);
  const ipv6Route = parseRouteGet(route6);
  return {
    interfaces,
    // `route get default` prints nothing when there is no default route: the tools answered
    // if networksetup did.
    routesKnown: ports !== '',
    ...(ipv4Route && { ipv4Route }),
    ...(ipv6Route && { ipv6Route }),
    dnsServers: parseScutilDns(dns),
  };
}

async function windowsFacts(): Promise<PlatformFacts> {
  const [ipconfig, routes, wlan] = await Promise.all([
    outputOf('ipconfig', ['/all']),
    outputOf('route', ['print']),
    outputOf('netsh', ['wlan', 'show', 'interfaces']),
  ]);
  const adapters = parseIpconfigAll(ipconfig);
  const ssids = parseNetshWlan(wlan);
  const defaults = windowsDefaultRoutes(parseRoutePrint(routes), adapters);
  const interfaces: Record<string, InterfaceFacts> = {};
  for (const adapter of adapters) {
    const wifiName = ssids[adapter.name];
    interfaces[adapter.name] = {
      kind: windowsAdapterKind(adapter),
      ...(wifiName !== undefined && { wifiName }),
    };
  }
  // The default route's adapter answers first: its resolvers are the ones Windows asks.
  const connected = adapters.filter((a) => a.connected);
  const first = connected.find((a) => a.name === defaults.ipv4Route?.interface);
  const dnsServers = [...new Set([first, ...connected].flatMap((a) => a?.dnsServers ?? []))];
  // `route print` always prints its tables; adapters read means ipconfig's labels were known
  // (English Windows: other languages give no adapters, and nothing is guessed).
  const routesKnown = routes.trim() !== '' && adapters.length > 0;
  return { interfaces, routesKnown, ...defaults, dnsServers };
}

/** This OS's readings; interfaces are the names Node's os.networkInterfaces() gives. */
export function gatherPlatformFacts(
  platform: NodeJS.Platform,
  names: readonly string[],
): Promise<PlatformFacts> {
  if (platform === 'linux') return linuxFacts(names);
  if (platform === 'darwin') return macosFacts();
  if (platform === 'win32') return windowsFacts();
  return Promise.resolve({ interfaces: {}, routesKnown: false });
}
