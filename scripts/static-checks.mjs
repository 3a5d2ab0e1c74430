// The checks `npm test` runs before vitest (lint, type-checks, build and the security scan),
// in lanes side by side: each is mostly one busy core, and this machine has two. A lane's npm
// scripts run in order; its output is printed whole when it ends, so lanes never interleave.
// Exits 1 when any lane failed, after every lane has ended.
import { spawn } from 'node:child_process';

const LANES = [['lint'], ['typecheck'], ['build', 'scan']];
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';

function runScript(name) {
  return new Promise((resolve) => {
    const child = spawn(npm, ['run', '--silent', name], {
      stdio: ['ignore', 'pipe', 'pipe'],
      shell: process.platform === 'win32',
    });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.once('error', (error) => resolve({ ok: false, output: `${output}${error.message}\n` }));
    child.once('close', (code) => resolve({ ok: code === 0, output }));
  });
}

async function runLane(scripts) {
  const started = performance.now();
  for (const name of scripts) {
    const { ok, output } = await runScript(name);
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    process.stdout.write(`${ok ? '✓' : '✗'} npm run ${name} (${seconds} s)\n${output}`);
    if (!ok) return false;
  }
  return true;
}

const results = await Promise.all(LANES.map(runLane));
if (results.includes(false)) process.exitCode = 1;
