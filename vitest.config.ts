// Two test projects: `unit` (domain, property, machine, render tests in Node) and `e2e`
// (journeys in real Chromium against the built site; see tests/e2e/).
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const alias = { '@': fileURLToPath(new URL('./src', import.meta.url)) };

export default defineConfig({
  resolve: { alias },
  test: {
    projects: [
      {
        resolve: { alias },
        test: {
          name: 'unit',
          include: ['tests/{unit,property,machines,render}/**/*.test.{ts,tsx}'],
          environment: 'node',
          // Property tests run hundreds of cases; on a busy two-core machine some take longer than the
          // default 5 s. Time is measured in `npm run bench`, never by a unit test's timeout.
          testTimeout: 30_000,
        },
      },
      {
        resolve: { alias },
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          environment: 'node',
          testTimeout: 60_000,
          hookTimeout: 60_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
