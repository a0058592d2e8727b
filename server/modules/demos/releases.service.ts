import { versionKey } from '../../../shared/demos.ts';
import type { FileReport, ReleaseImportInput, ReleaseImportResult } from '../../../shared/schemas/demos.ts';
import type { Database } from '../../db/connect.ts';
import { inTransaction } from '../../db/transaction.ts';
import { AppError } from '../../errors.ts';
import { timeSlicer } from '../../slice.ts';
import { recordAudit } from '../audit/audit.service.ts';
import { getWorkspace } from '../settings/settings.service.ts';
import { type ChangeItem, readPlainReleaseFile, readReleasePostFile } from './demos.formats.ts';
import { analyseRelease, type ImpactResult, type ResolvedChange, storeImpact } from './demos.impact.ts';
import { presentReleaseSummary } from './demos.presenter.ts';
import * as repo from './demos.repository.ts';

type Db = Database['db'];
const lower = (text: string) => text.trim().toLowerCase();

/** Reads every file of a release; a file that cannot be read is reported and the rest still import. */
export async function readReleaseFiles(input: Pick<ReleaseImportInput, 'format' | 'files'>) {
  const changes: ChangeItem[] = [];
  const reports: FileReport[] = [];
  const slice = timeSlicer();
  for (const file of [...input.files].sort((a, b) => a.name.localeCompare(b.name))) {
    await slice();
    const read =
      input.format === 'gitlab' ? readReleasePostFile(file) : readPlainReleaseFile(file, input.format);
    changes.push(...read.changes);
    reports.push(read.report);
  }
  return { changes, reports };
}

/** Where a running release import is: its phase, and how far through that phase. */
export type ReleaseProgress = (progress: { phase: string; done: number; total: number }) => Promise<void>;

/** The demos a release raised flags on, highest score first, by title. */
async function flaggedDemos(db: Db, impact: ImpactResult) {
  const raised = impact.flags.filter((flag) => flag.state === 'open');
  const titles = new Map(
    (
      await repo.demoTitles(
        db,
        raised.map((flag) => flag.demo_id),
      )
    ).map((row) => [row.id, row.title]),
  );
  return raised
    .map((flag) => ({ demoId: flag.demo_id, title: titles.get(flag.demo_id) ?? '', score: flag.score }))
    .sort((a, b) => b.score - a.score);
}

/**
 * Links each change to the catalogue: categories by name or key, the stage by key or name, and a
 * feature — a new primary or secondary feature joins the catalogue under its first category; a
 * deprecation or removal names an existing feature (or a whole category). What matches nothing is
 * kept on the change and reported against its file.
 */
async function resolveChanges(
  db: Db,
  changes: ChangeItem[],
  reports: FileReport[],
  version: string,
  store: boolean,
  onProgress?: ReleaseProgress,
) {
  const { stages, categories, features } = await repo.loadCatalogue(db);
  const stageBy = new Map<string, string>();
  for (const stage of stages) {
    stageBy.set(lower(stage.key), stage.id);
    stageBy.set(lower(stage.name), stage.id);
  }
  const categoryBy = new Map<string, (typeof categories)[number]>();
  for (const category of categories) {
    categoryBy.set(lower(category.key), category);
    categoryBy.set(lower(category.name), category);
  }
  const featureBy = new Map(
    features.map((feature) => [`${feature.category_id}:${lower(feature.name)}`, feature]),
  );
  const featureByName = new Map(features.map((feature) => [lower(feature.name), feature]));
  const reportOf = new Map(reports.map((report) => [report.file, report]));

  const rows: (Omit<repo.NewReleaseChange, 'release_id'> & { resolved: ResolvedChange })[] = [];
  for (const [position, change] of changes.entries()) {
    await onProgress?.({ phase: 'Matching changes to the catalogue', done: position, total: changes.length });
    const report = reportOf.get(change.sourceFile);
    const stageId = change.stage ? (stageBy.get(lower(change.stage)) ?? null) : null;
    if (change.stage && !stageId)
      report?.skipped.push({
        what: `stage "${change.stage}" of "${change.name}"`,
        reason: 'is not a stage of the product catalogue; the change is kept without a stage',
      });
    const matched = change.categories.map((name) => categoryBy.get(lower(name)));
    const categoryIds = [...new Set(matched.flatMap((category) => (category ? [category.id] : [])))];
    const unknown = change.categories.filter((_, i) => !matched[i]);
    for (const name of unknown)
      report?.skipped.push({
        what: `category "${name}" of "${change.name}"`,
        reason: 'is not in the product catalogue; no demo can match it',
      });
    let featureId: string | null = null;
    if (change.significance === 'primary' || change.significance === 'secondary') {
      const home = matched.find(Boolean);
      if (home) {
        const existing = featureBy.get(`${home.id}:${lower(change.name)}`);
        featureId = existing?.id ?? null;
        if (!existing && store) {
          const created = await repo.insertFeature(db, {
            category_id: home.id,
            name: change.name.slice(0, 300),
            description: change.description,
            documentation_url: change.documentationUrl,
            tiers: change.tiers,
            introduced_in: version,
          });
          featureBy.set(`${home.id}:${lower(change.name)}`, created);
          featureId = created.id;
        }
      }
    } else {
      const feature = featureByName.get(lower(change.name));
      const category = categoryBy.get(lower(change.name));
      if (feature) featureId = feature.id;
      else if (category) categoryIds.push(category.id);
      else
        report?.skipped.push({
          what: `${change.significance} "${change.name}"`,
          reason: 'names no feature or category in the catalogue; kept, but no demo can match it',
        });
    }
    rows.push({
      position,
      name: change.name,
      significance: change.significance,
      stage_id: stageId,
      category_ids: categoryIds,
      feature_id: featureId,
      unknown_categories: unknown,
      tiers: change.tiers,
      description: change.description,
      documentation_url: change.documentationUrl,
      source_file: change.sourceFile,
      resolved: { name: change.name, significance: change.significance, categoryIds, featureId },
    });
  }
  return rows;
}

