#!/usr/bin/env node
// `npm run bench`: the whole default profile (legacy, China and TeamLink on) in the firewall
// lab, open and with everything dropped, run concurrently as the CLI does and as a sequential
// baseline (--concurrency 1: one target after another, as a person with a port checker
// would). Prints medians of wall time from run-started (the result's durationMs), the
// process's wall time, its peak RSS, and the speed-up. Needs root, like the lab.
import { spawn, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '../..');
const LAB = join(root, 'test/lab/lab.mjs');
const CLI = join(root, 'bin/onsight-netcheck.cjs');
// A lab of this run's own (test/lab/topology.ts): two benchmarks may share a machine.
process.env.NCLAB_NAME ||= `nclab${randomBytes(2).toString('hex')}`;
const CLIENT_NS = `${process.env.NCLAB_NAME}-client`;
const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const BASELINE_RUNS = Number(process.env.BENCH_BASELINE_RUNS ?? 3);
/** The CLI's default attempt timeout: the all-dropped target is this plus 1 s. */
const TIMEOUT_MS = 3000;
/** Large enough that the sequential baseline is never cut short by the run's deadline. */
const DEADLINE_MS = 600_000;
const TARGETS = { droppedMs: TIMEOUT_MS + 1000, openMs: 2000, rssMb: 120 };

function lab(...args) {
  const ran = spawnSync(process.execPath, [LAB, ...args], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  if (ran.status !== 0) throw new Error(`lab.mjs ${args.join(' ')} failed`);
  return ran.stdout.toString();
}

// Peak RSS from inside the CLI's own process, read as it exits (no /usr/bin/time needed).
const scratch = mkdtempSync(join(tmpdir(), 'nclab-bench-'));
const preload = join(scratch, 'peak-rss.cjs');
writeFileSync(
  preload,
  "process.on('exit', () => process.stderr.write(`\\nNCLAB_MAXRSS_KB=${process.resourceUsage().maxRSS}\\n`));\n",
);

function runCli(args) {
  const started = performance.now();
  const child = spawn(
    'ip',
    ['netns', 'exec', CLIENT_NS, process.execPath, '-r', preload, CLI, ...args],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk) => (stdout += chunk));
  child.stderr.on('data', (chunk) => (stderr += chunk));
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code) => {
      const processMs = Math.round(performance.now() - started);
      const rss = /NCLAB_MAXRSS_KB=(\d+)/.exec(stderr);
      if ((code !== 0 && code !== 1) || !rss) {
        reject(new Error(`the CLI failed (exit ${code}): ${stderr.slice(0, 400)}`));
        return;
      }
      const result = JSON.parse(stdout);
      resolve({
        durationMs: result.durationMs,
        processMs,
        rssMb: Number(rss[1]) / 1024,
        verdict: result.verdict.status,
      });
    });
  });
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

async function measure(scenario, mode, runs, expectedVerdict) {
  lab('scenario', scenario);
  const args = [
    ...JSON.parse(lab('args', scenario)),
    '--timeout-ms',
    String(TIMEOUT_MS),
    '--deadline-ms',
    String(DEADLINE_MS),
    ...(mode === 'sequential' ? ['--concurrency', '1'] : []),
  ];
  const results = [];
  if (mode === 'sequential' && scenario !== 'open') {
    // A dropped sequential run waits out every timeout one after another (minutes): its runs
    // overlap, started 5 s apart so that their sweeps of local UDP 6000-6200 never meet.
    const pending = [];
    for (let i = 0; i < runs; i++) {
      pending.push(runCli(args));
      if (i < runs - 1) await sleep(5000);
    }
    results.push(...(await Promise.all(pending)));
  } else {
    for (let i = 0; i < runs; i++) results.push(await runCli(args));
  }
  const wrong = results.find((r) => r.verdict !== expectedVerdict);
  if (wrong)
    throw new Error(`${scenario} ${mode}: verdict ${wrong.verdict}, expected ${expectedVerdict}`);
  return {
    scenario,
    mode,
    runs,
    durationMs: Math.round(median(results.map((r) => r.durationMs))),
    processMs: Math.round(median(results.map((r) => r.processMs))),
    rssMb: median(results.map((r) => r.rssMb)),
  };
}

async function main() {
  try {
    process.stderr.write('bringing the lab up...\n');
    lab('up');
    const rows = [];
    for (const [scenario, verdict] of [
      ['open', 'ready'],
      ['all-dropped/drop', 'not-ready'],
    ]) {
      process.stderr.write(`measuring ${scenario}...\n`);
      rows.push(await measure(scenario, 'concurrent', RUNS, verdict));
      rows.push(await measure(scenario, 'sequential', BASELINE_RUNS, verdict));
    }
    const cpu = cpus()[0]?.model ?? 'unknown CPU';
    console.log(
      `\nonsight-netcheck benchmark, ${new Date().toISOString()}, ${cpus().length} × ${cpu}, ` +
        `${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}`,
    );
    console.log(`timeout ${TIMEOUT_MS} ms per attempt; medians of the runs shown\n`);
    console.log('scenario           mode         runs  from run-started  process wall  peak RSS');
    for (const r of rows) {
      console.log(
        `${r.scenario.padEnd(19)}${r.mode.padEnd(13)}${String(r.runs).padEnd(6)}` +
          `${`${r.durationMs} ms`.padEnd(18)}${`${r.processMs} ms`.padEnd(14)}${r.rssMb.toFixed(1)} MB`,
      );
    }
    const find = (scenario, mode) => rows.find((r) => r.scenario === scenario && r.mode === mode);
    console.log('');
    for (const scenario of ['open', 'all-dropped/drop']) {
      const ratio =
        find(scenario, 'sequential').durationMs / find(scenario, 'concurrent').durationMs;
      console.log(`speed-up ${scenario}: ${ratio.toFixed(1)}×`);
    }
    const open = find('open', 'concurrent');
    const dropped = find('all-dropped/drop', 'concurrent');
    const peak = Math.max(...rows.map((r) => r.rssMb));
    const verdicts = [
      [`all-dropped ≤ ${TARGETS.droppedMs} ms`, dropped.durationMs <= TARGETS.droppedMs],
      [`open < ${TARGETS.openMs} ms`, open.durationMs < TARGETS.openMs],
      [`peak RSS < ${TARGETS.rssMb} MB`, peak < TARGETS.rssMb],
    ];
    console.log(
      `targets: ${verdicts.map(([name, ok]) => `${name} ${ok ? 'met' : 'MISSED'}`).join('; ')}`,
    );
    return verdicts.every(([, ok]) => ok) ? 0 : 1;
  } finally {
    lab('down');
    rmSync(scratch, { recursive: true, force: true });
  }
}

main().then(
  (code) => process.exit(code),
  (error) => {
    console.error(`bench: ${error.message}`);
    process.exit(1);
  },
);
