// `electron-builder --linux --dir` over a stand-in Electron (no download): app.asar must hold the
// compiled app, package.json and the production dependencies, and nothing else; the fuses must be
// flipped in the packed binary. Needs the compiled app in out/ (`npm test` builds it first).
import { execFile } from 'node:child_process';
import {
  chmodSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { builtinModules, createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, relative, sep } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT, fuseName, fuses, loadConfig } from './builder-config';

const SENTINEL = 'dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX';
/** The eight fuses @electron/fuses 1.8 knows, as Electron ships them ('1' on, '0' off). */
const SHIPPED_WIRE = '10110001';
const APP_FOLDERS = ['out/main', 'out/preload', 'out/renderer'];

const asar = createRequire(require.resolve('app-builder-lib/package.json'))('@electron/asar') as {
  listPackage(archive: string): string[];
  extractFile(archive: string, file: string): Buffer;
};

let work: string;
let unpacked: string;
let entries: string[];

/** A stand-in `electron`: a script carrying a fuse wire (sentinel, version 1, length, states). */
function standInElectron(folder: string): void {
  const binary = join(folder, 'electron');
  writeFileSync(binary, `#!/bin/sh\n# ${SENTINEL}\x01\x08${SHIPPED_WIRE}\nexit 0\n`, 'latin1');
  chmodSync(binary, 0o755);
}

function filesUnder(folder: string): string[] {
  return readdirSync(join(ROOT, folder), { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(ROOT, join(entry.parentPath, entry.name)).split(sep).join('/'));
}

/** The top-level packages `npm ci --omit=dev` installs, from the lockfile. */
function productionPackages(): string[] {
  const lock = createRequire(__filename)(join(ROOT, 'package-lock.json')) as {
    packages: Record<string, { dev?: boolean }>;
  };
  return Object.entries(lock.packages)
    .filter(([path, entry]) => path.startsWith('node_modules/') && !entry.dev)
    .map(([path]) => path.slice('node_modules/'.length))
    .filter((path) => !path.includes('/node_modules/'))
    .sort();
}

beforeAll(async () => {
  for (const folder of APP_FOLDERS)
    if (!existsSync(join(ROOT, folder))) throw new Error(`${folder} missing: run npm run build`);
  work = mkdtempSync(join(tmpdir(), 'netcheck-pack-'));
  const dist = join(work, 'electron-dist');
  mkdirSync(dist);
  standInElectron(dist);
  await promisify(execFile)(
    process.execPath,
    [
      require.resolve('electron-builder/cli.js'),
      '--linux',
      '--dir',
      '--publish',
      'never',
      `-c.electronDist=${dist}`,
      `-c.directories.output=${join(work, 'release')}`,
    ],
    {
      cwd: ROOT,
      // No update check against the npm registry, no search for signing identities.
      env: { ...process.env, NO_UPDATE_NOTIFIER: '1', CSC_IDENTITY_AUTO_DISCOVERY: 'false' },
    },
  );
  unpacked = join(work, 'release', 'linux-unpacked');
  entries = asar
    .listPackage(join(unpacked, 'resources', 'app.asar'))
    .map((entry) => entry.split(sep).join('/').replace(/^\//, ''));
}, 120_000);

afterAll(() => {
  if (work) rmSync(work, { recursive: true, force: true });
});

describe('app.asar from the stand-in --dir build', () => {
  it('holds the compiled app and package.json, and no source, test or source map', () => {
    const expected = ['package.json', ...APP_FOLDERS.flatMap(filesUnder)].filter(
      (file) => !file.endsWith('.map'),
    );
    const files = entries.filter((entry) => !isDependency(entry));
    const folders = new Set(expected.flatMap((file) => ancestors(file)));
    expect(files.filter((entry) => !folders.has(entry)).sort()).toEqual(expected.sort());
    expect(entries.filter((entry) => /\.(map|ts|tsx|mts)$/.test(entry))).toEqual([]);
    expect(entries).toContain('out/main/app.cjs');
    // The PAC sandbox's thread, for the headless --cli mode's --pac.
    expect(entries).toContain('out/main/pac-worker.cjs');
    expect(entries).toContain('out/preload/preload.cjs');
    expect(entries).toContain('out/renderer/index.html');
    expect(
      entries.some((entry) => /^(main|common|renderer|preload|test|scripts)\//.test(entry)),
    ).toBe(false);
  });

  it('holds exactly the production dependencies, among them the PAC evaluator', () => {
    const packaged = [
      ...new Set(
        entries
          .filter((entry) => entry.startsWith('node_modules/'))
          .map((entry) => packageName(entry.slice('node_modules/'.length))),
      ),
    ].sort();
    expect(packaged).toEqual(productionPackages());
    expect(packaged).toEqual(expect.arrayContaining(['pac-resolver', 'quickjs-wasi']));
    expect(entries).toContain('node_modules/quickjs-wasi/quickjs.wasm');
    expect(packaged).not.toContain('electron');
  });

  it('can load every module the main bundle requires or imports', () => {
    const bundle = asar.extractFile(join(unpacked, 'resources', 'app.asar'), 'out/main/app.cjs');
    const required = [...bundle.toString('utf8').matchAll(/(?:require|import)\("([^"./][^"]*)"\)/g)]
      .map((match) => match[1]!)
      .map(packageName)
      .filter((name) => !builtinModules.includes(name.replace(/^node:/, '')))
      .filter((name) => name !== 'electron');
    for (const name of new Set(required))
      expect(entries, `${name} is required by app.cjs`).toContain(
        `node_modules/${name}/package.json`,
      );
  });

  it('keeps the package name and entry point electron-builder was given', () => {
    const manifest = JSON.parse(
      asar.extractFile(join(unpacked, 'resources', 'app.asar'), 'package.json').toString('utf8'),
    ) as { name: string; main: string };
    expect(manifest).toMatchObject({ name: 'onsight-network-check', main: 'out/main/app.cjs' });
  });
});

describe('fuses in the packed binary', () => {
  it('are flipped as electron-builder.yml says, the others left as shipped', async () => {
    const executable = join(
      unpacked,
      (loadConfig().linux as { executableName: string }).executableName,
    );
    const wire = await fuses.getCurrentFuseWire(executable);
    const states = Object.fromEntries(
      [...SHIPPED_WIRE].map((_, index) => [
        String(fuses.FuseV1Options[index]),
        String.fromCharCode(wire[index] as number),
      ]),
    );
    const expected = Object.fromEntries(
      [...SHIPPED_WIRE].map((shipped, index) => [String(fuses.FuseV1Options[index]), shipped]),
    );
    for (const [option, on] of Object.entries(loadConfig().electronFuses as object))
      expected[fuseName(option)] = on ? '1' : '0';
    expect(states).toEqual(expected);
  });
});

const isDependency = (entry: string) =>
  entry === 'node_modules' || entry.startsWith('node_modules/');

/** `@scope/name/lib/x.js` → `@scope/name`, `name/lib/x.js` → `name`. */
function packageName(path: string): string {
  const parts = path.split('/');
  return parts.slice(0, parts[0]!.startsWith('@') ? 2 : 1).join('/');
}

function ancestors(file: string): string[] {
  const parts = file.split('/');
  return parts.slice(1).map((_, i) => parts.slice(0, i + 1).join('/'));
}
