import { sql } from 'kysely';
import type { Database } from '../../db/connect.ts';

type Db = Database['db'];

/** Unfinished jobs of every instance and of the import worker, by kind and status. */
export function countUnfinishedJobs(db: Db) {
  return db
    .selectFrom('jobs')
    .select(['kind', 'status', sql<number>`count(*)::int`.as('count')])
    .where('status', 'in', ['pending', 'running'])
    .groupBy(['kind', 'status'])
    .execute();
}

/** Job attempts started in the last hour by any process, by kind and outcome. */
export function countRecentJobAttempts(db: Db, since: Date) {
  return db
    .selectFrom('job_runs')
    .select(['kind', 'outcome', sql<number>`count(*)::int`.as('count')])
    .where('started_at', '>=', since)
    .groupBy(['kind', 'outcome'])
    .execute();
}
