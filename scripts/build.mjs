// Builds the faces of the app: `cli` (run by `prepare`, so `npx onsight-netcheck` works after
// `npm ci`), or `all` (CLI, Electron main and preload, renderer).
import { build } from 'esbuild';
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';

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

/**
 * One bundle for Node, rewritten in ASCII. esbuild escapes strings and names (its default
 * charset) but not comments or regular expressions, and V8 keeps a script's source for the
 * process's life, at two bytes a character once one character is not Latin-1: the CLI's
 * 1.9 MB would stay 3.7 MB of heap (issue 12, peak RSS). A `\uXXXX` escape reads the same in a
 * comment and means the same character where a regular expression has it standing for itself
 * (a surrogate pair the same code point in /u mode); esbuild leaves none in strings or names.
 * After a backslash it would not (`/\é/`): the build refuses that rather than change it.
 */
async function buildForNode(entry, outfile) {
  await build({ ...common, entryPoints: [entry], outfile });
  const source = readFileSync(outfile, 'utf8');
  const escaped = /\\[^ -~\t\n\r]/.exec(source);
  if (escaped) throw new Error(`${outfile}: "${escaped[0]}" would change meaning as an escape`);
  const escape = (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`;
  writeFileSync(outfile, source.replace(/[^ -~\t\n\r]/g, escape));
}

async function buildCli() {
  await buildForNode('main/cli/index.ts', 'out/cli/index.cjs');
  // The run's name lookups, in a process of their own (main/engine/net/lookup-child.ts).
  await buildForNode(LOOKUP_CHILD, 'out/cli/lookup-child.cjs');
  await buildForNode(PAC_WORKER, 'out/cli/pac-worker.cjs');
}

async function buildApp() {
  await buildForNode('main/app/app.ts', 'out/main/app.cjs');
  await buildForNode(LOOKUP_CHILD, 'out/main/lookup-child.cjs');
  // The app's headless --cli mode runs the CLI's code, --pac included.
  await buildForNode(PAC_WORKER, 'out/main/pac-worker.cjs');
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
