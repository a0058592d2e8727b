import { fileURLToPath } from 'node:url';
import { type Kysely, type Migration, sql } from 'kysely';
import ts from 'typescript';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { openEmptyTestDatabase } from '../../test/database.ts';
import * as original0003 from '../../test/fixtures/migrations-original/0003_requests.ts';
import * as original0005 from '../../test/fixtures/migrations-original/0005_search.ts';
import type { Database } from './connect.ts';
import { migrateDown, migrateTo, migrateToLatest, migrations, pendingMigrations } from './migrate.ts';
import type { DB } from './schema.ts';

/**
 * Everything about the schema that a migration decides, in a form two databases can be compared
 * by: tables with their options, columns (not their position), constraints, indexes, triggers and
 * our own functions (not the extensions').
 */
async function describeSchema(db: Kysely<DB>) {
  const rows = async <T>(query: ReturnType<typeof sql<T>>) => (await query.execute(db)).rows;
  return {
    relations: await rows(sql`
      SELECT relname AS name, relkind AS kind, coalesce(array_to_string(reloptions, ','), '') AS options
      FROM pg_class WHERE relnamespace = current_schema()::regnamespace AND relkind IN ('r', 'p', 'v', 'm', 'S')
      ORDER BY relname`),
    columns: await rows(sql`
      SELECT table_name, column_name, data_type, udt_name, is_nullable, column_default, is_identity,
        identity_generation, is_generated, generation_expression, collation_name
      FROM information_schema.columns WHERE table_schema = current_schema()
      ORDER BY table_name, column_name`),
    constraints: await rows(sql`
      SELECT conrelid::regclass::text AS table_name, conname AS name, pg_get_constraintdef(oid) AS definition
      FROM pg_constraint WHERE connamespace = current_schema()::regnamespace
      ORDER BY 1, 2`),
    indexes: await rows(sql`
      SELECT tablename, indexname, indexdef FROM pg_indexes WHERE schemaname = current_schema()
      ORDER BY tablename, indexname`),
    triggers: await rows(sql`
      SELECT tgrelid::regclass::text AS table_name, tgname AS name, pg_get_triggerdef(oid) AS definition
      FROM pg_trigger WHERE NOT tgisinternal ORDER BY 1, 2`),
    functions: await rows(sql`
      SELECT p.proname AS name, pg_get_function_identity_arguments(p.oid) AS arguments,
        pg_get_functiondef(p.oid) AS definition
      FROM pg_proc p
      WHERE p.pronamespace = current_schema()::regnamespace
        AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.objid = p.oid AND d.deptype = 'e')
      ORDER BY 1, 2`),
  };
}

type Snapshot = Awaited<ReturnType<typeof describeSchema>>;

/** The snapshot without Kysely's own bookkeeping tables, which outlive every `down`. */
function withoutBookkeeping(snapshot: Snapshot) {
  const ours = (name: unknown) => !String(name).startsWith('kysely_migration');
  return {
    relations: snapshot.relations.filter((row) => ours((row as { name: string }).name)),
    columns: snapshot.columns.filter((row) => ours((row as { table_name: string }).table_name)),
    constraints: snapshot.constraints.filter((row) => ours((row as { table_name: string }).table_name)),
    indexes: snapshot.indexes.filter((row) => ours((row as { tablename: string }).tablename)),
    triggers: snapshot.triggers,
    functions: snapshot.functions,
  };
}

/** Table → column names as `server/db/schema.ts` declares them (the `DB` interface), read by the compiler. */
function declaredSchema(): Map<string, string[]> {
  const file = fileURLToPath(new URL('./schema.ts', import.meta.url));
  const program = ts.createProgram([file], {
    strict: true,
    noEmit: true,
    allowImportingTsExtensions: true,
    module: ts.ModuleKind.NodeNext,
    moduleResolution: ts.ModuleResolutionKind.NodeNext,
    target: ts.ScriptTarget.ESNext,
  });
  const checker = program.getTypeChecker();
  const source = program.getSourceFile(file);
  const module = source && checker.getSymbolAtLocation(source);
  const dbSymbol = module && checker.getExportsOfModule(module).find((symbol) => symbol.name === 'DB');
  if (!source || !dbSymbol) throw new Error('server/db/schema.ts exports no DB interface');
  const tables = new Map<string, string[]>();
  for (const table of checker.getPropertiesOfType(checker.getDeclaredTypeOfSymbol(dbSymbol))) {
    const tableType = checker.getTypeOfSymbolAtLocation(table, source);
    tables.set(
      table.name,
      checker.getPropertiesOfType(tableType).map((column) => column.name),
    );
  }
  return tables;
}

