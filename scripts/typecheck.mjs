// `npm run typecheck`: every layer against its own tsconfig (ARCHITECTURE.md, "Layers"), then
// the tests and tooling. One layer's failure does not hide another's: all run, then it fails.
import { execFileSync } from 'node:child_process';
import { createRequire } from 'node:module';

const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');
const CONFIGS = [
  'tsconfig.common.json',
  'tsconfig.engine.json',
  'tsconfig.cli.json',
  'tsconfig.app.json',
  'tsconfig.preload.json',
  'tsconfig.renderer.json',
  'tsconfig.renderer-tests.json',
  'tsconfig.node.json',
];

let failed = 0;
for (const config of CONFIGS) {
  try {
    // Incremental: a second run re-checks only what changed (the cache is under node_modules).
    const cache = `node_modules/.cache/tsc/${config.replace(/\.json$/, '')}.tsbuildinfo`;
    execFileSync(
      process.execPath,
      [tsc, '-p', config, '--noEmit', '--incremental', '--tsBuildInfoFile', cache],
      { stdio: 'inherit' },
    );
  } catch {
    console.error(`typecheck: ${config} failed`);
    failed += 1;
  }
}
process.exitCode = failed === 0 ? 0 : 1;
