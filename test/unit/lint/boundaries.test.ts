// The layers of ARCHITECTURE.md ("Layers") are enforced twice: by lint (imports, Node globals,
// raw IPC) and by each layer's tsconfig (which globals and packages compile). Each rule is
// proved to bite with one deliberate violation, on source text placed (virtually) in its
// folder, and the allowed imports are proved to pass.
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';
import { typeErrors } from '../../support/typescript';

const eslint = new ESLint();

/** Messages of the layer rules for `source` as if it were `filePath`. */
async function layerErrors(filePath: string, source: string): Promise<string[]> {
  const [result] = await eslint.lintText(source, { filePath });
  return (result?.messages ?? [])
    .filter((m) => m.ruleId?.startsWith('no-restricted-'))
    .map((m) => m.message);
}

const importing = (what: string, from: string) =>
  `import { ${what} } from '${from}';\nexport const used = ${what};\n`;

/** One violation per rule: [file, source, a word the message must carry]. */
const VIOLATIONS: Array<[string, string, string, RegExp]> = [
  ['engine → electron', 'main/engine/probe.ts', importing('app', 'electron'), /electron/],
  ['engine → cli', 'main/engine/probe.ts', importing('main', '../cli/main'), /engine/],
  ['engine → app', 'main/engine/probe.ts', importing('x', '../app/menu'), /engine/],
  ['cli → electron', 'main/cli/table.ts', importing('app', 'electron'), /electron/],
  ['cli → app', 'main/cli/table.ts', importing('x', '../app/menu'), /shell/],
  ['common → engine', 'common/thing.ts', importing('runPlan', '../main/engine/runner'), /common/],
  ['common → renderer', 'common/thing.ts', importing('App', '../renderer/app'), /common/],
  ['common → node:fs', 'common/thing.ts', importing('readFileSync', 'node:fs'), /Node/],
  ['common → fs', 'common/thing.ts', importing('readFileSync', 'fs'), /Node/],
  [
    'common → pac-resolver',
    'common/thing.ts',
    importing('createPacResolver', 'pac-resolver'),
    /zod/,
  ],
  ['common → electron', 'common/thing.ts', importing('app', 'electron'), /electron/],
  ['process in common', 'common/thing.ts', 'export const home = process.env.HOME;\n', /Node/],
  ['preload → node:fs', 'preload/preload.ts', importing('readFileSync', 'node:fs'), /Node/],
  ['preload → main', 'preload/preload.ts', importing('plan', '../main/engine/planner'), /preload/],
  ['renderer → node:fs', 'renderer/thing.tsx', importing('readFileSync', 'node:fs'), /Node/],
  ['renderer → main', 'renderer/thing.tsx', importing('runPlan', '../main/engine/runner'), /main/],
  ['renderer → preload', 'renderer/thing.tsx', importing('x', '../preload/preload'), /main/],
  ['renderer → electron', 'renderer/thing.tsx', importing('ipcRenderer', 'electron'), /electron/],
  ['process.env in renderer', 'renderer/thing.tsx', 'export const e = process.env.X;\n', /Node/],
  ['Buffer in renderer', 'renderer/thing.tsx', "export const b = Buffer.from('a');\n", /Node/],
  ['app → renderer', 'main/app/thing.ts', importing('App', '../../renderer/app'), /IPC map/],
  ['app → preload', 'main/app/thing.ts', importing('x', '../../preload/preload'), /IPC map/],
  ['raw ipcMain in main/app', 'main/app/window.ts', importing('ipcMain', 'electron'), /IPC map/],
  ['ipcRenderer in main', 'main/app/app.ts', importing('ipcRenderer', 'electron'), /IPC/],
  [
    'ipcMain used by the entry',
    'main/app/app.ts',
    "import { ipcMain } from 'electron';\nipcMain.handle('x', () => 1);\n",
    /IPC map/,
  ],
  [
    'a raw push from main/app',
    'main/app/window.ts',
    "export const f = (c: { send(a: string): void }) => c.send('netcheck:event');\n",
    /push\(\)/,
  ],
];

/** Imports each layer may make: none of these may be reported. */
const ALLOWED: Array<[string, string, string]> = [
  ['common → zod', 'common/thing.ts', "import { z } from 'zod';\nexport const s = z.string();\n"],
  ['common → common', 'common/thing.ts', importing('parsePorts', './net/ports')],
  ['engine → node:fs', 'main/engine/thing.ts', importing('readFileSync', 'node:fs')],
  ['engine → common', 'main/engine/thing.ts', importing('parsePorts', '../../common/net/ports')],
  ['cli → engine', 'main/cli/thing.ts', importing('runPlan', '../engine/runner')],
  ['app → electron', 'main/app/thing.ts', importing('app', 'electron')],
  ['app → cli (headless --cli)', 'main/app/thing.ts', importing('main', '../cli/main')],
  ['the entry handing ipcMain over', 'main/app/app.ts', importing('ipcMain', 'electron')],
  [
    'handle() in ipc-main.ts',
    'main/app/ipc-main.ts',
    'export const f = (ipcMain: { handle(): void }) => ipcMain.handle();\n',
  ],
  ['ipcRenderer in the preload', 'preload/preload.ts', importing('ipcRenderer', 'electron')],
  ['renderer → common', 'renderer/thing.tsx', importing('DEFAULT_OPTIONS', '../common/options')],
];

describe('lint: layer rules', () => {
  it.each(VIOLATIONS)('refuses %s', async (_name, file, source, word) => {
    const errors = await layerErrors(file, source);
    expect(errors.length).toBeGreaterThan(0);
    expect(
      errors.some((message) => word.test(message)),
      errors.join(' | '),
    ).toBe(true);
  });

  it.each(ALLOWED)('allows %s', async (_name, file, source) => {
    expect(await layerErrors(file, source)).toEqual([]);
  });

  it('covers at least the eleven kinds of the review', () => {
    expect(VIOLATIONS.length).toBeGreaterThanOrEqual(11);
  });
});

describe('tsconfig: what each layer compiles against', () => {
  const nodeGlobals = "export const home = process.env.HOME;\nexport const b = Buffer.from('a');\n";

  it.each([
    ['tsconfig.renderer.json', 'renderer/probe.ts'],
    ['tsconfig.common.json', 'common/probe.ts'],
  ])('%s has no Node types: process and Buffer do not compile', (config, file) => {
    const errors = typeErrors(config, file, nodeGlobals);
    expect(errors.map((e) => e.line)).toEqual([1, 2]);
    expect(errors[0]!.message).toMatch(/Cannot find name 'process'/);
    expect(errors[1]!.message).toMatch(/Cannot find name 'Buffer'/);
  });

  it.each([
    ['tsconfig.engine.json', 'main/engine/probe.ts'],
    ['tsconfig.cli.json', 'main/cli/probe.ts'],
    ['tsconfig.common.json', 'common/probe.ts'],
    ['tsconfig.renderer.json', 'renderer/probe.ts'],
  ])('%s cannot reach Electron', (config, file) => {
    const errors = typeErrors(config, file, importing('app', 'electron'));
    expect(errors.map((e) => e.message)).toEqual([
      expect.stringMatching(/no exported member 'app'/),
    ]);
  });

  it('the engine still compiles against Node, and the shell against Electron', () => {
    expect(typeErrors('tsconfig.engine.json', 'main/engine/probe.ts', nodeGlobals)).toEqual([]);
    expect(
      typeErrors('tsconfig.app.json', 'main/app/probe.ts', importing('app', 'electron')),
    ).toEqual([]);
  });
});
