import type { Insertable, Updateable } from 'kysely';
import { sql } from 'kysely';
import { chargedStates, openDemoUpdateStates, scoreRules } from '../../../shared/requests.ts';
import type { Database } from '../../db/connect.ts';
import type { RequestRow, RequestsTable } from '../../db/schema.ts';

type Db = Database['db'];

/** Locks the team row so concurrent submissions for one team are charged one after another. */
export function lockTeam(db: Db, teamId: string) {
  return db.selectFrom('teams').selectAll().where('id', '=', teamId).forUpdate().executeTakeFirst();
}

export async function spentInQuarter(db: Db, teamId: string, quarter: string): Promise<number> {
  const row = await db
    .selectFrom('requests')
    .select((eb) => eb.fn.coalesce(eb.fn.sum<number>('cost'), sql<number>`0`).as('spent'))
    .where('team_id', '=', teamId)
    .where('quarter', '=', quarter)
    .where('state', 'in', [...chargedStates])
    .executeTakeFirstOrThrow();
  return Number(row.spent);
}

export function insertRequest(db: Db, values: Insertable<RequestsTable>): Promise<RequestRow> {
  return db.insertInto('requests').values(values).returningAll().executeTakeFirstOrThrow();
}

export function updateRequestRow(db: Db, id: string, values: Updateable<RequestsTable>): Promise<RequestRow> {
  return db
    .updateTable('requests')
    .set({ ...values, updated_at: new Date() })
    .where('id', '=', id)
    .returningAll()
    .executeTakeFirstOrThrow();
}

export function findRequestRow(db: Db, id: string, forUpdate = false) {
  let query = db.selectFrom('requests').selectAll().where('id', '=', id);
  if (forUpdate) query = query.forUpdate();
  return query.executeTakeFirst();
}

/** The demo's update request still to be done (at most one), row-locked when asked. */
export function findOpenDemoUpdateRequest(
  db: Db,
  demoId: string,
  options: { exceptId?: string; forUpdate?: boolean } = {},
) {
  let query = db
    .selectFrom('requests')
    .selectAll()
    .where('kind', '=', 'demo_update')
    .where('demo_id', '=', demoId)
    .where('state', 'in', [...openDemoUpdateStates]);
  if (options.exceptId) query = query.where('id', '<>', options.exceptId);
  if (options.forUpdate) query = query.forUpdate();
  return query.executeTakeFirst();
}

export interface RequestListFilter {
  states: string[];
  requesterScope?: { userId: string; teamId: string | null };
  assigneeId?: string;
  overdueAt?: Date;
  teamId?: string;
}

export type RequestSort = 'score' | 'number' | 'title' | 'due_date';

/**
 * The priority score of each request in SQL, the same sum `priorityScore` (shared/requests.ts)
 * makes for the reasons people see, built from the same `scoreRules`: priority points, the
 * deliverable type's and the solution's rank among the live terms of their kind (position, then
 * id, as `termRanks` orders them), and the due-date band of the days left from `today`. Ranks use
 * whole numbers: (2·max·(n−1−rank) + (n−1)) div (2·(n−1)) is max·(n−1−rank)/(n−1) rounded half
 * up, exactly what `rankPoints` gives.
 */
function scoreSql(today: string) {
  const priority = sql.join(
    Object.entries(scoreRules.priority).map(
      ([level, points]) => sql`WHEN ${sql.lit(Number(level))} THEN ${sql.lit(points)}`,
    ),
    sql` `,
  );
  const rank = (alias: 'dt' | 'so', max: number) => {
    const of = sql.ref(`${alias}.of`);
    const place = sql.ref(`${alias}.rank`);
    return sql`coalesce(CASE WHEN ${of} <= 1 THEN ${sql.lit(max)}
      ELSE (2 * ${sql.lit(max)} * (${of} - 1 - ${place}) + (${of} - 1)) / (2 * (${of} - 1)) END, 0)`;
  };
  const days = sql`(requests.due_date - ${today}::date)`;
  const due = sql.join(
    scoreRules.dueBands.map(
      (band) => sql`WHEN ${days} <= ${sql.lit(band.upToDays)} THEN ${sql.lit(band.points)}`,
    ),
    sql` `,
  );
  return sql<number>`(
    CASE requests.priority ${priority} ELSE 0 END
    + ${rank('dt', scoreRules.deliverableTypeMax)}
    + ${rank('so', scoreRules.solutionMax)}
    + CASE WHEN requests.due_date IS NULL THEN 0 ${due} ELSE 0 END
  )::int`;
}

