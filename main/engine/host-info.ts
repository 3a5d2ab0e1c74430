// "This computer and network": OS, interfaces, default gateway and DNS servers.
import { execFile } from 'node:child_process';
import { getServers } from 'node:dns';
import { readFile } from 'node:fs/promises';
import os from 'node:os';
import { promisify } from 'node:util';
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

/**
 * "Debian GNU/Linux 12 (bookworm) (linux, x64)". Not systeminformation's osInfo(): on Linux
 * and macOS it runs `hostname -f` with execSync, which freezes the whole process (the app's
 * window, every probe's timers) for as long as a silent DNS server keeps that lookup waiting
 * (10 s with glibc's defaults), on exactly the networks this tool is run on.
 */
async function osDescription(): Promise<string> {
  const platform = `(${process.platform}, ${os.arch()})`;
  if (process.platform === 'linux') {
    const text = await readFile('/etc/os-release', 'utf8').catch(() => '');
    const pretty = /^PRETTY_NAME="?([^"\n]*?)"?$/m.exec(text)?.[1];
    if (pretty) return `${pretty} ${platform}`;
  }
  if (process.platform === 'darwin') {
    const version = await promisify(execFile)('sw_vers', ['-productVersion'], {
      timeout: HOST_INFO_BUDGET_MS,
    }).then(
      ({ stdout }) => stdout.trim(),
      () => '',
    );
    if (version) return `macOS ${version} ${platform}`;
  }
  // Windows names its edition here ("Windows 11 Pro"); elsewhere the kernel's build string.
  return `${os.version()} ${os.release()} ${platform}`;
}

export async function collectHostInfo({ includeIdentity = true } = {}): Promise<HostInfo> {
  const [osText, interfaces, gateway] = await Promise.all([
    osDescription(),
    withinBudget(si.networkInterfaces(), []),
    withinBudget(si.networkGatewayDefault(), ''),
  ]);
  const list = Array.isArray(interfaces) ? interfaces : [interfaces];
  return {
    os: osText,
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
