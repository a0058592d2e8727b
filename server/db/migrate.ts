import {
  type Kysely,
  type Migration,
  type MigrationResultSet,
  Migrator,
  NO_MIGRATIONS,
  sql,
  type Transaction,
} from 'kysely';
import { AppError } from '../errors.ts';
import * as foundation from './migrations/0001_foundation.ts';
import * as library from './migrations/0002_library.ts';
import * as requests from './migrations/0003_requests.ts';
import * as demosDown from './migrations/0004_demos.down.ts';
import * as demos from './migrations/0004_demos.ts';
import * as search from './migrations/0005_search.ts';
import * as level from './migrations/0006_level.ts';
import * as files from './migrations/0007_files.ts';
import * as jobs from './migrations/0008_jobs.ts';
import * as imports from './migrations/0009_imports.ts';
import * as gitlabUsers from './migrations/0010_gitlab_users.ts';
import * as demoUpdateRequests from './migrations/0011_demo_update_requests.ts';
import * as webhookSecrets from './migrations/0012_webhook_secrets.ts';
import * as recordVersions from './migrations/0013_record_versions.ts';
import * as shareLinks from './migrations/0014_share_links.ts';
import * as oidcIdentities from './migrations/0015_oidc_identities.ts';
import * as listPositions from './migrations/0016_list_positions.ts';
import * as engagementModel from './migrations/0017_engagement_model.ts';
import * as peopleVersions from './migrations/0018_people_versions.ts';
import * as outsideNumbers from './migrations/0019_outside_numbers.ts';
import * as okrs from './migrations/0020_okrs.ts';
import * as assetFiles from './migrations/0021_asset_files.ts';
import * as searchBroad from './migrations/0022_search_broad.ts';
import * as engagementReadIndexes from './migrations/0023_engagement_read_indexes.ts';
import * as plan from './migrations/0024_plan.ts';
import * as distribution from './migrations/0025_distribution.ts';
import * as engagementWideRollups from './migrations/0026_engagement_wide_rollups.ts';
import * as engagementWeeklyRollups from './migrations/0029_engagement_weekly_rollups.ts';
import * as clickThrough from './migrations/0030_click_through.ts';
import * as clickThroughEvents from './migrations/0031_click_through_events.ts';
import * as auditLog from './migrations/0032_audit_log.ts';
import * as rateLimits from './migrations/0034_rate_limits.ts';
import * as tokenScopes from './migrations/0035_token_scopes.ts';
import type { DB } from './schema.ts';

/**
 * Every migration, in order. Add new files here; the same list runs on PGlite and PostgreSQL.
 * A migration that has landed is never edited (a database that applied it would never see the
 * edit): change the schema with a new one, and give every migration a `down`.
 */
export const migrations: Record<string, Migration> = {
  '0001_foundation': foundation,
  '0002_library': library,
  '0003_requests': requests,
  // 0004 landed without a down; its down lives beside it rather than in the file that ran.
  '0004_demos': { up: demos.up, down: demosDown.down },
  '0005_search': search,
  '0006_level': level,
  '0007_files': files,
  '0008_jobs': jobs,
  '0009_imports': imports,
  '0010_gitlab_users': gitlabUsers,
  '0011_demo_update_requests': demoUpdateRequests,
  '0012_webhook_secrets': webhookSecrets,
  '0013_record_versions': recordVersions,
  '0014_share_links': shareLinks,
  '0015_oidc_identities': oidcIdentities,
  '0016_list_positions': listPositions,
  '0017_engagement_model': engagementModel,
  '0018_people_versions': peopleVersions,
  '0019_outside_numbers': outsideNumbers,
  '0020_okrs': okrs,
  '0021_asset_files': assetFiles,
  '0022_search_broad': searchBroad,
  '0023_engagement_read_indexes': engagementReadIndexes,
  '0024_plan': plan,
  '0025_distribution': distribution,
  '0026_engagement_wide_rollups': engagementWideRollups,
  '0029_engagement_weekly_rollups': engagementWeeklyRollups,
  '0030_click_through': clickThrough,
  '0031_click_through_events': clickThroughEvents,
  '0032_audit_log': auditLog,
  '0034_rate_limits': rateLimits,
  '0035_token_scopes': tokenScopes,
};