function filteredRequests(db: Db, filter: RequestListFilter) {
  let query = db
    .with('ranked', (qb) =>
      qb
        .selectFrom('terms')
        .select([
          'id',
          sql<number>`row_number() OVER (PARTITION BY kind ORDER BY position, id) - 1`.as('rank'),
          sql<number>`count(*) OVER (PARTITION BY kind)`.as('of'),
        ])
        .where('archived_at', 'is', null),
    )
    .selectFrom('requests')
    .leftJoin('ranked as dt', 'dt.id', 'requests.deliverable_type_id')
    .leftJoin('ranked as so', 'so.id', 'requests.solution_id');
  if (filter.states.length)
    query = query.where('requests.state', 'in', filter.states as RequestRow['state'][]);
  if (filter.teamId) query = query.where('requests.team_id', '=', filter.teamId);
  if (filter.assigneeId) query = query.where('requests.assignee_id', '=', filter.assigneeId);
  if (filter.overdueAt)
    query = query
      .where('requests.reviewed_at', 'is', null)
      .where('requests.review_due_at', '<', filter.overdueAt);
  const scope = filter.requesterScope;
  if (scope) {
    query = query.where((eb) =>
      scope.teamId
        ? eb.or([eb('requests.requester_id', '=', scope.userId), eb('requests.team_id', '=', scope.teamId)])
        : eb('requests.requester_id', '=', scope.userId),
    );
  }
  return query;
}

/**
 * One page of the requests matching `filter`, sorted in SQL (by default the highest priority
 * score first, then the oldest number), each with the score the database computed, and how many
 * match in all.
 */
export async function listRequestRows(
  db: Db,
  filter: RequestListFilter,
  page: { sort: RequestSort; order: 'asc' | 'desc'; limit: number; offset: number; today: string },
): Promise<{ rows: (RequestRow & { score: number })[]; total: number }> {
  const score = scoreSql(page.today);
  const key = {
    score,
    number: sql`requests.number`,
    title: sql`lower(requests.title)`,
    due_date: sql`requests.due_date`,
  }[page.sort];
  const direction = page.order === 'asc' ? sql`ASC` : sql`DESC`;
  const [rows, count] = await Promise.all([
    filteredRequests(db, filter)
      .selectAll('requests')
      .select(score.as('score'))
      .orderBy(sql`${key} ${direction} NULLS LAST`)
      .orderBy('requests.number', page.sort === 'number' ? page.order : 'asc')
      .limit(page.limit)
      .offset(page.offset)
      .execute(),
    filteredRequests(db, filter)
      .select((eb) => eb.fn.countAll<number>().as('total'))
      .executeTakeFirstOrThrow(),
  ]);
  return { rows, total: Number(count.total) };
}

export async function replaceRequestTerms(db: Db, requestId: string, termIds: string[]) {
  await db.deleteFrom('request_terms').where('request_id', '=', requestId).execute();
  if (termIds.length)
    await db
      .insertInto('request_terms')
      .values(termIds.map((term_id) => ({ request_id: requestId, term_id })))
      .execute();
}

export async function addDeliveredAssets(db: Db, requestId: string, assetIds: string[]) {
  if (assetIds.length === 0) return;
  await db
    .insertInto('request_assets')
    .values(assetIds.map((asset_id) => ({ request_id: requestId, asset_id })))
    .onConflict((oc) => oc.doNothing())
    .execute();
}

