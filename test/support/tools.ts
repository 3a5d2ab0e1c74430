// What tests need from the machine (servers, root, Chromium, Electron), found before anything
// is spawned. A test file declares it with `describe(name, needs('turnserver'), ...)`: where a
// tool is missing the suite is skipped and its tests carry the missing names in their meta,
// so the skip-summary reporter can say what did not run, why, and fail the run in CI.
import { execFileSync } from 'node:child_process';
import { accessSync, constants, existsSync, readFileSync } from 'node:fs';
import { delimiter, join, resolve } from 'node:path';
import type { SuiteOptions } from 'vitest';

declare module 'vitest' {
  interface TaskMeta {
    /** The tools this test needs that this machine lacks (set by needs()). */
    missingTools?: ToolName[];
  }
}

/** An executable of that name on PATH (its full path), found without running it. */
export function which(name: string): string | undefined {
  for (const dir of (process.env.PATH ?? '').split(delimiter)) {
    if (!dir) continue;
    const candidate = join(dir, name);
    try {
      accessSync(candidate, constants.X_OK);
      return candidate;
    } catch {
      // not here: try the next folder
    }
  }
  return undefined;
}

export const KAMAILIO_MODULES = '/usr/lib/x86_64-linux-gnu/kamailio/modules/';
export const SQUID_HELPERS = '/usr/lib/squid';
const ELECTRON_DIR = resolve(__dirname, '../../node_modules/electron');

/** The binary `npm install electron` would have put in dist/, named by path.txt. */
export function electronBinary(): string | undefined {
  const pathFile = join(ELECTRON_DIR, 'path.txt');
  if (!existsSync(pathFile)) return undefined;
  const binary = join(ELECTRON_DIR, 'dist', readFileSync(pathFile, 'utf8').trim());
  return existsSync(binary) ? binary : undefined;
}

/** Root and a working `ip netns`: what creating a network namespace takes. */
function namespacesWork(): boolean {
  const ip = which('ip');
  if (process.getuid?.() !== 0 || !ip) return false;
  try {
    execFileSync(ip, ['netns', 'list'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

interface Tool {
  present(): boolean;
  /** Where it comes from, for the summary: the Debian package, or what to do. */
  source: string;
}

export const TOOLS = {
  root: { present: namespacesWork, source: 'root and iproute2, for network namespaces' },
  nft: { present: () => which('nft') !== undefined, source: 'Debian package nftables' },
  turnserver: { present: () => which('turnserver') !== undefined, source: 'Debian package coturn' },
  kamailio: {
    present: () => which('kamailio') !== undefined && existsSync(join(KAMAILIO_MODULES, 'tls.so')),
    source: 'Debian packages kamailio, kamailio-tls-modules',
  },
  squid: {
    present: () =>
      which('squid') !== undefined && existsSync(join(SQUID_HELPERS, 'security_file_certgen')),
    source: 'Debian package squid-openssl',
  },
  nginx: { present: () => which('nginx') !== undefined, source: 'Debian package nginx-light' },
  dnsmasq: { present: () => which('dnsmasq') !== undefined, source: 'Debian package dnsmasq-base' },
  openssl: { present: () => which('openssl') !== undefined, source: 'Debian package openssl' },
  chromium: { present: () => which('chromium') !== undefined, source: 'Debian package chromium' },
  tmux: {
    present: () => which('tmux') !== undefined,
    source: 'Debian package tmux (a pseudo-terminal of a chosen size, and its screen)',
  },
  python3: {
    present: () => which('python3') !== undefined,
    source: 'Debian package python3 (holds a tun device open, as a VPN client does)',
  },
  electron: {
    present: () => electronBinary() !== undefined,
    source: 'the Electron binary, which npm ci downloads where it can reach the internet',
  },
} satisfies Record<string, Tool>;

export type ToolName = keyof typeof TOOLS;

/** The only skip CI accepts: no machine of ours can download Electron. */
export const SKIP_ALLOWED_IN_CI: readonly ToolName[] = ['electron'];

const found = new Map<ToolName, boolean>();

/** The named tools this machine lacks (each looked up once per test file). */
export function missingTools(tools: readonly ToolName[]): ToolName[] {
  return tools.filter((tool) => {
    if (!found.has(tool)) found.set(tool, TOOLS[tool].present());
    return !found.get(tool);
  });
}

/** Suite or test options: skipped, and saying why, when any of `tools` is missing. */
export function needs(...tools: ToolName[]): SuiteOptions {
  const missing = missingTools(tools);
  return missing.length === 0 ? {} : { skip: true, meta: { missingTools: missing } };
}

/** The full path of a tool the caller needs, or an error naming where it comes from. */
export function toolPath(name: 'turnserver' | 'kamailio' | 'squid'): string {
  const path = which(name);
  if (!path) throw new Error(`${name} is not on PATH (${TOOLS[name].source})`);
  return path;
}