function migrator(db: Kysely<DB>, list: Record<string, Migration> = migrations) {
  return new Migrator({ db, provider: { getMigrations: async () => list } });
}

/** Names of the migrations a run applied or reverted; throws the first failure. */
function done({ error, results }: MigrationResultSet): string[] {
  if (error) throw error;
  return (results ?? [])
    .filter((result) => result.status === 'Success')
    .map((result) => result.migrationName);
}

/** Applies every pending migration of `list` (the app's list unless a test passes another). */
export async function migrateToLatest(
  db: Kysely<DB>,
  list: Record<string, Migration> = migrations,
): Promise<string[]> {
  return done(await migrator(db, list).migrateToLatest());
}

/** Reverts the last applied migration; returns its name (none when nothing is applied). */
export async function migrateDown(db: Kysely<DB>): Promise<string[]> {
  return done(await migrator(db).migrateDown());
}

/**
 * Migrates up or down until `target` is the last applied migration; `null` reverts every one
 * (an empty schema but for the extensions 0001 enables).
 */
export async function migrateTo(
  db: Kysely<DB>,
  target: string | null,
): Promise<{ applied: string[]; reverted: string[] }> {
  if (target !== null && !(target in migrations))
    throw new AppError('not_found', `No migration named ${target}`);
  const resultSet = await migrator(db).migrateTo(target ?? NO_MIGRATIONS);
  done(resultSet);
  const names = (direction: 'Up' | 'Down') =>
    (resultSet.results ?? [])
      .filter((result) => result.status === 'Success' && result.direction === direction)
      .map((result) => result.migrationName);
  return { applied: names('Up'), reverted: names('Down') };
}

/**
 * What migrateTo does, inside the caller's transaction (PostgreSQL's DDL is transactional), so a
 * restore with --force can wipe, migrate and refill in one transaction and a failure leaves the
 * workspace it was going to replace. Needs an applied database (the migration table exists); it
 * steps through the same `up` and `down` functions and bookkeeping as the migrator.
 */
export async function migrateWithin(
  trx: Transaction<DB>,
  target: string | null,
): Promise<{ applied: string[]; reverted: string[] }> {
  if (target !== null && !(target in migrations))
    throw new AppError('not_found', `No migration named ${target}`);
  const known = (name: string) => {
    const migration = migrations[name];
    if (!migration)
      throw new AppError('conflict', `The database has migration ${name}, which this Showcase does not know`);
    return migration;
  };
  const { rows } = await sql<{ name: string }>`SELECT name FROM kysely_migration ORDER BY name`.execute(trx);
  const done = rows.map((row) => row.name);
  const reverted: string[] = [];
  for (const name of [...done].reverse()) {
    if (target !== null && name <= target) break;
    await known(name).down?.(trx);
    await sql`DELETE FROM kysely_migration WHERE name = ${name}`.execute(trx);
    reverted.push(name);
  }
  const applied: string[] = [];
  for (const name of Object.keys(migrations).sort()) {
    if (done.includes(name) || target === null || name > target) continue;
    await known(name).up(trx);
    await sql`INSERT INTO kysely_migration (name, timestamp) VALUES (${name}, ${new Date().toISOString()})`.execute(
      trx,
    );
    applied.push(name);
  }
  return { applied, reverted };
}

/** Names of migrations known to the code but not yet applied to the database. */
export async function pendingMigrations(db: Kysely<DB>): Promise<string[]> {
  const all = await migrator(db).getMigrations();
  return all.filter((migration) => !migration.executedAt).map((migration) => migration.name);
}