/** Requests per assignee this quarter that are assigned or done: each TMM's load. */
export function countAssignedLoads(db: Db, quarter: string) {
  return db
    .selectFrom('requests')
    .select(['assignee_id', (eb) => eb.fn.countAll<number>().as('load')])
    .where('quarter', '=', quarter)
    .where('state', 'in', ['assigned', 'completed', 'closed'])
    .groupBy('assignee_id')
    .execute();
}

/** Integration intake: a delivery already received (deduplication by the sender's event id). */
export function findIntegrationDelivery(db: Db, id: string) {
  return db.selectFrom('integration_deliveries').select('id').where('id', '=', id).executeTakeFirst();
}

export function insertIntegrationDelivery(
  db: Db,
  delivery: { id: string; source: string; requestId: string },
) {
  return db
    .insertInto('integration_deliveries')
    .values({ id: delivery.id, source: delivery.source, request_id: delivery.requestId })
    .execute();
}

/** The request filed from this outside issue, if any. */
export function findRequestByExternalRef(db: Db, ref: string) {
  return db.selectFrom('requests').select('id').where('external_ref', '=', ref).executeTakeFirst();
}

export function deliveredAssets(db: Db, requestIds: string[]) {
  if (requestIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('request_assets')
    .innerJoin('assets', 'assets.id', 'request_assets.asset_id')
    .select(['request_assets.request_id', 'assets.id', 'assets.title'])
    .where('request_id', 'in', requestIds)
    .execute();
}

export function insertRequestEvent(
  db: Db,
  event: {
    requestId: string;
    kind: string;
    from?: string | null;
    to?: string | null;
    reason?: string;
    data?: unknown;
    actorId: string | null;
    at?: Date;
  },
) {
  return db
    .insertInto('request_events')
    .values({
      request_id: event.requestId,
      kind: event.kind,
      from_state: event.from ?? null,
      to_state: event.to ?? null,
      reason: event.reason ?? '',
      data: JSON.stringify(event.data ?? {}),
      actor_id: event.actorId,
      created_at: event.at,
    })
    .execute();
}

export function listRequestEvents(db: Db, requestId: string) {
  return db
    .selectFrom('request_events')
    .leftJoin('users', 'users.id', 'request_events.actor_id')
    .select([
      'request_events.kind',
      'request_events.from_state',
      'request_events.to_state',
      'request_events.reason',
      'request_events.created_at',
      'users.id as actor_id',
      'users.name as actor_name',
    ])
    .where('request_id', '=', requestId)
    .orderBy('request_events.seq')
    .execute();
}

export function insertComment(db: Db, comment: { requestId: string; authorId: string; body: string }) {
  return db
    .insertInto('request_comments')
    .values({ request_id: comment.requestId, author_id: comment.authorId, body: comment.body })
    .returningAll()
    .executeTakeFirstOrThrow();
}

export function listComments(db: Db, requestId: string) {
  return db
    .selectFrom('request_comments')
    .leftJoin('users', 'users.id', 'request_comments.author_id')
    .select([
      'request_comments.id',
      'request_comments.body',
      'request_comments.created_at',
      'users.id as author_id',
      'users.name as author_name',
    ])
    .where('request_id', '=', requestId)
    .orderBy('request_comments.created_at')
    .execute();
}

/** Requests under review whose review deadline has passed. */
const overdueAt = (now: Date) =>
  sql<boolean>`reviewed_at IS NULL AND review_due_at < ${now} AND state IN ('new_request', 'triage')`;

/**
 * Marks the overdue requests not yet announced as announced, and returns them: the marking is the
 * claim, so two digests running at once never announce one request twice.
 */
export function claimNewlyOverdueRequests(db: Db, now: Date) {
  return db
    .updateTable('requests')
    .set({ overdue_notified_at: now })
    .where(overdueAt(now))
    .where('overdue_notified_at', 'is', null)
    .returning(['id', 'number', 'title', 'review_due_at'])
    .execute()
    .then((rows) => rows.sort((a, b) => a.review_due_at.getTime() - b.review_due_at.getTime()));
}

export function listOverdueRequests(db: Db, now: Date) {
  return db
    .selectFrom('requests')
    .select(['id', 'number', 'title'])
    .where(overdueAt(now))
    .orderBy('review_due_at')
    .execute();
}

/** Active TMMs and admins, row-locked until the transaction ends (one digest writer at a time). */
export function lockLeads(db: Db) {
  return (
    db
      .selectFrom('users')
      .select('id')
      .where('active', '=', true)
      .where('role', 'in', ['tmm', 'admin'])
      .orderBy('id')
      // NO KEY: rows referencing a user (notifications, comments) can still be written meanwhile.
      .forNoKeyUpdate()
      .execute()
  );
}

/** GitLab intake's links from GitLab usernames to Showcase accounts, with each account. */
function gitlabUserLinks(db: Db) {
  return db
    .selectFrom('gitlab_user_links')
    .innerJoin('users', 'users.id', 'gitlab_user_links.user_id')
    .select([
      'gitlab_user_links.username',
      'gitlab_user_links.created_at',
      'users.id as user_id',
      'users.name as user_name',
      'users.email as user_email',
      'users.role as user_role',
      'users.active as user_active',
    ]);
}
export type GitlabUserLinkRow = Awaited<ReturnType<typeof listGitlabUserLinkRows>>[number];

export function listGitlabUserLinkRows(db: Db) {
  return gitlabUserLinks(db).orderBy('gitlab_user_links.username').execute();
}

export function findGitlabUserLinkRow(db: Db, username: string) {
  return gitlabUserLinks(db).where('gitlab_user_links.username', '=', username).executeTakeFirst();
}

/** Links a GitLab username; undefined when the username is linked already. */
export function insertGitlabUserLink(db: Db, link: { username: string; userId: string; createdBy: string }) {
  return db
    .insertInto('gitlab_user_links')
    .values({ username: link.username, user_id: link.userId, created_by: link.createdBy })
    .onConflict((oc) => oc.column('username').doNothing())
    .returning('username')
    .executeTakeFirst();
}

export function deleteGitlabUserLink(db: Db, username: string) {
  return db
    .deleteFrom('gitlab_user_links')
    .where('username', '=', username)
    .returning('username')
    .executeTakeFirst();
}

/** States of a request still being worked on: the ones a duplicate warning is about. */
export const openStates = ['new_request', 'triage', 'backlog', 'assigned'] as const;

/**
 * The team's open requests with the stems of their title and business goal, and the stems of
 * `text` (English configuration, stop words dropped), for comparing them in memory.
 */
export async function openTeamRequestStems(db: Db, teamId: string, text: string) {
  const query = await sql<{ stems: string[] }>`
    SELECT tsvector_to_array(to_tsvector('english', ${text})) AS stems
  `.execute(db);
  const rows = await db
    .selectFrom('requests')
    .select([
      'id',
      'number',
      'title',
      'state',
      'requester_id',
      'created_at',
      sql<string[]>`tsvector_to_array(to_tsvector('english', title || ' ' || business_goal))`.as('stems'),
    ])
    .where('team_id', '=', teamId)
    .where('state', 'in', [...openStates])
    .orderBy('created_at', 'desc')
    .limit(1000)
    .execute();
  return { stems: query.rows[0]?.stems ?? [], requests: rows };
}

/**
 * Runs `work` holding a session-level advisory lock on `key`, taken on a connection of its own, so
 * work under the same key (from any instance) runs one at a time while `work` uses the pool freely.
 */
export async function withAdvisoryLock<T>(db: Db, key: string, work: () => Promise<T>): Promise<T> {
  return db.connection().execute(async (connection) => {
    await sql`SELECT pg_advisory_lock(hashtext(${key}))`.execute(connection);
    try {
      return await work();
    } finally {
      await sql`SELECT pg_advisory_unlock(hashtext(${key}))`.execute(connection);
    }
  });
}
