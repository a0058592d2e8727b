import type {
  CatalogueImportResult,
  CreateCategoryInput,
  CreateFeatureInput,
  CreateStageInput,
  UpdateCatalogueItemInput,
} from '../../../shared/schemas/demos.ts';
import type { Database } from '../../db/connect.ts';
import { inTransaction } from '../../db/transaction.ts';
import { bumpVersion, type ExpectedVersion } from '../../db/versions.ts';
import { AppError } from '../../errors.ts';
import { deleteRecorded, recordAudit } from '../audit/audit.service.ts';
import { readGitlabCatalogue } from './demos.formats.ts';
import * as repo from './demos.repository.ts';

type Db = Database['db'];

/** "Code Review" → "code_review": the key a hand-made stage or category gets. */
export function keyFrom(name: string): string {
  return (
    name
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '_')
      .replace(/^_+|_+$/g, '')
      .slice(0, 100) || 'item'
  );
}

/** The whole catalogue, with how many demos walk through each category. */
export function getCatalogue(options: { db: Db }) {
  return repo.loadCatalogue(options.db);
}

async function mustExist<T>(row: Promise<T | undefined>, what: string, field: string): Promise<T> {
  const found = await row;
  if (!found)
    throw new AppError('validation_failed', `No such ${what}`, {
      fields: { [field]: `must be an existing ${what}` },
    });
  return found;
}

export async function createStage(options: { db: Db; input: CreateStageInput }) {
  const { input } = options;
  const position = await repo.nextStagePosition(options.db);
  return repo.insertStage(options.db, {
    key: input.key ?? keyFrom(input.name),
    name: input.name,
    description: input.description ?? '',
    position,
  });
}

export async function createCategory(options: { db: Db; input: CreateCategoryInput }) {
  const { input } = options;
  await mustExist(repo.findStage(options.db, input.stageId), 'stage', 'stageId');
  return repo.insertCategory(options.db, {
    key: input.key ?? keyFrom(input.name),
    stage_id: input.stageId,
    name: input.name,
    description: input.description ?? '',
    documentation_url: input.documentationUrl ?? null,
    maturity: input.maturity ?? null,
    tiers: input.tiers ?? [],
  });
}

export async function createFeature(options: { db: Db; input: CreateFeatureInput }) {
  const { input } = options;
  await mustExist(repo.findCategory(options.db, input.categoryId), 'category', 'categoryId');
  return repo.insertFeature(options.db, {
    category_id: input.categoryId,
    name: input.name,
    description: input.description ?? '',
    documentation_url: input.documentationUrl ?? null,
    tiers: input.tiers ?? [],
    introduced_in: input.introducedIn ?? null,
  });
}

/** Fields that make sense for each kind; anything else sent is named in the error. */
const allowedFields: Record<repo.CatalogueKind, (keyof UpdateCatalogueItemInput)[]> = {
  stages: ['name', 'description'],
  categories: ['name', 'description', 'stageId', 'documentationUrl', 'maturity', 'tiers'],
  features: ['name', 'description', 'categoryId', 'documentationUrl', 'tiers', 'introducedIn'],
};

export async function updateCatalogueItem(options: {
  db: Db;
  kind: repo.CatalogueKind;
  id: string;
  input: UpdateCatalogueItemInput;
  expected?: ExpectedVersion;
}) {
  const { kind, id, input } = options;
  const wrong = Object.keys(input).filter(
    (field) => !allowedFields[kind].includes(field as keyof UpdateCatalogueItemInput),
  );
  if (wrong.length > 0)
    throw new AppError('validation_failed', `Not a field of ${kind}`, {
      fields: Object.fromEntries(wrong.map((field) => [field, `cannot be set on ${kind}`])),
    });
  const missing = () => new AppError('not_found', `No such ${kind.replace(/s$/, '').replace(/ie$/, 'y')}`);
  return inTransaction(options.db, async (db) => {
    if (input.stageId) await mustExist(repo.findStage(db, input.stageId), 'stage', 'stageId');
    if (input.categoryId) await mustExist(repo.findCategory(db, input.categoryId), 'category', 'categoryId');
    if ((await bumpVersion(db, repo.catalogueTable(kind), id, options.expected)) === undefined)
      throw missing();
    const updated = await repo.updateCatalogueRow(db, kind, id, {
      name: input.name,
      description: input.description,
      stage_id: input.stageId,
      category_id: input.categoryId,
      documentation_url: input.documentationUrl,
      maturity: input.maturity,
      tiers: input.tiers,
      introduced_in: input.introducedIn,
    });
    if (!updated) throw missing();
    if (input.categoryId) await repo.syncStepCategories(db, id);
    return getCatalogueItem({ db, kind, id });
  });
}

