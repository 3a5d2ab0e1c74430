// "This computer and network": OS, interfaces and their kinds, the default route, a VPN,
// the address families and DNS servers: which network was tested (issue 12, part 7).
// Nothing here blocks the event loop: systeminformation's networkInterfaces() ran execSync
// once per interface (about 35 ms each; netstat, ipconfig and netsh on Windows), and every
// probe's timer ran on meanwhile, into the reported round trips.
import { execFile } from 'node:child_process';
import { getServers } from 'node:dns';
import { readFile } from 'node:fs/promises';
import os from 'node:os';
import { promisify } from 'node:util';
import type { HostInfo } from '../../common/results/schema';
import { assembleNetwork, type PlatformFacts } from './host-network/facts';
import { gatherPlatformFacts } from './host-network/gather';
import { afterStarts } from './net/turns';

/** The OS's tools run with time limits of their own; the whole never holds up a run longer. */
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

/**
 * Waits until no network start is queued (net/turns.ts), so that a caller that starts it
 * beside a run (RunSettings.host) lets the probes' first packets go out, and their first
 * answers be read, before any of this work.
 */
export async function collectHostInfo({ includeIdentity = true } = {}): Promise<HostInfo> {
  await afterStarts();
  const addresses = os.networkInterfaces();
  const [osText, facts] = await Promise.all([
    osDescription(),
    // Past the budget nothing of the route table is known: the facts that need it are left out.
    withinBudget<PlatformFacts>(gatherPlatformFacts(process.platform, Object.keys(addresses)), {
      interfaces: {},
      routesKnown: false,
    }),
  ]);
  return {
    os: osText,
    ...(includeIdentity ? { hostname: os.hostname(), user: os.userInfo().username } : {}),
    ...assembleNetwork(addresses, facts, getServers()),
  };
}
