#!/usr/bin/env node
// The lab's command line: `node test/lab/lab.mjs up | down | scenario NAME[/drop|/reject]`.
// The lab is TypeScript (it shares helpers with the tests); esbuild bundles it in a blink.
import { build } from 'esbuild';
import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
// One bundle per process: two labs brought up at once must not overwrite each other's.
const bundle = join(here, `../../out/lab/lab-${process.pid}.cjs`);
await build({
  entryPoints: [join(here, 'lab.ts')],
  outfile: bundle,
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  logLevel: 'warning',
  // Paths in the lab's modules are relative to their own folder, not to the bundle's.
  define: { __dirname: JSON.stringify(here) },
});
const result = spawnSync(process.execPath, [bundle, ...process.argv.slice(2)], {
  stdio: 'inherit',
});
rmSync(bundle, { force: true });
process.exit(result.status ?? 1);
