import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';

/** Files that share nothing with the machine run two at a time (this machine has two cores). */
const PARALLEL_WORKERS = 2;
/** Unit tests that mock modules or import them afresh (kept isolated; see the 'app' project). */
const ISOLATED_UNIT_TESTS = 'test/unit/app/**/*.test.ts';

export default defineConfig({
  plugins: [react()],
  test: {
    globalSetup: ['test/support/global-setup.ts'],
    // The skip summary comes last, after vitest's own.
    reporters: ['default', './test/support/skip-summary-reporter.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    projects: [
      {
        extends: true,
        test: {
          name: 'node',
          environment: 'node',
          include: ['test/unit/**/*.test.ts', 'test/packaging/**/*.test.ts'],
          exclude: [ISOLATED_UNIT_TESTS],
          maxWorkers: PARALLEL_WORKERS,
          // Plain modules, no mocks: one module graph per worker halves this project's time
          // (imports dominate). test/unit/lint/test-isolation.test.ts keeps mocks out of it.
          isolate: false,
        },
      },
      {
        extends: true,
        test: {
          name: 'app',
          environment: 'node',
          // The Electron shell's tests mock modules (vi.mock('electron')) and import main/app
          // afresh for its start-up: each file needs a module graph of its own.
          include: [ISOLATED_UNIT_TESTS],
          maxWorkers: PARALLEL_WORKERS,
        },
      },
      {
        extends: true,
        test: {
          name: 'renderer',
          environment: 'jsdom',
          globals: true,
          include: ['test/renderer/components/**/*.test.tsx'],
          setupFiles: ['test/renderer/components/setup.ts'],
          maxWorkers: PARALLEL_WORKERS,
        },
      },
      {
        extends: true,
        test: {
          name: 'integration',
          environment: 'node',
          include: [
            'test/integration/**/*.test.ts',
            'test/renderer/e2e/**/*.test.ts',
            'test/electron/**/*.test.ts',
          ],
          // Real servers, real ports, deadlines measured in milliseconds: one file at a time,
          // after the parallel group, on a machine with nothing else of ours running.
          fileParallelism: false,
          sequence: { groupOrder: 1 },
          // One squid (and the like) for the whole group, its ports handed out with provide.
          globalSetup: ['test/support/servers-setup.ts'],
        },
      },
    ],
  },
});
