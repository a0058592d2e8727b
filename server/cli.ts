import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { userInfo } from 'node:os';
import { basename, join } from 'node:path';
import { Command, Option } from 'commander';
import type { ZodType } from 'zod';
import { roles } from '../shared/roles.ts';
import { createApiTokenSchema } from '../shared/schemas/account.ts';
import { passwordSchema } from '../shared/schemas/common.ts';
import { releaseImportSchema } from '../shared/schemas/demos.ts';
import { createUserSchema } from '../shared/schemas/users.ts';
import { type Database, openDatabase } from './db/connect.ts';
import { migrateTo, migrateToLatest } from './db/migrate.ts';
import { loadEnv } from './env.ts';
import { AppError, fieldErrorsFrom } from './errors.ts';
import { start } from './main.ts';
import { withAuditActor } from './modules/audit/audit.context.ts';
import { verifyAuditChain } from './modules/audit/audit.service.ts';
import { createApiToken } from './modules/auth/auth.service.ts';
import { describeBackup } from './modules/backup/backup.presenter.ts';
import { createBackup, restoreBackup, verifyBackup } from './modules/backup/backup.service.ts';
import { importGitlabCatalogue } from './modules/demos/catalogue.service.ts';
import { importRelease } from './modules/demos/releases.service.ts';
import { exportAssetsCsv } from './modules/library/library.csv.ts';
import { importAssets } from './modules/library/library.import.ts';
import { readImportFile } from './modules/library/library.sources.ts';
import { getWorkspace } from './modules/settings/settings.service.ts';
import { createUser, findUserWithEmail, setUserPassword } from './modules/users/users.service.ts';
import { ensureWorkspace } from './seed/defaults.ts';
import { SAMPLE_PASSWORD, seedSampleWorkspace } from './seed/sample-workspace.ts';
import { openStorage } from './storage/open.ts';
import type { Storage } from './storage/storage.ts';

function parse<T>(schema: ZodType<T>, input: unknown, name?: string): T {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  const fields = fieldErrorsFrom(result.error, name);
  throw new AppError(
    'validation_failed',
    Object.entries(fields)
      .map(([field, message]) => `${field} ${message}`)
      .join('; '),
  );
}

/** The database the environment names (DATABASE_URL, else the embedded one in SHOWCASE_DATA_DIR). */
async function openConfiguredDatabase(): Promise<Database> {
  const env = loadEnv();
  return openDatabase({ url: env.DATABASE_URL, dataDir: env.SHOWCASE_DATA_DIR, poolSize: 2 });
}

