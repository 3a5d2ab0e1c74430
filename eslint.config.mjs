// Lint also guards the architecture's layers (ARCHITECTURE.md, "Layers"); the per-layer
// tsconfig*.json files guard the globals each layer compiles against. test/unit/lint proves
// every rule here bites, with one deliberate violation each.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import prettier from 'eslint-config-prettier';
import globals from 'globals';
import { builtinModules } from 'node:module';

const nodeBuiltins = [...builtinModules, ...builtinModules.map((m) => `node:${m}`)];
const noNode = (message) => nodeBuiltins.map((name) => ({ name, message }));
const noElectron = {
  name: 'electron',
  message: 'Only main/app and preload may import electron.',
};
/**
 * Raw IPC lives in one module per side: main/app/ipc-main.ts and preload/preload.ts. The entry
 * (main/app/app.ts) may import ipcMain to hand it over, but not use it.
 */
const RAW_IPC =
  'Use the typed IPC map: main/app/ipc-main.ts (main) or preload/preload.ts (preload).';
const noRawIpc = { name: 'electron', importNames: ['ipcMain', 'ipcRenderer'], message: RAW_IPC };
const noRawIpcUse = ['ipcMain', 'ipcRenderer'].map((name) => ({
  selector: `MemberExpression[object.name='${name}']`,
  message: RAW_IPC,
}));
const folders = (list, message) => ({ group: list.map((f) => `**/${f}/**`), message });

/** Globals of Node that a browser page (and code shared with it) does not have. */
const nodeGlobals = [
  'process',
  'Buffer',
  'require',
  'module',
  '__dirname',
  '__filename',
  'global',
].map((name) => ({ name, message: 'This layer runs without Node: no Node globals.' }));

const restrict = (paths, patterns) => ({
  'no-restricted-imports': ['error', { paths, patterns }],
});

export default tseslint.config(
  { ignores: ['node_modules/', 'out/', 'dist/', 'release/', 'test-output/', 'common/schema/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  prettier,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
    },
  },
  {
    files: ['**/*.cjs'],
    languageOptions: { sourceType: 'commonjs' },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    // common/: zod and other files of common/ only.
    files: ['common/**'],
    languageOptions: { globals: { ...globals['shared-node-browser'] } },
    rules: {
      ...restrict(
        [noElectron, ...noNode('common/ runs in the page too: no Node modules.')],
        [
          folders(
            ['main', 'renderer', 'preload', 'test'],
            'common/ imports nothing outside common/.',
          ),
          {
            regex: '^(?!zod$|\\.{1,2}/)',
            message: 'common/ may import zod and files of common/ only.',
          },
        ],
      ),
      'no-restricted-globals': ['error', ...nodeGlobals],
    },
  },
  {
    // main/engine/: common/, Node and npm packages; never Electron, the CLI or the shell.
    files: ['main/engine/**'],
    rules: restrict(
      [noElectron],
      [
        // `**/cli/**` also catches the sibling form `../cli/main` inside main/.
        folders(
          ['main/cli', 'main/app', 'cli', 'app', 'renderer', 'preload'],
          'The engine imports only common/, Node and npm packages.',
        ),
      ],
    ),
  },
  {
    // main/cli/: the engine and common/; never Electron or the shell.
    files: ['main/cli/**'],
    rules: restrict(
      [noElectron],
      [
        folders(
          ['main/app', 'app', 'renderer', 'preload'],
          'The CLI stays free of the Electron shell.',
        ),
      ],
    ),
  },
  {
    // main/app/: Electron, the engine, common/ and main/cli (the headless `--cli` mode).
    files: ['main/app/**'],
    rules: restrict(
      [noRawIpc],
      [folders(['renderer', 'preload'], 'main talks to the page only through the IPC map.')],
    ),
  },
  {
    // A page hears from main only on the map's pushed channels, through push() in ipc-main.ts.
    files: ['main/app/**'],
    ignores: ['main/app/ipc-main.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: "CallExpression[callee.property.name='send']",
          message: 'Push to a page with push() from main/app/ipc-main.ts (the IPC map).',
        },
        ...noRawIpcUse,
      ],
    },
  },
  {
    files: ['main/app/app.ts'],
    rules: restrict(
      [{ ...noRawIpc, importNames: ['ipcRenderer'] }],
      [folders(['renderer', 'preload'], 'main talks to the page only through the IPC map.')],
    ),
  },
  {
    // preload/: electron's contextBridge and ipcRenderer, common/ for types; no Node.
    files: ['preload/**'],
    languageOptions: { globals: { ...globals.browser } },
    rules: restrict(
      [...noNode('The sandboxed preload has no Node modules.')],
      [folders(['main', 'renderer'], 'The preload imports only electron and common/.')],
    ),
  },
  {
    // renderer/: React and common/; talks to main only through window.netcheck.
    files: ['renderer/**'],
    ignores: ['renderer/vite.config.ts'],
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      ...restrict(
        [noElectron, ...noNode('The page runs without Node.')],
        [folders(['main', 'preload'], 'The renderer talks to main only through window.netcheck.')],
      ),
      'no-restricted-globals': ['error', ...nodeGlobals],
    },
  },
);