/** What differs between the tables and columns in the database and those schema.ts declares. */
function differencesFromDeclared(snapshot: Snapshot, declared: Map<string, string[]>): string[] {
  const actual = new Map<string, string[]>();
  for (const row of withoutBookkeeping(snapshot).columns as { table_name: string; column_name: string }[]) {
    actual.set(row.table_name, [...(actual.get(row.table_name) ?? []), row.column_name]);
  }
  const differences: string[] = [];
  for (const [table, columns] of actual) {
    const typed = declared.get(table);
    if (!typed) {
      differences.push(`table ${table} is not in schema.ts`);
      continue;
    }
    for (const column of columns)
      if (!typed.includes(column)) differences.push(`column ${table}.${column} is not in schema.ts`);
    for (const column of typed)
      if (!columns.includes(column))
        differences.push(`schema.ts has ${table}.${column}, no migration creates it`);
  }
  for (const table of declared.keys())
    if (!actual.has(table)) differences.push(`schema.ts has table ${table}, no migration creates it`);
  return differences.sort();
}

let database: Database | undefined;
afterEach(async () => {
  await database?.close();
  database = undefined;
});

async function emptyDatabase() {
  database = await openEmptyTestDatabase();
  return database.db;
}

describe('migrations', () => {
  let declared: Map<string, string[]>;
  let fresh: Snapshot;
  beforeAll(async () => {
    declared = declaredSchema();
    const scratch = await openEmptyTestDatabase();
    try {
      await migrateToLatest(scratch.db);
      fresh = await describeSchema(scratch.db);
    } finally {
      await scratch.close();
    }
  });

  it('create every table and column schema.ts declares, and no other', () => {
    expect(differencesFromDeclared(fresh, declared)).toEqual([]);
  });

  it('the comparison with schema.ts notices a missing or an extra column', () => {
    const lacking = new Map(declared);
    lacking.set(
      'requests',
      (declared.get('requests') ?? []).filter((column) => column !== 'external_ref'),
    );
    lacking.set('teams', [...(declared.get('teams') ?? []), 'motto']);
    lacking.delete('search_words');
    expect(differencesFromDeclared(fresh, lacking)).toEqual([
      'column requests.external_ref is not in schema.ts',
      'schema.ts has teams.motto, no migration creates it',
      'table search_words is not in schema.ts',
    ]);
  });

  it('go down one at a time to an empty schema and up again to the same schema', async () => {
    const db = await emptyDatabase();
    await migrateToLatest(db);
    const names = Object.keys(migrations);
    const reverted: string[] = [];
    for (;;) {
      const step = await migrateDown(db);
      if (step.length === 0) break;
      reverted.push(...step);
    }
    expect(reverted).toEqual([...names].reverse());
    expect(await pendingMigrations(db)).toEqual(names);
    expect(withoutBookkeeping(await describeSchema(db))).toEqual({
      relations: [],
      columns: [],
      constraints: [],
      indexes: [],
      triggers: [],
      functions: [],
    });

    expect(await migrateToLatest(db)).toEqual(names);
    const again = await describeSchema(db);
    expect(again).toEqual(fresh);
    expect(differencesFromDeclared(again, declared)).toEqual([]);
  });

  it('migrate to a named migration, down and up, and refuse an unknown name', async () => {
    const db = await emptyDatabase();
    await migrateToLatest(db);
    const later = Object.keys(migrations).filter((name) => name > '0003_requests');
    expect(await migrateTo(db, '0003_requests')).toEqual({ applied: [], reverted: [...later].reverse() });
    expect(await migrateTo(db, null)).toEqual({
      applied: [],
      reverted: ['0003_requests', '0002_library', '0001_foundation'],
    });
    expect(await migrateTo(db, '0002_library')).toEqual({
      applied: ['0001_foundation', '0002_library'],
      reverted: [],
    });
    await expect(migrateTo(db, '0099_nothing')).rejects.toThrow('No migration named 0099_nothing');
    await migrateToLatest(db);
    expect(await describeSchema(db)).toEqual(fresh);
  });

  it('0006_level brings a database made with the first versions of 0003 and 0005 to the current schema', async () => {
    const db = await emptyDatabase();
    const firstVersions: Record<string, Migration> = {
      '0003_requests': original0003,
      '0005_search': original0005,
    };
    const asFirstReleased = Object.fromEntries(
      Object.entries(migrations)
        .filter(([name]) => name <= '0005_search')
        .map(([name, migration]) => [name, firstVersions[name] ?? migration]),
    );
    await migrateToLatest(db, asFirstReleased);

    // Records written before the upgrade: two events in one transaction share created_at.
    const [ids] = (
      await sql<{ user_id: string; team_id: string; request_id: string; asset_id: string }>`
        WITH u AS (INSERT INTO users (email, name, role) VALUES ('old@example.com', 'Old', 'tmm') RETURNING id),
          t AS (INSERT INTO teams (name) VALUES ('Field') RETURNING id),
          r AS (INSERT INTO requests (title, team_id, requester_id, cost, quarter, review_due_at)
                SELECT 'Old request', t.id, u.id, 0, '2026-Q4', now() FROM t, u RETURNING id),
          a AS (INSERT INTO assets (title, summary) VALUES ('Kubernetes onboarding', 'Clusters explained') RETURNING id)
        SELECT u.id AS user_id, t.id AS team_id, r.id AS request_id, a.id AS asset_id FROM u, t, r, a`.execute(
        db,
      )
    ).rows;
    if (!ids) throw new Error('the records were not written');
    await sql`
      INSERT INTO request_events (request_id, kind, to_state, created_at)
      VALUES (${ids.request_id}, 'created', 'new_request', '2026-11-01T10:00:00Z'),
        (${ids.request_id}, 'transition', 'triage', '2026-11-01T10:00:00Z'),
        (${ids.request_id}, 'transition', 'backlog', '2026-11-02T10:00:00Z')`.execute(db);

    expect(await migrateToLatest(db)).toEqual(Object.keys(migrations).filter((name) => name > '0005_search'));
    expect(await describeSchema(db)).toEqual(fresh);

    // Old history keeps its order; new events follow it.
    await sql`INSERT INTO request_events (request_id, kind, to_state) VALUES (${ids.request_id}, 'transition', 'assigned')`.execute(
      db,
    );
    const events = await sql<{ to_state: string }>`
      SELECT to_state FROM request_events WHERE request_id = ${ids.request_id} ORDER BY seq`.execute(db);
    expect(events.rows.map((row) => row.to_state)).toEqual(['new_request', 'triage', 'backlog', 'assigned']);

    // The lexicon holds the words of assets indexed before it existed, and the new triggers run.
    await sql`INSERT INTO assets (title) VALUES ('Observability primer')`.execute(db);
    const words = await sql<{ word: string }>`
      SELECT word FROM search_words WHERE word IN ('kubernet', 'cluster', 'observ') ORDER BY word`.execute(
      db,
    );
    expect(words.rows.map((row) => row.word)).toEqual(['cluster', 'kubernet', 'observ']);
  });

  it('0006_level changes nothing on a database made with the current files', async () => {
    const db = await emptyDatabase();
    await migrateTo(db, '0005_search');
    const before = await describeSchema(db);
    await migrateTo(db, '0006_level');
    expect(await describeSchema(db)).toEqual(before);
  });

  it('0011_demo_update_requests merges the open update requests a demo already has into the one furthest along', async () => {
    const db = await emptyDatabase();
    const names = Object.keys(migrations);
    await migrateTo(db, names[names.indexOf('0011_demo_update_requests') - 1] as string);
    const [ids] = (
      await sql<{ demo_id: string; other_id: string }>`
        WITH u AS (INSERT INTO users (email, name, role) VALUES ('tmm@example.com', 'Tam', 'tmm') RETURNING id),
          a AS (INSERT INTO assets (title) VALUES ('Pipelines demo'), ('Other demo') RETURNING id, title),
          d AS (INSERT INTO demos (asset_id) SELECT id FROM a RETURNING asset_id),
          r AS (INSERT INTO releases (version, version_key) VALUES ('18.1', '{18,1}'), ('18.2', '{18,2}') RETURNING id)
        SELECT (SELECT id FROM a WHERE title = 'Pipelines demo') AS demo_id,
          (SELECT id FROM a WHERE title = 'Other demo') AS other_id`.execute(db)
    ).rows;
    if (!ids) throw new Error('the records were not written');
    // Three open update requests for one demo (and an ended one), one for another demo.
    for (const [demo, state, description] of [
      [ids.demo_id, 'triage', 'Release 18.1 reasons'],
      [ids.demo_id, 'new_request', 'Release 18.2 reasons'],
      [ids.demo_id, 'assigned', 'Release 18.3 reasons'],
      [ids.demo_id, 'canceled', 'Release 18.0 reasons'],
      [ids.other_id, 'new_request', 'Other reasons'],
    ])
      await sql`
        INSERT INTO requests (title, kind, demo_id, state, description, requester_id, cost, quarter, review_due_at)
        SELECT 'Update demo', 'demo_update', ${demo}, ${state}, ${description}, id, 0, '2026-Q4', now() FROM users`.execute(
        db,
      );
    await sql`
      INSERT INTO demo_flags (demo_id, release_id, score, state, request_id)
      SELECT ${ids.demo_id}, r.id, 0.5, 'requested',
        (SELECT id FROM requests WHERE description = 'Release ' || r.version || ' reasons')
      FROM releases r`.execute(db);

    await migrateToLatest(db);
    const rows = (
      await sql<{ number: number; state: string; description: string; duplicate_of: number | null }>`
        SELECT q.number, q.state, q.description, o.number AS duplicate_of
        FROM requests q LEFT JOIN requests o ON o.id = q.duplicate_of_id ORDER BY q.number`.execute(db)
    ).rows;
    const kept = rows[2];
    expect(rows.map((row) => [row.state, row.duplicate_of])).toEqual([
      ['duplicate', kept?.number],
      ['duplicate', kept?.number],
      ['assigned', null],
      ['canceled', null],
      ['new_request', null],
    ]);
    expect(kept?.description).toBe('Release 18.3 reasons\n\nRelease 18.1 reasons\n\nRelease 18.2 reasons');
    const flags = await sql<{ number: number }>`
      SELECT DISTINCT q.number FROM demo_flags f JOIN requests q ON q.id = f.request_id`.execute(db);
    expect(flags.rows).toEqual([{ number: kept?.number }]);
    const events = await sql<{ from_state: string; reason: string }>`
      SELECT from_state, reason FROM request_events ORDER BY from_state`.execute(db);
    expect(events.rows).toEqual([
      { from_state: 'new_request', reason: `One open update request per demo: merged into #${kept?.number}` },
      { from_state: 'triage', reason: `One open update request per demo: merged into #${kept?.number}` },
    ]);
  });

  it('0026_engagement_wide_rollups fills the wide rollups from the narrow ones, one row per asset (or link and recipient) and day', async () => {
    const db = await emptyDatabase();
    const names = Object.keys(migrations);
    await migrateTo(db, names[names.indexOf('0026_engagement_wide_rollups') - 1] as string);
    await sql`
      WITH a AS (INSERT INTO assets (title) VALUES ('Rolled up') RETURNING id),
        l AS (INSERT INTO share_links (asset_id, token_digest, name, audience)
          SELECT id, 'digest', 'For Ada', 'recipient' FROM a RETURNING id),
        d AS (INSERT INTO engagement_daily (asset_id, source, kind, day, events, seconds)
          SELECT a.id, v.source, v.kind, v.day::date, v.events, v.seconds FROM a, (VALUES
            ('share_link', 'visit', '2030-01-01', 3, 0), ('share_link', 'beat', '2030-01-01', 40, 600),
            ('share_link', 'download', '2030-01-01', 2, 0), ('showcase', 'view', '2030-01-01', 5, 0),
            ('outside', 'video_view', '2030-01-02', 100, 0), ('outside', 'outside', '2030-01-02', 7, 0),
            ('share_link', 'beat', '2030-01-03', 1, 30)) AS v(source, kind, day, events, seconds))
      INSERT INTO engagement_link_daily (link_id, recipient_id, kind, day, events, seconds)
      SELECT l.id, '00000000-0000-0000-0000-000000000000', v.kind, '2030-01-01', v.events, v.seconds
      FROM l, (VALUES ('visit', 3, 0), ('beat', 40, 600), ('download', 2, 0)) AS v(kind, events, seconds)`.execute(
      db,
    );
    await migrateToLatest(db);
    const wide = await sql<Record<string, string>>`
      SELECT day::text, share_visits, showcase_views, downloads, video_views, share_seconds
      FROM engagement_daily_wide ORDER BY day`.execute(db);
    expect(wide.rows.map((row) => Object.values(row).map(String))).toEqual([
      ['2030-01-01', '3', '5', '2', '0', '600'],
      ['2030-01-02', '0', '0', '0', '100', '0'],
      ['2030-01-03', '0', '0', '0', '0', '30'],
    ]);
    const link = await sql<Record<string, string>>`
      SELECT day::text, visits, downloads, seconds FROM engagement_link_daily_wide`.execute(db);
    expect(link.rows.map((row) => Object.values(row).map(String))).toEqual([['2030-01-01', '3', '2', '600']]);
  });
});
