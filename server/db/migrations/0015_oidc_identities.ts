import { type Kysely, sql } from 'kysely';

/**
 * Single sign-on: `oidc_identities` links an OpenID Connect identity — the provider's issuer and
 * its stable subject (`sub`) — to a Showcase account. Later sign-ins find the account by this link,
 * never by email, so an email reassigned at the provider cannot take an account over. One link per
 * account and issuer. `groups` and `email` are what the provider said at the last sign-in.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE TABLE oidc_identities (
      issuer text NOT NULL CHECK (length(issuer) BETWEEN 1 AND 2048),
      subject text NOT NULL CHECK (length(subject) BETWEEN 1 AND 255),
      user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
      email text,
      groups text[] NOT NULL DEFAULT '{}',
      created_at timestamptz NOT NULL DEFAULT now(),
      last_sign_in_at timestamptz NOT NULL,
      PRIMARY KEY (issuer, subject),
      UNIQUE (user_id, issuer)
    );
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`DROP TABLE oidc_identities`.execute(db);
}
