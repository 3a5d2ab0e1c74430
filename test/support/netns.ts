// Network namespaces for tests: the real profile (Librestream's, Apple's and Google's own
// addresses) may only ever run inside one, never on this machine's own network, which has
// a route out (ARCHITECTURE.md, "Safety on development machines").
import { execFileSync, spawn, type SpawnOptions } from 'node:child_process';
import { randomBytes } from 'node:crypto';

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
}

export function canCreateNamespaces(): boolean {
  if (process.getuid?.() !== 0) return false;
  try {
    execFileSync('ip', ['netns', 'list'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
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
  child.stdout!.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
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
      });
    });
  });
}
