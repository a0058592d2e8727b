import { type Kysely, sql } from 'kysely';

/** Content requests: intake with budget cost, the review clock, state history and delivered assets. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    ALTER TABLE users ADD COLUMN team_id uuid REFERENCES teams (id) ON DELETE SET NULL;

    CREATE TABLE requests (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      number integer GENERATED ALWAYS AS IDENTITY UNIQUE,
      title text NOT NULL CHECK (length(title) BETWEEN 1 AND 300),
      business_goal text NOT NULL DEFAULT '',
      audience text NOT NULL DEFAULT '',
      audience_size integer,
      distribution_plan text NOT NULL DEFAULT '',
      event_name text NOT NULL DEFAULT '',
      description text NOT NULL DEFAULT '',
      due_date date,
      deliverable_type_id uuid REFERENCES terms (id) ON DELETE RESTRICT,
      solution_id uuid REFERENCES terms (id) ON DELETE RESTRICT,
      use_case_id uuid REFERENCES terms (id) ON DELETE RESTRICT,
      team_id uuid NOT NULL REFERENCES teams (id) ON DELETE RESTRICT,
      requester_id uuid NOT NULL REFERENCES users (id) ON DELETE RESTRICT,
      links jsonb NOT NULL DEFAULT '[]'::jsonb,
      reuse boolean NOT NULL DEFAULT false,
      for_event boolean NOT NULL DEFAULT false,
      reused_asset_id uuid REFERENCES assets (id) ON DELETE SET NULL,
      cost integer NOT NULL CHECK (cost >= 0),
      quarter text NOT NULL,
      budget_override_reason text,
      state text NOT NULL DEFAULT 'new_request' CHECK (state IN
        ('new_request', 'triage', 'backlog', 'assigned', 'completed', 'closed', 'transferred', 'declined', 'canceled', 'duplicate')),
      stage text CHECK (stage IN ('queue', 'in_progress', 'waiting')),
      priority smallint CHECK (priority BETWEEN 1 AND 3),
      assignee_id uuid REFERENCES users (id) ON DELETE SET NULL,
      duplicate_of_id uuid REFERENCES requests (id) ON DELETE SET NULL,
      review_due_at timestamptz NOT NULL,
      reviewed_at timestamptz,
      results jsonb,
      external_ref text UNIQUE,
      overdue_notified_at timestamptz,
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now()
    );
    CREATE INDEX requests_state_idx ON requests (state, review_due_at);
    CREATE INDEX requests_team_quarter_idx ON requests (team_id, quarter);
    CREATE INDEX requests_assignee_idx ON requests (assignee_id) WHERE assignee_id IS NOT NULL;
    CREATE INDEX requests_requester_idx ON requests (requester_id);
    CREATE INDEX requests_created_idx ON requests (created_at DESC);

    CREATE TABLE request_terms (
      request_id uuid NOT NULL REFERENCES requests (id) ON DELETE CASCADE,
      term_id uuid NOT NULL REFERENCES terms (id) ON DELETE RESTRICT,
      PRIMARY KEY (request_id, term_id)
    );
    CREATE INDEX request_terms_term_idx ON request_terms (term_id);

    CREATE TABLE request_assets (
      request_id uuid NOT NULL REFERENCES requests (id) ON DELETE CASCADE,
      asset_id uuid NOT NULL REFERENCES assets (id) ON DELETE RESTRICT,
      PRIMARY KEY (request_id, asset_id)
    );

    CREATE TABLE request_events (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      seq bigint GENERATED ALWAYS AS IDENTITY,
      request_id uuid NOT NULL REFERENCES requests (id) ON DELETE CASCADE,
      kind text NOT NULL,
      from_state text,
      to_state text,
      reason text NOT NULL DEFAULT '',
      data jsonb NOT NULL DEFAULT '{}'::jsonb,
      actor_id uuid REFERENCES users (id) ON DELETE SET NULL,
      created_at timestamptz NOT NULL DEFAULT now()
    );
    CREATE INDEX request_events_request_idx ON request_events (request_id, seq);

    CREATE TABLE request_comments (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      request_id uuid NOT NULL REFERENCES requests (id) ON DELETE CASCADE,
      author_id uuid REFERENCES users (id) ON DELETE SET NULL,
      body text NOT NULL CHECK (length(body) BETWEEN 1 AND 20000),
      created_at timestamptz NOT NULL DEFAULT now()
    );
    CREATE INDEX request_comments_request_idx ON request_comments (request_id, created_at);

    CREATE TABLE request_attachments (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      request_id uuid NOT NULL REFERENCES requests (id) ON DELETE CASCADE,
      uploader_id uuid REFERENCES users (id) ON DELETE SET NULL,
      filename text NOT NULL,
      content_type text NOT NULL,
      size integer NOT NULL,
      data bytea NOT NULL,
      created_at timestamptz NOT NULL DEFAULT now()
    );
    CREATE INDEX request_attachments_request_idx ON request_attachments (request_id);

    CREATE TABLE webhooks (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      name text NOT NULL,
      url text NOT NULL,
      events text[] NOT NULL,
      active boolean NOT NULL DEFAULT true,
      created_at timestamptz NOT NULL DEFAULT now()
    );

    CREATE TABLE webhook_deliveries (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      webhook_id uuid NOT NULL REFERENCES webhooks (id) ON DELETE CASCADE,
      event text NOT NULL,
      payload jsonb NOT NULL,
      status text NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'delivered', 'failed')),
      attempts integer NOT NULL DEFAULT 0,
      next_attempt_at timestamptz NOT NULL,
      last_status_code integer,
      last_error text,
      created_at timestamptz NOT NULL DEFAULT now(),
      delivered_at timestamptz
    );
    CREATE INDEX webhook_deliveries_due_idx ON webhook_deliveries (next_attempt_at) WHERE status = 'pending';
    CREATE INDEX webhook_deliveries_webhook_idx ON webhook_deliveries (webhook_id, created_at DESC);

    CREATE TABLE integration_deliveries (
      id text PRIMARY KEY,
      source text NOT NULL,
      request_id uuid REFERENCES requests (id) ON DELETE SET NULL,
      received_at timestamptz NOT NULL DEFAULT now()
    );
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`
    DROP TABLE request_attachments, webhook_deliveries, webhooks, integration_deliveries, request_comments, request_events, request_assets, request_terms, requests;
    ALTER TABLE users DROP COLUMN team_id;
  `.execute(db);
}
