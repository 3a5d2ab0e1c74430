// `npm run test:lab`: the firewall lab (test/lab) and the hostile servers (test/hostile), apart from `npm test` because it needs
// root, network namespaces and the Debian servers, and runs its scenarios one after another.
import { randomBytes } from 'node:crypto';
import { defineConfig } from 'vitest/config';
import { BaseSequencer, type TestSpecification } from 'vitest/node';

/**
 * The lab files in a fixed order, the IPv6-only variant last. Twice in CI the lab brought up
 * right after that file found its health check dying of SIGSEGV (the cause is not known; it
 * did not recur by hand); a fixed order also makes one run like the next.
 */
const LAB_FILE_ORDER = [
  'lab.test.ts',
  'round-trips.test.ts',
  'large-datagrams.test.ts',
  'nat-alg.test.ts',
  'response-origin.test.ts',
  'call-quality.test.ts',
  'hostile.test.ts',
  'cli-terminal.test.ts',
  'watch.test.ts',
  'diff.test.ts',
  'chromium-journey.test.ts',
  'proxy-sign-in-journey.test.ts',
  'extra-checks-journey.test.ts',
  'ipv6-only.test.ts',
];
class LabSequencer extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const rank = (file: TestSpecification) => {
      const index = LAB_FILE_ORDER.findIndex((name) => file.moduleId.endsWith(`/${name}`));
      return index < 0 ? LAB_FILE_ORDER.length : index;
    };
    return [...files].sort((a, b) => rank(a) - rank(b));
  }
}

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
    sequence: { sequencer: LabSequencer },
    // The hostile suite's cases run a few at a time (it.concurrent): each is a CLI process.
    maxConcurrency: 3,
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
