// Runs one probe executor inside a network namespace: the executor's module is bundled with
// esbuild into a temp CommonJS file, run with `ip netns exec NS node`, and prints its
// AttemptResult as JSON. Everything the probe does (connect, getaddrinfo) then happens with
// the namespace's routes, firewall and resolver, never this machine's.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { build } from 'esbuild';
import type { AttemptResult, ProbeTask } from '../../main/engine/probe-types';
import type { Namespace } from './netns';

export interface NamespaceProbeRun {
  /** Module exporting the executor, relative to the repository root (e.g. main/engine/probes/tcp.ts). */
  module: string;
  /** Name of the exported ProbeExecutor. */
  exportName: string;
  task: ProbeTask;
  timeoutMs: number;
  extraCa?: readonly string[];
}

const ROOT = resolve(__dirname, '../..');

function entrySource(module: string, exportName: string): string {
  return `
import { ${exportName} as executor } from ${JSON.stringify(join(ROOT, module))};
import { createResolver } from ${JSON.stringify(join(ROOT, 'main/engine/probes/dns.ts'))};
const input = JSON.parse(process.env.NC_PROBE_INPUT ?? '{}');
executor(input.task, {
  signal: new AbortController().signal,
  timeoutMs: input.timeoutMs,
  extraCa: input.extraCa,
  resolve: createResolver(input.timeoutMs).resolve,
}).then(
  (result) => process.stdout.write(JSON.stringify(result)),
  (error) => {
    process.stderr.write(String(error && error.stack ? error.stack : error));
    process.exitCode = 1;
  },
);
`;
}

export async function runProbeInNamespace(
  ns: Namespace,
  run: NamespaceProbeRun,
): Promise<AttemptResult> {
  const dir = mkdtempSync(join(tmpdir(), 'nc-ns-probe-'));
  try {
    const outfile = join(dir, 'probe.cjs');
    await build({
      stdin: {
        contents: entrySource(run.module, run.exportName),
        resolveDir: ROOT,
        loader: 'ts',
        sourcefile: 'namespace-probe.ts',
      },
      bundle: true,
      platform: 'node',
      format: 'cjs',
      target: 'node20',
      outfile,
      logLevel: 'silent',
    });
    const input = JSON.stringify({
      task: run.task,
      timeoutMs: run.timeoutMs,
      extraCa: run.extraCa ?? [],
    });
    const ran = await ns.exec(process.execPath, [outfile], {
      timeoutMs: run.timeoutMs + 10_000,
      env: { ...process.env, NC_PROBE_INPUT: input },
    });
    if (ran.code !== 0) {
      throw new Error(
        `the probe failed inside ${ns.name} (exit ${ran.code ?? ran.signal}): ${ran.stderr}`,
      );
    }
    return JSON.parse(ran.stdout) as AttemptResult;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
