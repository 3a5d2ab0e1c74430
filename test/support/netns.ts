// Network namespaces for tests: the real profile (Librestream's, Apple's and Google's own
// addresses) may only ever run inside one, never on this machine's own network, which has
// a route out (ARCHITECTURE.md, "Safety on development machines").
import { execFileSync, spawn, type SpawnOptions } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';

export interface Namespace {
  name: string;
  /** Runs a command inside the namespace and collects its output. */
  exec(
    command: string,
    args: readonly string[],
    options?: { timeoutMs?: number; env?: NodeJS.ProcessEnv },
  ): Promise<ExecResult>;
  remove(): void;
}

export interface ExecResult {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
  durationMs: number;
  /**
   * From the last output on stdout (a CLI's verdict or JSON) to the process's exit, in ms;
   * null when it printed nothing.
   */
  exitAfterOutputMs: number | null;
}

/** An empty namespace: loopback up, nothing else, no route anywhere. */
export function createEmptyNamespace(prefix = 'nc-empty'): Namespace {
  const name = `${prefix}-${randomBytes(3).toString('hex')}`;
  execFileSync('ip', ['netns', 'add', name]);
  execFileSync('ip', ['-n', name, 'link', 'set', 'lo', 'up']);
  return {
    name,
    exec: (command, args, options = {}) => execIn(name, command, args, options),
    remove: () => execFileSync('ip', ['netns', 'delete', name]),
  };
}

/** An address inside the namespace whose port 53 swallows every query. */
export const SILENT_DNS = '198.18.53.53';

/**
 * An empty namespace whose only DNS server never answers (the networks this tool meets):
 * `ip netns exec` mounts /etc/netns/<name>/{resolv.conf,hosts} over /etc. `hosts` replaces
 * /etc/hosts when given. remove() also removes those files.
 */
export function createSilentDnsNamespace(
  prefix: string,
  { hosts }: { hosts?: string } = {},
): Namespace {
  const ns = createEmptyNamespace(prefix);
  const inNs = (...args: string[]) => execFileSync('ip', ['netns', 'exec', ns.name, ...args]);
  execFileSync('ip', ['-n', ns.name, 'addr', 'add', `${SILENT_DNS}/32`, 'dev', 'lo']);
  inNs('nft', 'add', 'table', 'inet', 'silent');
  inNs('nft', 'add', 'chain', 'inet', 'silent', 'in', '{ type filter hook input priority 0; }');
  inNs('nft', 'add', 'rule', 'inet', 'silent', 'in', 'udp', 'dport', '53', 'drop');
  inNs('nft', 'add', 'rule', 'inet', 'silent', 'in', 'tcp', 'dport', '53', 'drop');
  const etc = `/etc/netns/${ns.name}`;
  mkdirSync(etc, { recursive: true });
  writeFileSync(`${etc}/resolv.conf`, `nameserver ${SILENT_DNS}\n`);
  if (hosts !== undefined) writeFileSync(`${etc}/hosts`, hosts);
  return {
    ...ns,
    remove: () => {
      ns.remove();
      rmSync(etc, { recursive: true, force: true });
      if (readdirSync('/etc/netns').length === 0) rmSync('/etc/netns', { recursive: true });
    },
  };
}

export function execIn(
  namespace: string,
  command: string,
  args: readonly string[],
  { timeoutMs = 30_000, env }: { timeoutMs?: number; env?: NodeJS.ProcessEnv } = {},
): Promise<ExecResult> {
  const started = performance.now();
  const options: SpawnOptions = { stdio: ['ignore', 'pipe', 'pipe'], env: env ?? process.env };
  const child = spawn('ip', ['netns', 'exec', namespace, command, ...args], options);
  let stdout = '';
  let stderr = '';
  let lastOutput: number | null = null;
  let exited = 0;
  child.stdout!.on('data', (chunk: Buffer) => {
    stdout += chunk.toString();
    lastOutput = performance.now();
  });
  child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  child.on('exit', () => (exited = performance.now()));
  const killer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code, signal) => {
      clearTimeout(killer);
      resolve({
        code,
        signal,
        stdout,
        stderr,
        durationMs: Math.round(performance.now() - started),
        exitAfterOutputMs: lastOutput === null ? null : Math.round(exited - lastOutput),
      });
    });
  });
}
