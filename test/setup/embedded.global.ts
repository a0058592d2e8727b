import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { startEmbeddedPostgres } from '../../server/db/embedded.ts';
import { createTemplate } from './template.ts';

/**
 * Starts the embedded engine exactly as `npm start` does (server/db/embedded.ts), on a throwaway
 * data folder, and builds the migrated template database each test file copies.
 */
export default async function setup(project: TestProject) {
  const dataDir = mkdtempSync(join(tmpdir(), 'showcase-embedded-'));
  // Run as root (CI), the database runs as the postgres user, who must be able to enter the folder.
  chmodSync(dataDir, 0o755);
  const server = await startEmbeddedPostgres({ dataDir, ephemeral: true });
  const template = await createTemplate(server.adminUrl);
  project.provide('database', { url: server.adminUrl, template: template.name });
  return async () => {
    await template.drop();
    await server.stop();
    rmSync(dataDir, { recursive: true, force: true });
  };
}
