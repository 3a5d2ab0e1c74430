// "This computer and network": OS, interfaces, default gateway and DNS servers.
import { getServers } from 'node:dns';
import os from 'node:os';
import si from 'systeminformation';
import type { HostInfo } from '../../common/results/schema';

/** systeminformation shells out on some platforms; never let it hold up a run. */
const HOST_INFO_BUDGET_MS = 3000;

async function withinBudget<T>(work: Promise<T>, fallback: T): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<T>((resolve) => {
    timer = setTimeout(() => resolve(fallback), HOST_INFO_BUDGET_MS);
  });
  try {
    return await Promise.race([work.catch(() => fallback), late]);
  } finally {
    clearTimeout(timer);
  }
}

export async function collectHostInfo({ includeIdentity = true } = {}): Promise<HostInfo> {
  const [osInfo, interfaces, gateway] = await Promise.all([
    withinBudget(si.osInfo(), null),
    withinBudget(si.networkInterfaces(), []),
    withinBudget(si.networkGatewayDefault(), ''),
  ]);
  const list = Array.isArray(interfaces) ? interfaces : [interfaces];
  return {
    os: osInfo
      ? `${osInfo.distro} ${osInfo.release} (${osInfo.platform}, ${osInfo.arch})`
      : `${os.type()} ${os.release()}`,
    ...(includeIdentity ? { hostname: os.hostname(), user: os.userInfo().username } : {}),
    interfaces: list
      .filter((i) => !i.internal && (i.ip4 || i.ip6))
      .map((i) => ({
        name: i.iface,
        ...(i.type ? { type: i.type } : {}),
        ...(i.ip4 ? { ipv4: i.ip4 } : {}),
        ...(i.ip6 ? { ipv6: i.ip6 } : {}),
        default: i.default,
      })),
    defaultGateway: gateway || null,
    dnsServers: getServers(),
  };
}
