// Builds the faces of the app: `cli` (run by `prepare`, so `npx onsight-netcheck` works after
// `npm ci`), or `all` (CLI, Electron main and preload, renderer).
import { build } from 'esbuild';
import { execFileSync } from 'node:child_process';

const target = process.argv[2] ?? 'all';
const common = {
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  sourcemap: false,
  logLevel: 'warning',
  // pac-resolver v9 runs PAC files in quickjs-wasi, which reads quickjs.wasm from its own
  // package folder at run time: bundled, it would look for it next to out/cli.
  external: ['electron', 'pac-resolver', 'quickjs-wasi'],
};

/** The PAC sandbox's thread (main/engine/proxy/pac-worker.ts), beside each bundle that runs --pac. */
const PAC_WORKER = 'main/engine/proxy/pac-worker.ts';
const LOOKUP_CHILD = 'main/engine/net/lookup-child.ts';

async function buildCli() {
  await build({ ...common, entryPoints: ['main/cli/index.ts'], outfile: 'out/cli/index.cjs' });
  // The run's name lookups, in a process of their own (main/engine/net/lookup-child.ts).
  await build({ ...common, entryPoints: [LOOKUP_CHILD], outfile: 'out/cli/lookup-child.cjs' });
  await build({ ...common, entryPoints: [PAC_WORKER], outfile: 'out/cli/pac-worker.cjs' });
}

async function buildApp() {
  await build({ ...common, entryPoints: ['main/app/app.ts'], outfile: 'out/main/app.cjs' });
  await build({ ...common, entryPoints: [LOOKUP_CHILD], outfile: 'out/main/lookup-child.cjs' });
  // The app's headless --cli mode runs the CLI's code, --pac included.
  await build({ ...common, entryPoints: [PAC_WORKER], outfile: 'out/main/pac-worker.cjs' });
  // Sandboxed preloads cannot require siblings: one self-contained CommonJS file.
  await build({
    ...common,
    entryPoints: ['preload/preload.ts'],
    outfile: 'out/preload/preload.cjs',
  });
}

function buildRenderer() {
  execFileSync(
    'npx',
    ['vite', 'build', '--config', 'renderer/vite.config.ts', '--logLevel', 'warn'],
    {
      stdio: 'inherit',
    },
  );
}

async function writeSchema() {
  await build({
    ...common,
    entryPoints: ['scripts/write-schema.ts'],
    outfile: 'out/write-schema.cjs',
  });
  execFileSync(process.execPath, ['out/write-schema.cjs'], { stdio: 'inherit' });
}

async function codeStats() {
  await build({
    ...common,
    entryPoints: ['scripts/code-stats.ts'],
    outfile: 'out/code-stats.cjs',
  });
  execFileSync(process.execPath, ['out/code-stats.cjs'], { stdio: 'inherit' });
}

if (target === 'code-stats') {
  await codeStats();
  process.exit(0);
}
if (target === 'schema') {
  await writeSchema();
  process.exit(0);
}
await buildCli();
if (target === 'all') {
  await buildApp();
  buildRenderer();
}
