import { type Kysely, sql } from 'kysely';

/**
 * Every webhook gets a signing secret (deliveries carry an HMAC-SHA256 of timestamp and body).
 * The secret has to be read back to sign, so it is kept as it is, not as a digest. Webhooks that
 * exist get a random one now (two random UUIDs' worth, about 244 random bits); their admins see it
 * by rotating it. New webhooks get theirs from the app, so the column has no default afterwards.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    ALTER TABLE webhooks ADD COLUMN secret text NOT NULL
      DEFAULT 'whsec_' || replace(gen_random_uuid()::text || gen_random_uuid()::text, '-', '');
    ALTER TABLE webhooks ALTER COLUMN secret DROP DEFAULT;
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`ALTER TABLE webhooks DROP COLUMN secret`.execute(db);
}
