// `npm run test:lab`: the firewall lab (test/lab) and the hostile servers (test/hostile), apart from `npm test` because it needs
// root, network namespaces and the Debian servers, and runs its scenarios one after another.
import { randomBytes } from 'node:crypto';
import { defineConfig } from 'vitest/config';

/** A lab of this run's own (test/lab/topology.ts), so two runs can share a machine. */
const labName = process.env.NCLAB_NAME || `nclab${randomBytes(2).toString('hex')}`;

export default defineConfig({
  test: {
    name: 'lab',
    environment: 'node',
    include: ['test/lab/**/*.test.ts', 'test/hostile/**/*.test.ts'],
    globalSetup: ['test/support/global-setup.ts'],
    reporters: ['default', './test/support/skip-summary-reporter.ts'],
    env: { NCLAB_NAME: labName },
    fileParallelism: false,
    // The hostile suite's cases run a few at a time (it.concurrent): each is a CLI process.
    maxConcurrency: 3,
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
