import { type Kysely, sql } from 'kysely';

/**
 * Tracked share links and the start of the engagement model. A link's token is kept only as its
 * SHA-256 digest; a passcode only as its argon2 hash; an email code only as its digest. Visits,
 * beats and downloads are engagement events: no IP and no persistent visitor id, only a hash with
 * a salt that rotates daily (engagement_salts keeps today's and yesterday's).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE TABLE share_links (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      asset_id uuid NOT NULL REFERENCES assets (id) ON DELETE CASCADE,
      created_by uuid REFERENCES users (id) ON DELETE SET NULL,
      token_digest text NOT NULL UNIQUE,
      name text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
      notes text NOT NULL DEFAULT '',
      audience text NOT NULL CHECK (audience IN ('recipient', 'account', 'group')),
      account_name text,
      expires_at timestamptz,
      passcode_hash text,
      passcode_failures integer NOT NULL DEFAULT 0,
      passcode_failed_since timestamptz,
      email_gate boolean NOT NULL DEFAULT false,
      allow_list text[] NOT NULL DEFAULT '{}',
      deny_list text[] NOT NULL DEFAULT '{}',
      downloads boolean NOT NULL DEFAULT true,
      revoked_at timestamptz,
      revoked_by uuid REFERENCES users (id) ON DELETE SET NULL,
      first_visit_at timestamptz,
      created_at timestamptz NOT NULL DEFAULT now()
    );
    CREATE INDEX share_links_asset_idx ON share_links (asset_id, created_at DESC);

    CREATE TABLE share_link_recipients (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      link_id uuid NOT NULL REFERENCES share_links (id) ON DELETE CASCADE,
      name text NOT NULL DEFAULT '',
      email text NOT NULL,
      added_by_visit boolean NOT NULL DEFAULT false,
      created_at timestamptz NOT NULL DEFAULT now(),
      UNIQUE (link_id, email)
    );

    CREATE TABLE share_email_codes (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      link_id uuid NOT NULL REFERENCES share_links (id) ON DELETE CASCADE,
      email text NOT NULL,
      code_digest text NOT NULL,
      expires_at timestamptz NOT NULL,
      attempts integer NOT NULL DEFAULT 0,
      used_at timestamptz,
      created_at timestamptz NOT NULL
    );
    CREATE INDEX share_email_codes_link_email_idx ON share_email_codes (link_id, email, created_at DESC);

    CREATE TABLE share_grants (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      link_id uuid NOT NULL REFERENCES share_links (id) ON DELETE CASCADE,
      token_digest text NOT NULL UNIQUE,
      passcode_ok boolean NOT NULL DEFAULT false,
      recipient_id uuid REFERENCES share_link_recipients (id) ON DELETE CASCADE,
      expires_at timestamptz NOT NULL,
      created_at timestamptz NOT NULL
    );

    CREATE TABLE engagement_events (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      asset_id uuid NOT NULL REFERENCES assets (id) ON DELETE CASCADE,
      link_id uuid REFERENCES share_links (id) ON DELETE CASCADE,
      recipient_id uuid REFERENCES share_link_recipients (id) ON DELETE SET NULL,
      source text NOT NULL CHECK (source IN ('share_link')),
      kind text NOT NULL CHECK (kind IN ('visit', 'beat', 'download')),
      visit_id uuid REFERENCES engagement_events (id) ON DELETE CASCADE,
      visitor_hash text,
      seconds integer NOT NULL DEFAULT 0 CHECK (seconds >= 0),
      occurred_at timestamptz NOT NULL
    );
    CREATE INDEX engagement_events_link_idx ON engagement_events (link_id, kind, occurred_at DESC);
    CREATE INDEX engagement_events_asset_idx ON engagement_events (asset_id, occurred_at DESC);
    CREATE INDEX engagement_events_visit_idx ON engagement_events (visit_id, occurred_at DESC);

    CREATE TABLE engagement_salts (
      day date PRIMARY KEY,
      salt text NOT NULL
    );
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`
    DROP TABLE engagement_salts, engagement_events, share_grants, share_email_codes,
      share_link_recipients, share_links;
  `.execute(db);
}
