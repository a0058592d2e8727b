import { type Kysely, sql } from 'kysely';

/**
 * The job runner's tables. `jobs` holds one row per job: a scheduled kind's id is its schedule
 * slot (`archive-expired-assets:2026-12-02T10`), inserted with ON CONFLICT DO NOTHING, so every
 * instance agrees on one row per slot; a job asked for by an admin gets a random id. A claim sets
 * `locked_until` (the lease): a job still `running` past it belonged to a worker that stopped, and
 * is taken again. `job_runs` keeps every attempt's outcome for the admin page.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE TABLE jobs (
      id text PRIMARY KEY,
      kind text NOT NULL,
      status text NOT NULL DEFAULT 'pending'
        CHECK (status IN ('pending', 'running', 'succeeded', 'failed')),
      run_at timestamptz NOT NULL,
      attempts integer NOT NULL DEFAULT 0,
      max_attempts integer NOT NULL CHECK (max_attempts > 0),
      locked_until timestamptz,
      locked_by text,
      last_error text,
      created_at timestamptz NOT NULL DEFAULT now(),
      finished_at timestamptz
    );
    -- What the runner polls: unfinished jobs by due time.
    CREATE INDEX jobs_due_idx ON jobs (run_at) WHERE status IN ('pending', 'running');
    CREATE INDEX jobs_kind_idx ON jobs (kind, run_at DESC);
    CREATE INDEX jobs_failed_idx ON jobs (finished_at DESC) WHERE status = 'failed';

    CREATE TABLE job_runs (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      job_id text NOT NULL REFERENCES jobs (id) ON DELETE CASCADE,
      kind text NOT NULL,
      attempt integer NOT NULL,
      worker text NOT NULL,
      outcome text NOT NULL DEFAULT 'running'
        CHECK (outcome IN ('running', 'succeeded', 'failed')),
      started_at timestamptz NOT NULL,
      finished_at timestamptz,
      duration_ms integer,
      error text,
      summary text
    );
    CREATE INDEX job_runs_kind_idx ON job_runs (kind, started_at DESC);
    CREATE INDEX job_runs_job_idx ON job_runs (job_id);
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`DROP TABLE job_runs, jobs`.execute(db);
}
