import { chmodSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { defineConfig, devices } from '@playwright/test';
import { GITLAB_TOKEN } from './e2e/gitlab.ts';
import { SERVER_NODE_FLAGS } from './server/node-flags.ts';

const port = Number(process.env.E2E_PORT ?? 4173);
export const baseURL = `http://127.0.0.1:${port}`;
/** A fresh embedded database per run, loaded with the sample workspace. */
const dataDir = process.env.E2E_DATA_DIR ?? mkdtempSync(join(tmpdir(), 'showcase-e2e-'));
// Run as root (CI), the embedded database runs as the postgres user, who must be able to enter it.
chmodSync(dataDir, 0o755);
process.env.E2E_DATA_DIR = dataDir;

export default defineConfig({
  testDir: 'e2e',
  fullyParallel: false,
  workers: 1,
  retries: process.env.CI ? 1 : 0,
  reporter: process.env.CI ? [['list']] : [['list'], ['html', { open: 'never' }]],
  timeout: 30_000,
  // A page's first data can take seconds on a loaded two-core machine; assertions wait for it.
  expect: { timeout: 10_000 },
  use: {
    baseURL,
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
  },
  projects: [{ name: 'chromium', use: { ...devices['Desktop Chrome'], channel: undefined } }],
  webServer: {
    command: `"${process.execPath}" ${SERVER_NODE_FLAGS.join(' ')} server/main.ts`,
    url: `${baseURL}/readyz`,
    reuseExistingServer: false,
    timeout: 60_000,
    // Stopped as a service manager stops it, so it stops its embedded database (which runs in a
    // process group of its own and would outlive a SIGKILL of Showcase's group).
    gracefulShutdown: { signal: 'SIGTERM', timeout: 20_000 },
    stdout: 'ignore',
    env: {
      PORT: String(port),
      HOST: '127.0.0.1',
      SHOWCASE_DATA_DIR: dataDir,
      SHOWCASE_SAMPLE_DATA: 'true',
      SHOWCASE_ADMIN_EMAIL: 'admin@showcase.test',
      SHOWCASE_ADMIN_PASSWORD: 'e2e-admin-password',
      SHOWCASE_GITLAB_WEBHOOK_TOKEN: GITLAB_TOKEN,
      LOG_LEVEL: 'warn',
    },
  },
});
