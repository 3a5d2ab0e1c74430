import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';

export default defineConfig({
  plugins: [react()],
  test: {
    // Integration tests start real servers and bind real ports: keep files apart.
    fileParallelism: false,
    globalSetup: ['test/support/global-setup.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    projects: [
      {
        extends: true,
        test: {
          name: 'node',
          environment: 'node',
          include: [
            'test/unit/**/*.test.ts',
            'test/integration/**/*.test.ts',
            'test/renderer/e2e/**/*.test.ts',
            'test/electron/**/*.test.ts',
            'test/packaging/**/*.test.ts',
          ],
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
        },
      },
    ],
  },
});