/**
 * Imports a release (GitLab release-post files, or plain JSON/CSV), stores its changes, and runs
 * impact analysis. Importing the same version again replaces its changes and re-scores its flags;
 * decisions already taken on a flag stand.
 */
export async function importRelease(options: {
  db: Db;
  input: ReleaseImportInput;
  /** Who imports it; null from the command line. */
  actorId: string | null;
  now: Date;
  onProgress?: ReleaseProgress;
}): Promise<ReleaseImportResult> {
  const { input, now } = options;
  const key = versionKey(input.version);
  if (!key)
    throw new AppError('validation_failed', 'Invalid version', {
      fields: { version: 'must start with a number' },
    });
  await options.onProgress?.({ phase: 'Reading the files', done: 0, total: input.files.length });
  const { changes, reports } = await readReleaseFiles(input);
  // A release with no readable change is refused whole: it must never replace a stored one.
  if (changes.length === 0) {
    const problems = reports.map((report) => `${report.file}: ${report.error ?? 'no changes in it'}`);
    throw new AppError(
      'validation_failed',
      'No change could be read from the release files; nothing was stored',
      {
        fields: { files: problems.slice(0, 5).join('; ') },
      },
    );
  }
  const { settings } = await getWorkspace({ db: options.db });
  const existing = await repo.findReleaseByVersion(options.db, input.version);
  const replaces = existing
    ? { version: existing.version, changes: await repo.countReleaseChanges(options.db, existing.id) }
    : null;
  if (existing && !input.dryRun && !input.replace)
    throw new AppError(
      'conflict',
      `Release ${existing.version} is already imported with ${replaces?.changes} changes; import it again with "replace" to replace them`,
      { fields: { replace: 'must be true to replace the stored release' } },
    );
  if (input.dryRun) {
    const rows = await resolveChanges(options.db, changes, reports, input.version, false, options.onProgress);
    await options.onProgress?.({
      phase: 'Finding the demos it affects',
      done: rows.length,
      total: rows.length,
    });
    const impact = await analyseRelease({
      db: options.db,
      release: { id: '00000000-0000-0000-0000-000000000000', version: input.version },
      changes: rows.map((row) => row.resolved),
      threshold: settings.freshnessThreshold,
      now,
    });
    return {
      dryRun: true,
      release: null,
      replaces,
      changes: rows.length,
      files: reports,
      flags: { raised: impact.raised, quiet: impact.quiet },
      flagged: await flaggedDemos(options.db, impact),
    };
  }
  return inTransaction(options.db, async (db) => {
    const rows = await resolveChanges(db, changes, reports, input.version, true, options.onProgress);
    const values = {
      version: input.version,
      version_key: key,
      released_on: input.releasedOn ?? existing?.released_on ?? null,
      source: input.format,
      report: JSON.stringify(reports),
    };
    const release = existing
      ? await repo.updateRelease(db, existing.id, values)
      : await repo.insertRelease(db, { ...values, created_by: options.actorId });
    await options.onProgress?.({
      phase: 'Finding the demos it affects',
      done: rows.length,
      total: rows.length,
    });
    await repo.replaceReleaseChanges(
      db,
      release.id,
      rows.map(({ resolved: _, ...row }) => ({ ...row, release_id: release.id })),
    );
    const impact = await analyseRelease({
      db,
      release,
      changes: rows.map((row) => row.resolved),
      threshold: settings.freshnessThreshold,
      now,
    });
    await storeImpact(db, release.id, impact);
    const stored = await repo.updateRelease(db, release.id, { analysed_at: now });
    await recordAudit(db, {
      action: existing ? 'demos.release_replaced' : 'demos.release_imported',
      target: { type: 'release', id: release.id, label: input.version },
      details: {
        changes: rows.length,
        flagsRaised: impact.raised,
        replacedChanges: replaces?.changes ?? null,
      },
    });
    return {
      dryRun: false,
      release: presentReleaseSummary(stored, {
        change_count: rows.length,
        raised: impact.raised,
        quiet: impact.quiet,
      }),
      replaces,
      changes: rows.length,
      files: reports,
      flags: { raised: impact.raised, quiet: impact.quiet },
      flagged: await flaggedDemos(db, impact),
    };
  });
}

export function listReleases(options: { db: Db }) {
  return repo.listReleaseRows(options.db);
}

/** A release with its changes, its flags and the catalogue names its changes point at. */
export async function getRelease(options: { db: Db; id: string }) {
  const row = await repo.findRelease(options.db, options.id);
  if (!row) throw new AppError('not_found', 'Release not found');
  const [changes, flags, catalogue] = await Promise.all([
    repo.releaseChanges(options.db, row.id),
    repo.flagsOfRelease(options.db, row.id),
    repo.loadCatalogue(options.db),
  ]);
  return { row, changes, flags, catalogue };
}