/** `open` gives the commands their database, `openFiles` their file storage (tests pass their own). */
export function buildCli({
  open = openConfiguredDatabase,
  openFiles = () => openStorage(loadEnv()),
}: {
  open?: () => Promise<Database>;
  openFiles?: () => Promise<Storage>;
} = {}): Command {
  /** Opens the database, migrated unless told otherwise, runs `work`, and closes it. */
  async function withDatabase<T>(
    work: (db: Database['db'], database: Database) => Promise<T>,
    { migrate = true } = {},
  ): Promise<T> {
    const database = await open();
    try {
      if (migrate) await migrateToLatest(database.db);
      // What a command changes is audited as the CLI's doing, with the account that ran it.
      return await withAuditActor(
        { actorId: null, actorLabel: `cli (${userInfo().username})`, via: 'cli' },
        () => work(database.db, database),
      );
    } finally {
      await database.close();
    }
  }

  const program = new Command('showcase')
    .description(
      'Showcase: the workspace for technical marketing teams. Settings come from the environment (see README).',
    )
    .showHelpAfterError();

  program
    .command('start')
    .description('Migrate the database, prepare the workspace and serve the web app and API')
    .action(async () => {
      await start();
    });

  program
    .command('migrate')
    .description('Apply pending database migrations (also done by start)')
    .option('--to <migration>', 'migrate up or down to this migration instead (none: revert every one)')
    .action((options: { to?: string }) =>
      withDatabase(
        async (db) => {
          if (options.to === undefined) {
            const applied = await migrateToLatest(db);
            console.log(applied.length ? `Applied: ${applied.join(', ')}` : 'The database is up to date.');
            return;
          }
          const { applied, reverted } = await migrateTo(db, options.to === 'none' ? null : options.to);
          if (reverted.length) console.log(`Reverted: ${reverted.join(', ')}`);
          if (applied.length) console.log(`Applied: ${applied.join(', ')}`);
          if (!applied.length && !reverted.length) console.log(`The database is already at ${options.to}.`);
        },
        { migrate: false },
      ),
    );

  program
    .command('seed')
    .description('Load the sample workspace (a fictional company with its team, requesting teams and users)')
    .action(() =>
      withDatabase(async (db) => {
        await ensureWorkspace(db);
        const { created } = await seedSampleWorkspace(db, { storage: await openFiles() });
        console.log(`Sample workspace ready (${created} new users; password ${SAMPLE_PASSWORD}).`);
      }),
    );

  const user = program.command('user').description('Manage accounts');
  user
    .command('add')
    .description('Create an account; prints a generated password when none is given')
    .requiredOption('--email <email>', 'email address, used to sign in')
    .requiredOption('--name <name>', 'display name')
    .addOption(new Option('--role <role>', 'role').choices(roles).default('viewer'))
    .option('--password <password>', 'password (at least 10 characters)')
    .action((options) =>
      withDatabase(async (db) => {
        const input = parse(createUserSchema, options);
        const result = await createUser({ db, input });
        console.log(`Created ${result.user.email} (${result.user.role}).`);
        if (result.temporaryPassword) console.log(`Password: ${result.temporaryPassword}`);
      }),
    );
  user
    .command('set-password')
    .description('Set a new password for an account and sign it out everywhere')
    .argument('<email>', 'the account')
    .argument('<password>', 'the new password (at least 10 characters)')
    .action((email: string, password: string) =>
      withDatabase(async (db) => {
        const updated = await setUserPassword({
          db,
          email,
          password: parse(passwordSchema, password, 'password'),
        });
        console.log(`Password changed for ${updated.email}.`);
      }),
    );

  program
    .command('token')
    .description('Manage API tokens')
    .command('create')
    .description('Create a personal API token for an account; prints the secret once')
    .argument('<email>', 'the account the token acts for')
    .option('--name <name>', 'what the token is for', 'CLI token')
    .option('--expires-in-days <days>', 'days until it expires', (value) => Number.parseInt(value, 10))
    .option(
      '--scopes <scopes>',
      'comma-separated: read, and/or areas (library, requests, …); full access when left out',
      (value) =>
        value
          .split(',')
          .map((scope) => scope.trim())
          .filter(Boolean),
    )
    .action((email: string, options: { name: string; expiresInDays?: number; scopes?: string[] }) =>
      withDatabase(async (db) => {
        const owner = await findUserWithEmail({ db, email });
        if (!owner) throw new AppError('not_found', `No user with email ${email}`);
        const input = parse(createApiTokenSchema, {
          name: options.name,
          expiresInDays: options.expiresInDays,
          scopes: options.scopes,
        });
        const { token } = await createApiToken({
          db,
          userId: owner.id,
          role: owner.role,
          input,
          now: new Date(),
        });
        console.log(token);
      }),
    );

  const importer = program
    .command('import')
    .description('Import library assets, the product catalogue and releases');
  const runImport =
    (kind: 'csv' | 'gitlab-resources' | 'gitlab-webcasts') =>
    async (file: string, options: { dryRun?: boolean }) =>
      withDatabase(async (db) => {
        const text = readFileSync(file, 'utf8');
        const { items, warnings } = await readImportFile({ db, kind, text }).catch((error) => {
          throw error instanceof AppError ? new AppError(error.code, `${file}: ${error.message}`) : error;
        });
        for (const warning of warnings) console.error(`warning: ${warning}`);
        const workspace = await getWorkspace({ db });
        const result = await importAssets({
          db,
          items,
          dryRun: Boolean(options.dryRun),
          actorId: null,
          today: new Date().toISOString().slice(0, 10),
          expiryDays: workspace.settings.assetExpiryDays,
        });
        for (const outcome of result.outcomes) {
          if (outcome.action === 'unchanged' && outcome.problems.length === 0) continue;
          const problems = outcome.problems.length ? ` — ${outcome.problems.join('; ')}` : '';
          console.log(
            `${kind === 'csv' ? 'line' : 'entry'} ${outcome.row}: ${outcome.action} “${outcome.title}”${problems}`,
          );
        }
        const { counts } = result;
        console.log(
          `${result.dryRun ? 'Dry run, nothing stored: would ' : ''}create ${counts.create}, update ${counts.update}, leave ${counts.unchanged} unchanged, reject ${counts.reject}.`,
        );
      });
  for (const [kind, description] of [
    ['csv', 'a CSV file in the export format (matched by id, external_key or primary_url)'],
    ['gitlab-resources', 'GitLab’s public resources.yml'],
    ['gitlab-webcasts', 'GitLab’s public webcasts.yml'],
  ] as const) {
    importer
      .command(kind)
      .description(`Import ${description}`)
      .argument('<file>', 'the file to read')
      .option('--dry-run', 'report per row what would happen, store nothing')
      .action(runImport(kind));
  }

  importer
    .command('gitlab-catalogue')
    .description('Import GitLab’s stages.yml and categories.yml into the product catalogue (matched by key)')
    .argument('<stages>', 'stages.yml')
    .argument('<categories>', 'categories.yml')
    .option('--dry-run', 'report what would change, store nothing')
    .action((stages: string, categories: string, options: { dryRun?: boolean }) =>
      withDatabase(async (db) => {
        const result = await importGitlabCatalogue({
          db,
          stagesText: readFileSync(stages, 'utf8'),
          categoriesText: readFileSync(categories, 'utf8'),
          dryRun: Boolean(options.dryRun),
        });
        for (const problem of result.problems) console.log(`${problem.where}: ${problem.message}`);
        const tally = (t: { create: number; update: number; unchanged: number }) =>
          `${t.create} new, ${t.update} updated, ${t.unchanged} unchanged`;
        console.log(
          `${result.dryRun ? 'Dry run, nothing stored. ' : ''}Stages: ${tally(result.stages)}. Categories: ${tally(result.categories)}.`,
        );
      }),
    );
  const runReleaseImport =
    (format: 'gitlab' | 'json' | 'csv', files: { name: string; content: string }[]) =>
    (options: { version: string; date?: string; dryRun?: boolean; replace?: boolean }) =>
      withDatabase(async (db) => {
        const input = parse(releaseImportSchema, {
          format,
          version: options.version,
          releasedOn: options.date,
          files,
          dryRun: Boolean(options.dryRun),
          replace: Boolean(options.replace),
        });
        const result = await importRelease({ db, input, actorId: null, now: new Date() });
        if (result.replaces)
          console.log(
            `${result.dryRun ? 'Would replace' : 'Replaced'} release ${result.replaces.version} (${result.replaces.changes} changes).`,
          );
        for (const file of result.files) {
          const skipped = file.skipped.map((s) => `${s.what}: ${s.reason}`);
          console.log(`${file.file}: ${file.error ? `error — ${file.error}` : `${file.imported} imported`}`);
          for (const line of skipped) console.log(`  skipped ${line}`);
        }
        console.log(
          `${result.dryRun ? 'Dry run, nothing stored: would import' : 'Imported'} ${result.changes} changes; impact analysis ${result.dryRun ? 'would raise' : 'raised'} ${result.flags.raised} flags (${result.flags.quiet} quiet).`,
        );
      });
  const releaseOptions = (command: Command) =>
    command
      .requiredOption('--version <version>', 'the release’s version, such as 15.4')
      .option('--date <date>', 'release date (YYYY-MM-DD)')
      .option('--dry-run', 'report what would be imported and flagged, store nothing')
      .option('--replace', 'replace the changes of a version imported before');
  releaseOptions(
    importer
      .command('gitlab-release')
      .description('Import a GitLab release-post folder (one YAML file per item) and run impact analysis')
      .argument('<dir>', 'the release-post folder'),
  ).action((dir: string, options: { version: string; date?: string; dryRun?: boolean; replace?: boolean }) =>
    runReleaseImport(
      'gitlab',
      readdirSync(dir)
        .filter((name) => statSync(join(dir, name)).isFile())
        .map((name) => ({ name, content: readFileSync(join(dir, name), 'utf8') })),
    )(options),
  );
  releaseOptions(
    importer
      .command('release')
      .description('Import a plain release (.json with {"changes": [...]}, or .csv) and run impact analysis')
      .argument('<file>', 'the release file'),
  ).action((file: string, options: { version: string; date?: string; dryRun?: boolean; replace?: boolean }) =>
    runReleaseImport(file.toLowerCase().endsWith('.csv') ? 'csv' : 'json', [
      { name: basename(file), content: readFileSync(file, 'utf8') },
    ])(options),
  );

  program
    .command('export')
    .description('Export data')
    .command('csv')
    .description('Write every library asset as CSV to standard output (or --output)')
    .option(
      '--audience <audience>',
      'internal (everything) or external (published external assets, outsider columns only)',
      'internal',
    )
    .option('--output <file>', 'write to this file instead')
    .action((options: { audience: string; output?: string }) =>
      withDatabase(async (db) => {
        if (options.audience !== 'internal' && options.audience !== 'external') {
          throw new AppError('validation_failed', '--audience must be internal or external');
        }
        const csv = await exportAssetsCsv({
          db,
          audience: options.audience,
          statuses: ['draft', 'in_review', 'published', 'archived'],
        });
        if (options.output) writeFileSync(options.output, csv);
        else process.stdout.write(`${csv}\n`);
      }),
    );

  program
    .command('audit')
    .description('The audit log')
    .command('verify')
    .description('Check the audit log’s hash chain: exits 1 and names the first entry that does not hold')
    .action(() =>
      withDatabase(async (db) => {
        const report = await verifyAuditChain(db);
        if (report.ok) {
          process.stdout.write(`The audit log holds: ${report.entries} entries, every hash checked.\n`);
        } else {
          process.stdout.write(
            `The audit log does not hold: entry ${report.broken?.id} fails because ${report.broken?.reason} (${report.entries} entries read).\n`,
          );
          process.exitCode = 1;
        }
      }),
    );

  program
    .command('backup')
    .description(
      'Write one consistent archive of the whole workspace (every table and stored file) while Showcase runs; --verify checks one',
    )
    .argument('<file>', 'the archive to write (or, with --verify, to check), such as showcase.tar.gz')
    .option('--verify', 'check an archive instead: its manifest and every table’s and file’s count and hash')
    .action(async (file: string, options: { verify?: boolean }) => {
      if (options.verify) {
        const { manifest, problems } = await verifyBackup({ file });
        if (manifest) for (const line of describeBackup(manifest)) console.log(line);
        if (problems.length)
          throw new AppError(
            'validation_failed',
            `${file} is damaged:\n${problems.map((problem) => `  - ${problem}`).join('\n')}`,
          );
        console.log('Every table and file matches its manifest.');
        return;
      }
      const storage = await openFiles();
      await withDatabase(
        async (db, database) => {
          const manifest = await createBackup({ db, storage, file, engine: database.kind });
          console.log(`Backup written to ${file}.`);
          for (const line of describeBackup(manifest)) console.log(line);
        },
        { migrate: false },
      );
    });

  program
    .command('restore')
    .description(
      'Rebuild the workspace of a backup archive into an empty database (and the file storage), then migrate it to this version',
    )
    .argument('<file>', 'the archive written by showcase backup')
    .option('--force', 'wipe a database that is not empty first (its rows go; files in storage stay)')
    .action(async (file: string, options: { force?: boolean }) => {
      const storage = await openFiles();
      await withDatabase(
        async (db) => {
          const result = await restoreBackup({
            db,
            storage,
            file,
            force: Boolean(options.force),
            log: (line) => console.log(line),
          });
          console.log(
            `Restored ${result.rows} rows and ${result.files} files${result.migrated.length ? `; then applied ${result.migrated.join(', ')}` : ''}.`,
          );
          for (const line of describeBackup(result.manifest)) console.log(line);
        },
        { migrate: false },
      );
    });

  return program;
}

/** Runs the command line; a failure prints one line and exits non-zero. */
export function runCli(argv = process.argv): Promise<unknown> {
  return buildCli()
    .parseAsync(argv)
    .catch((error: unknown) => {
      console.error(`showcase: ${error instanceof Error ? error.message : String(error)}`);
      process.exit(1);
    });
}

if (import.meta.main) runCli();