/** One stage, category or feature as it is stored now. */
export async function getCatalogueItem(options: { db: Db; kind: repo.CatalogueKind; id: string }) {
  const found = await repo.findCatalogueItem(options.db, options.kind, options.id);
  if (!found) throw new AppError('not_found', 'Catalogue item not found');
  return found;
}

/** Deleting something a demo trail, a release or a child still uses is refused, saying what uses it. */
export async function deleteCatalogueItem(options: { db: Db; kind: repo.CatalogueKind; id: string }) {
  await deleteRecorded(
    options.db,
    async (db) => {
      const usage = await repo.catalogueUsage(db, options.kind, options.id);
      if (usage === null) return undefined;
      const uses = Object.entries(usage)
        .filter(([, count]) => count > 0)
        .map(([what, count]) => `${count} ${what}`);
      if (uses.length > 0) throw new AppError('in_use', `Still used by ${uses.join(', ')}`);
      return repo.deleteCatalogueRow(db, options.kind, options.id);
    },
    'Catalogue item not found',
    (row) => ({
      action: 'demos.catalogue_deleted',
      target: { type: catalogueTargets[options.kind], id: options.id, label: row.name },
    }),
  );
}

const catalogueTargets = {
  stages: 'product_stage',
  categories: 'product_category',
  features: 'product_feature',
};

/**
 * Imports GitLab's stages.yml and categories.yml: matched by key, so a re-import updates names,
 * descriptions and stage links in place and never duplicates.
 */
export async function importGitlabCatalogue(options: {
  db: Db;
  stagesText: string;
  categoriesText: string;
  dryRun: boolean;
}): Promise<CatalogueImportResult> {
  const read = readGitlabCatalogue(options.stagesText, options.categoriesText);
  const result: CatalogueImportResult = {
    dryRun: options.dryRun,
    stages: { create: 0, update: 0, unchanged: 0 },
    categories: { create: 0, update: 0, unchanged: 0 },
    problems: read.problems,
  };
  const work = async (db: Db) => {
    const existingStages = new Map((await repo.allStages(db)).map((row) => [row.key, row]));
    const stageIds = new Map<string, string>();
    for (const stage of read.stages) {
      const existing = existingStages.get(stage.key);
      const values = { name: stage.name, description: stage.description, position: stage.position };
      if (!existing) {
        result.stages.create++;
        if (!options.dryRun)
          stageIds.set(stage.key, (await repo.insertStage(db, { key: stage.key, ...values })).id);
        continue;
      }
      stageIds.set(stage.key, existing.id);
      const same =
        existing.name === values.name &&
        existing.description === values.description &&
        existing.position === values.position;
      result.stages[same ? 'unchanged' : 'update']++;
      if (!same && !options.dryRun) {
        // An import is an edit: an editor holding the old version gets 412, not a silent overwrite.
        await bumpVersion(db, 'product_stages', existing.id, undefined);
        await repo.updateCatalogueRow(db, 'stages', existing.id, values);
      }
    }
    const existingCategories = new Map((await repo.allCategories(db)).map((row) => [row.key, row]));
    for (const category of read.categories) {
      const existing = existingCategories.get(category.key);
      const stageId = stageIds.get(category.stageKey) ?? existingStages.get(category.stageKey)?.id ?? '';
      const values = {
        name: category.name,
        description: category.description,
        documentation_url: category.documentationUrl,
        maturity: category.maturity,
        position: category.position,
        stage_id: stageId,
      };
      if (!existing) {
        result.categories.create++;
        if (!options.dryRun) await repo.insertCategory(db, { key: category.key, ...values });
        continue;
      }
      const same = (Object.keys(values) as (keyof typeof values)[]).every(
        (field) => existing[field] === values[field],
      );
      result.categories[same ? 'unchanged' : 'update']++;
      if (!same && !options.dryRun) {
        await bumpVersion(db, 'product_categories', existing.id, undefined);
        await repo.updateCatalogueRow(db, 'categories', existing.id, values);
      }
    }
    if (!options.dryRun)
      await recordAudit(db, {
        action: 'demos.catalogue_imported',
        details: { stages: result.stages, categories: result.categories },
      });
  };
  if (options.dryRun) await work(options.db);
  else await inTransaction(options.db, work);
  return result;
}
