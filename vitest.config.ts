import { defineConfig } from 'vitest/config';

/** The same API suite runs twice: on the embedded engine and on a real PostgreSQL server. */
const shared = {
  include: ['server/**/*.test.ts', 'test/**/*.test.ts', 'shared/**/*.test.ts'],
  testTimeout: 30_000,
  hookTimeout: 60_000,
};

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          ...shared,
          name: 'embedded',
          env: { SHOWCASE_TEST_DB: 'embedded' },
          globalSetup: ['test/setup/embedded.global.ts'],
        },
      },
      {
        test: {
          ...shared,
          name: 'postgres',
          env: { SHOWCASE_TEST_DB: 'postgres' },
          globalSetup: ['test/setup/postgres.global.ts'],
        },
      },
    ],
  },
});
