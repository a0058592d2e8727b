import { type Kysely, sql } from 'kysely';

/**
 * Rate limits every instance agrees on: one row per (scope, key, window start) counting the calls
 * in that fixed window. `key` is a SHA-256 digest of what is limited (a client address, an account,
 * a link and an address), never the raw value. Windows that ended are removed by the hourly
 * sign-in cleanup job.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE TABLE rate_limits (
      scope text NOT NULL,
      key text NOT NULL,
      window_start timestamptz NOT NULL,
      window_end timestamptz NOT NULL,
      count integer NOT NULL,
      PRIMARY KEY (scope, key, window_start)
    );
    CREATE INDEX rate_limits_window_end_idx ON rate_limits (window_end);
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`DROP TABLE rate_limits`.execute(db);
}
