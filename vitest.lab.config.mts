// `npm run test:lab`: the firewall lab (test/lab), apart from `npm test` because it needs
// root, network namespaces and the Debian servers, and runs its scenarios one after another.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    name: 'lab',
    environment: 'node',
    include: ['test/lab/**/*.test.ts'],
    globalSetup: ['test/support/global-setup.ts'],
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
