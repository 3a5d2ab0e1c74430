// Runs the built CLI as a user would, on this machine (loopback targets only) or in a namespace.
import { spawn } from 'node:child_process';
import { resolve } from 'node:path';
import { execIn, type ExecResult } from './netns';

export const CLI = resolve('bin/onsight-netcheck.cjs');

/** The exit code of `run` for each verdict, written from the README's "Exit codes". */
export const VERDICT_EXIT_CODES = {
  ready: 0,
  'not-ready': 1,
  'teamlink-only': 4,
  inconclusive: 5,
} as const;

/** Whether a `run` ended with a verdict (any of the four), not a usage or internal error. */
export const gaveResult = (code: number | null): boolean =>
  (Object.values(VERDICT_EXIT_CODES) as (number | null)[]).includes(code);
/** The PAC sandbox's thread, built beside the CLI (global-setup.ts builds both). */
export const PAC_WORKER = resolve('out/cli/pac-worker.cjs');

/** This process's environment without its locale: the CLI speaks English unless a test asks. */
export const ENGLISH_ENV = Object.fromEntries(
  Object.entries(process.env).filter(([name]) => !['LC_ALL', 'LC_MESSAGES', 'LANG'].includes(name)),
);

export function runCli(
  args: readonly string[],
  { timeoutMs = 30_000, env = ENGLISH_ENV } = {},
): Promise<ExecResult> {
  const started = performance.now();
  const child = spawn(process.execPath, [CLI, ...args], { stdio: ['ignore', 'pipe', 'pipe'], env });
  let stdout = '';
  let stderr = '';
  let lastOutput: number | null = null;
  let exited = 0;
  child.stdout.on('data', (chunk: Buffer) => {
    stdout += chunk.toString();
    lastOutput = performance.now();
  });
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  child.on('exit', () => (exited = performance.now()));
  const killer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
  return new Promise((done, reject) => {
    child.on('error', reject);
    child.on('close', (code, signal) => {
      clearTimeout(killer);
      done({
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

export function runCliIn(
  namespace: string,
  args: readonly string[],
  { timeoutMs, env = ENGLISH_ENV }: { timeoutMs?: number; env?: NodeJS.ProcessEnv } = {},
): Promise<ExecResult> {
  return execIn(namespace, process.execPath, [CLI, ...args], { timeoutMs, env });
}
