import { sql } from 'kysely';
import type { Database } from '../../db/connect.ts';

/** One round trip to the database; throws when it cannot be reached. */
export async function pingDatabase(db: Database['db']): Promise<void> {
  await sql`SELECT 1`.execute(db);
}
