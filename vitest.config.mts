import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';

/** Files that share nothing with the machine run two at a time (this machine has two cores). */
const PARALLEL_WORKERS = 2;
/**
 * Tests that mock modules or import them afresh (the 'app' project): every other project runs
 * its files in one module graph per worker. test/unit/lint/test-isolation.test.ts holds the line.
 */
const ISOLATED_TESTS = ['test/unit/app/**/*.test.ts', 'test/integration/proxy-route.test.ts'];

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
          exclude: ISOLATED_TESTS,
          maxWorkers: PARALLEL_WORKERS,
          // Plain modules, no mocks: one module graph per worker halves this project's time
          // (imports dominate).
          isolate: false,
        },
      },
      {
        extends: true,
        test: {
          name: 'app',
          environment: 'node',
          // The Electron shell's tests mock modules (vi.mock('electron')) and import main/app
          // afresh for its start-up: each file needs a module graph of its own. proxy-route
          // runs on loopback with free ports and no deadlines, so it may run beside the others.
          include: ISOLATED_TESTS,
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
          exclude: ISOLATED_TESTS,
          // Real servers, real ports, deadlines measured in milliseconds: one file at a time,
          // after the parallel group, on a machine with nothing else of ours running. No file
          // here mocks a module, so they share one module graph (saves a fork per file).
          fileParallelism: false,
          isolate: false,
          sequence: { groupOrder: 1 },
          // One squid (and the like) for the whole group, its ports handed out with provide.
          globalSetup: ['test/support/servers-setup.ts'],
        },
      },
    ],
  },
});
