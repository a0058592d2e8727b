import { type Kysely, sql } from 'kysely';

/**
 * GitLab intake files a request as a Showcase user only through a link an admin made:
 * `gitlab_user_links` maps a GitLab username (lower case; GitLab usernames ignore case) to a
 * Showcase account. Requests filed through GitLab keep the issue author's name and username
 * (`external_author_name`, `external_author_username`), whoever they were filed as.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE TABLE gitlab_user_links (
      username text PRIMARY KEY CHECK (username = lower(username) AND length(username) BETWEEN 1 AND 255),
      user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
      created_by uuid REFERENCES users (id) ON DELETE SET NULL,
      created_at timestamptz NOT NULL DEFAULT now()
    );
    CREATE INDEX gitlab_user_links_user_idx ON gitlab_user_links (user_id);
    ALTER TABLE requests
      ADD COLUMN external_author_name text,
      ADD COLUMN external_author_username text;
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`
    ALTER TABLE requests DROP COLUMN external_author_username, DROP COLUMN external_author_name;
    DROP TABLE gitlab_user_links;
  `.execute(db);
}
