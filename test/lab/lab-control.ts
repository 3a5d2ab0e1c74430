// The lab from a test file: `lab.mjs up | scenario NAME | down`, the lab's namespaces, and the
// limits every lab run of the CLI uses. One copy for every lab test file.
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import type { ToolName } from '../support/tools';
import { CLIENT_NS, REPO_ROOT, SERVER_NS } from './topology';

const LAB_SCRIPT = join(REPO_ROOT, 'test/lab/lab.mjs');
/**
 * Short enough for the suite to stay well under 3 minutes, long enough for a loaded CI box. A
 * 1 s call-quality burst (50 requests) is enough for X.1 to pass on the clean lab link; its
 * own lab file (call-quality.test.ts) measures longer bursts behind an impairment relay.
 */
export const RUN_LIMITS: readonly string[] = [
  '--timeout-ms',
  '2000',
  '--deadline-ms',
  '10000',
  '--quality-seconds',
  '1',
];

/** What bringing the lab up needs: root for the namespaces, nftables and its real servers. */
export const LAB_TOOLS: readonly ToolName[] = [
  'root',
  'nft',
  'turnserver',
  'kamailio',
  'squid',
  'nginx',
  'dnsmasq',
  'openssl',
];

/** Runs `lab.mjs` with `args`; its stderr becomes the error when it fails. */
export function lab(...args: string[]): string {
  try {
    return execFileSync(process.execPath, [LAB_SCRIPT, ...args], { stdio: 'pipe' }).toString();
  } catch (error) {
    const { stderr } = error as { stderr?: Buffer };
    throw new Error(`lab.mjs ${args.join(' ')} failed: ${stderr?.toString() ?? error}`, {
      cause: error,
    });
  }
}

/** This run's lab namespaces that exist now. */
export function labNamespaces(): string[] {
  return execFileSync('ip', ['netns', 'list'])
    .toString()
    .split('\n')
    .map((line) => line.split(' ')[0]!)
    .filter((name) => name === CLIENT_NS || name === SERVER_NS);
}
