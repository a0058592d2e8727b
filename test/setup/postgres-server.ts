import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startEmbeddedPostgres } from '../../server/db/embedded.ts';

/**
 * A throwaway PostgreSQL server for the server half of the suite when TEST_DATABASE_URL is unset:
 * the same binaries the embedded engine ships, in a temporary folder, without fsync. The app then
 * reaches it through DATABASE_URL, the code path of a production server.
 */
export async function startThrowawayPostgres(): Promise<{ url: string; stop: () => Promise<void> }> {
  const dataDir = mkdtempSync(join(tmpdir(), 'showcase-pg-'));
  chmodSync(dataDir, 0o755);
  const server = await startEmbeddedPostgres({ dataDir, ephemeral: true });
  return {
    url: server.adminUrl,
    stop: async () => {
      await server.stop();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
