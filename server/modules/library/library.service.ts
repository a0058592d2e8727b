import { randomUUID } from 'node:crypto';
import { type AssetStatus, addDays, assetDateProblems } from '../../../shared/library.ts';
import {
  type Action,
  allows,
  assetActions,
  type PolicyPrincipal,
  visibleStatuses,
} from '../../../shared/policies.ts';
import type { Role } from '../../../shared/roles.ts';
import {
  type AssetSearchQuery,
  assetSearchSchema,
  type CreateAssetInput,
  emptyAssetState,
  type UpdateAssetInput,
} from '../../../shared/schemas/library.ts';
import type { Database } from '../../db/connect.ts';
import type { AssetRow } from '../../db/schema.ts';
import { inTransaction } from '../../db/transaction.ts';
import { bumpVersion, checkVersion, type ExpectedVersion } from '../../db/versions.ts';
import { AppError } from '../../errors.ts';
import { recordAudit } from '../audit/audit.service.ts';
import {
  checkPublishingChecklist,
  openDistribution,
  recordOverride,
} from '../distribution/distribution.service.ts';
import { recordEngagement } from '../insights/insights.service.ts';
import { sendNotification } from '../notifications/notifications.service.ts';
import { findTerms, getAllTerms } from '../settings/settings.service.ts';
import { getUserNames } from '../users/users.service.ts';
import {
  archiveExpiredRows,
  assetRelations,
  deleteListRow,
  findAssetRow,
  findAssetRows,
  findExistingAssetIds,
  findListsByIds,
  findTakenKeys,
  findVersion,
  incrementViews,
  insertAssetRow,
  insertList,
  insertNewAssets,
  insertVersion,
  listAssetsByStatus,
  listAssetTitles,
  listListNames,
  listListRows,
  listOutsiderAssets,
  listStrandedAssets,
  listVersions,
  readLibraryChanges,
  refreshSearchViews,
  relatedAssetIds,
  replaceAssetLists,
  replaceAssetTerms,
  replaceContributors,
  setListOrder,
  updateAssetRow,
  updateListRow,
} from './library.repository.ts';
import {
  buildTsQuery,
  resolveWords,
  type SearchResult,
  type SearchScope,
  searchPage,
  searchWithFacets,
  textQuery,
} from './library.search.repository.ts';

type Db = Database['db'];

/** inTransaction, and which statuses a role may see (the asset policy's read rule, shared/policies.ts). */
export { inTransaction, visibleStatuses };

/** The editable state of an asset: what versions store and restore. */
export type AssetState = Required<UpdateAssetInput>;

/** Term fields and the kind each must be. */
export const termFields = {
  solutionIds: 'solution',
  useCaseIds: 'use_case',
  personaIds: 'persona',
  regionIds: 'region',
  segmentIds: 'segment',
  industryIds: 'industry',
  valueDriverIds: 'value_driver',
} as const;
const singleTermFields = {
  formatId: 'format',
  deliverableTypeId: 'deliverable_type',
  buyerStageId: 'buyer_stage',
} as const;

/** Reads an asset's full editable state from its row and links. */
export async function assetState(db: Db, row: AssetRow): Promise<AssetState> {
  const relations = await assetRelations(db, [row.id]);
  const terms = await findTerms({ db, ids: relations.terms.map((link) => link.term_id) });
  const idsOfKind = (kind: string) =>
    terms
      .filter((term) => term.kind === kind)
      .map((term) => term.id)
      .sort();
  return {
    title: row.title,
    summary: row.summary,
    body: row.body,
    formatId: row.format_id,
    deliverableTypeId: row.deliverable_type_id,
    buyerStageId: row.buyer_stage_id,
    solutionIds: idsOfKind('solution'),
    useCaseIds: idsOfKind('use_case'),
    personaIds: idsOfKind('persona'),
    regionIds: idsOfKind('region'),
    segmentIds: idsOfKind('segment'),
    industryIds: idsOfKind('industry'),
    valueDriverIds: idsOfKind('value_driver'),
    ownerId: row.owner_id,
    contributorIds: relations.contributors.map((c) => c.id).sort(),
    primaryUrl: row.primary_url,
    links: row.links,
    durationMinutes: row.duration_minutes,
    slideCount: row.slide_count,
    wordCount: row.word_count,
    stepCount: row.step_count,
    keyTakeaway: row.key_takeaway,
    safeToShare: row.safe_to_share,
    visibility: row.visibility,
    status: row.status,
    publishedOn: row.published_on,
    expiresOn: row.expires_on,
    lastVerifiedOn: row.last_verified_on,
    tags: row.tags,
    listIds: relations.lists.map((l) => l.id).sort(),
    externalKey: row.external_key,
  };
}

/** Checks every referenced term, person and list exists and is of the right kind; names the bad field. */
/**
 * References one caller checks many assets against (an import): terms and people found once are
 * not looked up again; list ids in `lists` are ones the caller has already seen stored.
 */
export interface KnownReferences {
  termKinds: Map<string, string>;
  users: Set<string>;
  lists: Set<string>;
}

export const noKnownReferences = (): KnownReferences => ({
  termKinds: new Map(),
  users: new Set(),
  lists: new Set(),
});

async function checkReferences(db: Db, state: AssetState, known: KnownReferences = noKnownReferences()) {
  const fields: Record<string, string> = {};
  const termIds = [
    ...Object.keys(singleTermFields).map((field) => state[field as keyof typeof singleTermFields]),
    ...Object.keys(termFields).flatMap((field) => state[field as keyof typeof termFields]),
  ].filter((id): id is string => Boolean(id));
  const unknownTerms = [...new Set(termIds)].filter((id) => !known.termKinds.has(id));
  if (unknownTerms.length)
    for (const term of await findTerms({ db, ids: unknownTerms })) known.termKinds.set(term.id, term.kind);
  for (const [field, kind] of Object.entries(singleTermFields)) {
    const id = state[field as keyof typeof singleTermFields];
    if (id && known.termKinds.get(id) !== kind) fields[field] = `must be a ${kind.replace('_', ' ')} id`;
  }
  for (const [field, kind] of Object.entries(termFields)) {
    const ids = state[field as keyof typeof termFields];
    if (ids.some((id) => known.termKinds.get(id) !== kind))
      fields[field] = `must list ${kind.replace('_', ' ')} ids`;
  }
  const people = [
    ...new Set([state.ownerId, ...state.contributorIds].filter((id): id is string => Boolean(id))),
  ].filter((id) => !known.users.has(id));
  if (people.length) for (const id of (await getUserNames({ db, ids: people })).keys()) known.users.add(id);
  if (state.ownerId && !known.users.has(state.ownerId)) fields.ownerId = 'must be a user id';
  if (state.contributorIds.some((id) => !known.users.has(id))) fields.contributorIds = 'must list user ids';
  const listIds = [...new Set(state.listIds)].filter((id) => !known.lists.has(id));
  if (listIds.length) {
    const lists = await findListsByIds(db, listIds);
    if (lists.length !== listIds.length) fields.listIds = 'must list existing list ids';
  }
  if (Object.keys(fields).length) {
    throw new AppError('validation_failed', `Unknown references: ${Object.keys(fields).join(', ')}`, {
      fields,
    });
  }
}

function normalise(state: AssetState): AssetState {
  const sorted = (ids: string[]) => [...new Set(ids)].sort();
  return {
    ...state,
    solutionIds: sorted(state.solutionIds),
    useCaseIds: sorted(state.useCaseIds),
    personaIds: sorted(state.personaIds),
    regionIds: sorted(state.regionIds),
    segmentIds: sorted(state.segmentIds),
    industryIds: sorted(state.industryIds),
    valueDriverIds: sorted(state.valueDriverIds),
    contributorIds: sorted(state.contributorIds),
    listIds: sorted(state.listIds),
    tags: [...new Set(state.tags)],
  };
}

function changedFields(before: AssetState | undefined, after: AssetState): string[] {
  if (!before) return ['created'];
  return (Object.keys(after) as (keyof AssetState)[]).filter(
    (key) => JSON.stringify(before[key]) !== JSON.stringify(after[key]),
  );
}

/**
 * What a save makes of the asset: the input over its state before (or over an empty one), checked
 * as saveAsset checks it — references, what publishing needs, dates — or an AppError naming the
 * fields. A published asset gets its publish date (today) and expiry here.
 */
async function nextAssetState(
  db: Db,
  before: AssetState | undefined,
  options: {
    input: CreateAssetInput | UpdateAssetInput;
    today: string;
    expiryDays: number;
    known?: KnownReferences;
  },
): Promise<AssetState> {
  const defined = Object.fromEntries(
    Object.entries(options.input).filter(([, value]) => value !== undefined),
  );
  const next = normalise({ ...(before ?? emptyAssetState), ...defined } as AssetState);
  await checkReferences(db, next, options.known);
  if (next.status === 'published') {
    const fields: Record<string, string> = {};
    if (!next.summary.trim()) fields.summary = 'is required to publish';
    if (next.listIds.length === 0) fields.listIds = 'must name at least one list to publish';
    if (Object.keys(fields).length)
      throw new AppError('validation_failed', 'Publishing needs a summary and at least one list', {
        fields,
      });
    next.publishedOn ??= options.today;
  }
  if (next.publishedOn && !next.expiresOn) next.expiresOn = addDays(next.publishedOn, options.expiryDays);
  const dateProblems = assetDateProblems({ ...next, today: options.today });
  if (Object.keys(dateProblems).length)
    throw new AppError('validation_failed', 'The asset’s dates do not fit together', {
      fields: dateProblems,
    });
  return next;
}

/** The assets row of a state (the archived reason kept from the row before, when there is one). */
function assetValues(next: AssetState, existing: AssetRow | undefined) {
  return {
    title: next.title,
    summary: next.summary,
    body: next.body,
    format_id: next.formatId,
    deliverable_type_id: next.deliverableTypeId,
    buyer_stage_id: next.buyerStageId,
    owner_id: next.ownerId,
    primary_url: next.primaryUrl,
    links: JSON.stringify(next.links),
    duration_minutes: next.durationMinutes,
    slide_count: next.slideCount,
    word_count: next.wordCount,
    step_count: next.stepCount,
    key_takeaway: next.keyTakeaway,
    safe_to_share: next.safeToShare,
    visibility: next.visibility,
    status: next.status,
    published_on: next.publishedOn,
    expires_on: next.expiresOn,
    last_verified_on: next.lastVerifiedOn,
    archived_reason:
      next.status === 'archived' ? (existing?.archived_reason ?? 'archived by an editor') : null,
    tags: next.tags,
    external_key: next.externalKey,
  };
}

/**
 * Creates or updates an asset and records a version. Publishing needs a summary and at least one
 * list; a published asset gets a publish date (today) and an expiry (publish date + expiry days).
 */
export async function saveAsset(options: {
  db: Db;
  id?: string;
  input: CreateAssetInput | UpdateAssetInput;
  actorId: string | null;
  today: string;
  expiryDays: number;
  note?: string;
  /** Shared by the saves of one import, so each entry does not look up the same terms again. */
  known?: KnownReferences;
  /** The versions the editor started from (If-Match); a save from another one changes nothing. */
  expected?: ExpectedVersion;
  /**
   * A person publishing through the API: the format's publishing checklist is enforced (imports,
   * restores and sample data record what was already published and leave it out).
   */
  publishing?: { role: Role; overrideReason?: string; now: Date };
  /** False for the rows of an import, which records one audit entry for the whole file. */
  audited?: boolean;
}): Promise<{ row: AssetRow; changes: string[] }> {
  return inTransaction(options.db, async (db) => {
    const existing = options.id ? await findAssetRow(db, options.id, true) : undefined;
    if (options.id && !existing) throw new AppError('not_found', 'Asset not found');
    // The row is held (FOR UPDATE) from here on: a save that changes nothing is still checked.
    if (existing) checkVersion(existing.edit_version, options.expected);
    const before = existing ? await assetState(db, existing) : undefined;
    const next = await nextAssetState(db, before, options);
    const publishingNow = next.status === 'published' && before?.status !== 'published';
    const overridden =
      publishingNow && options.publishing
        ? await checkPublishingChecklist({
            db,
            assetId: existing?.id ?? null,
            formatId: next.formatId,
            role: options.publishing.role,
            overrideReason: options.publishing.overrideReason,
          })
        : [];
    const changes = changedFields(before, next);
    if (existing && changes.length === 0) return { row: existing, changes };

    const values = assetValues(next, existing);
    if (existing) await bumpVersion(db, 'assets', existing.id, options.expected);
    const row = existing
      ? await updateAssetRow(db, existing.id, { ...values, version: existing.version + 1 })
      : await insertAssetRow(db, { ...values, created_by: options.actorId });
    const fresh = !existing;
    await replaceAssetTerms(
      db,
      row.id,
      Object.keys(termFields).flatMap((field) => next[field as keyof typeof termFields]),
      fresh,
    );
    await replaceContributors(db, row.id, next.contributorIds, fresh);
    await replaceAssetLists(db, row.id, next.listIds, fresh);
    await insertVersion(db, {
      assetId: row.id,
      version: row.version,
      snapshot: next,
      changes,
      note: options.note,
      actorId: options.actorId,
    });
    if (options.audited !== false) await auditAssetSave(db, row, before, next, changes);
    if (publishingNow) {
      const now = options.publishing?.now ?? new Date(`${options.today}T00:00:00Z`);
      // Publishing opens the distribution checklist: a row per channel, to do.
      await openDistribution({ db, assetId: row.id, now });
      if (overridden.length && options.publishing?.overrideReason)
        await recordOverride({
          db,
          assetId: row.id,
          reason: options.publishing.overrideReason,
          openItems: overridden,
          actorId: options.actorId,
          now,
        });
    }
    return { row, changes };
  });
}

/** Long values (a body, a summary) are cut in the audit log: it says what changed, the versions keep the text. */
const auditValue = (value: unknown) =>
  typeof value === 'string' && value.length > 200 ? `${value.slice(0, 200)}…` : value;

/** The audit entry of one save: created, or the changed fields; visibility and status changes named as such. */
async function auditAssetSave(
  db: Db,
  row: AssetRow,
  before: AssetState | undefined,
  next: AssetState,
  changes: string[],
) {
  const fields: Record<string, { before: unknown; after: unknown }> = {};
  for (const field of changes) {
    const key = field as keyof AssetState;
    fields[field] = { before: auditValue(before?.[key] ?? null), after: auditValue(next[key] ?? null) };
  }
  const action = !before
    ? 'asset.created'
    : changes.includes('visibility')
      ? 'asset.visibility_changed'
      : changes.includes('status')
        ? 'asset.status_changed'
        : 'asset.updated';
  await recordAudit(db, { action, target: { type: 'asset', id: row.id, label: row.title }, changes: fields });
}

/** A new asset checked as saveAsset checks it, waiting to be written with others (createPlannedAssets). */
export interface PlannedAsset {
  id: string;
  state: AssetState;
}

/**
 * Checks a new asset exactly as saveAsset would create it (an AppError naming the fields when it
 * cannot be), without writing it: an import writes many at once. Not for a save that publishes
 * through the API (its checklist is enforced by saveAsset only).
 */
export async function planNewAsset(options: {
  db: Db;
  input: CreateAssetInput;
  today: string;
  expiryDays: number;
  known?: KnownReferences;
}): Promise<PlannedAsset> {
  return { id: randomUUID(), state: await nextAssetState(options.db, undefined, options) };
}

/**
 * Writes planned new assets (and the new lists they join) as saveAsset would have, one by one:
 * rows, terms, contributors, list places at the end of each list, a first version each, and the
 * distribution checklist of those that are published. The search rows follow at commit (0005's
 * deferred triggers), as for any save.
 */
export async function createPlannedAssets(options: {
  db: Db;
  assets: PlannedAsset[];
  lists: { id: string; name: string }[];
  actorId: string | null;
  today: string;
  note?: string;
}) {
  const { db, actorId } = options;
  await insertNewAssets(
    db,
    options.assets.map(({ id, state }) => ({
      values: { id, ...assetValues(state, undefined), created_by: actorId },
      termIds: Object.keys(termFields).flatMap((field) => state[field as keyof typeof termFields]),
      contributorIds: state.contributorIds,
      listIds: state.listIds,
      snapshot: state,
      changes: changedFields(undefined, state),
      note: options.note ?? '',
      actorId,
    })),
    options.lists.map((list) => ({ ...list, ownerId: actorId })),
  );
  const now = new Date(`${options.today}T00:00:00Z`);
  for (const asset of options.assets)
    if (asset.state.status === 'published') await openDistribution({ db, assetId: asset.id, now });
}

/** Which of these external keys and primary URLs an asset already has (an import's matching). */
export function findTakenAssetKeys(options: { db: Db; externalKeys: string[]; primaryUrls: string[] }) {
  return findTakenKeys(options.db, options.externalKeys, options.primaryUrls);
}

/** An asset the caller may read (shared/policies.ts), or 404 (never 403: the caller should not learn it exists). */
export async function getVisibleAsset(options: { db: Db; id: string; role: Role }): Promise<AssetRow> {
  const row = await findAssetRow(options.db, options.id);
  if (!row || !visibleStatuses(options.role).includes(row.status))
    throw new AppError('not_found', 'Asset not found');
  return row;
}

/**
 * An asset the caller may act on (shared/policies.ts): 404 when they may not read it, 403 when
 * they read it but do not hold the action.
 */
export async function getAssetFor(options: {
  db: Db;
  id: string;
  actor: PolicyPrincipal;
  action: Action;
}): Promise<AssetRow> {
  const row = await findAssetRow(options.db, options.id);
  const may = row ? assetActions(options.actor, { status: row.status, ownerId: row.owner_id }) : [];
  if (!row || !allows(may, 'read')) throw new AppError('not_found', 'Asset not found');
  if (!allows(may, options.action))
    throw new AppError('forbidden', `Your role (${options.actor.role}) may not ${options.action} this asset`);
  return row;
}

/**
 * An asset by id whatever its status, or undefined: for modules that apply rules of their own
 * (a share link checks the asset is published, external and safe to share each time it serves).
 */
export function findAsset(options: { db: Db; id: string }): Promise<AssetRow | undefined> {
  return findAssetRow(options.db, options.id);
}

export async function restoreAssetVersion(options: {
  db: Db;
  id: string;
  version: number;
  actorId: string;
  today: string;
  expiryDays: number;
  expected?: ExpectedVersion;
}) {
  const stored = await findVersion(options.db, options.id, options.version);
  if (!stored) throw new AppError('not_found', `Version ${options.version} does not exist`);
  return saveAsset({
    db: options.db,
    id: options.id,
    expected: options.expected,
    input: stored.snapshot as UpdateAssetInput,
    actorId: options.actorId,
    today: options.today,
    expiryDays: options.expiryDays,
    note: `Restored version ${options.version}`,
  });
}

/**
 * What restoring a version would change, field by field: the current value and the version's,
 * for every field where they differ (ids, in the order the state keeps them), with the names
 * of the terms, people and lists they point at, for the presenter.
 */
export async function diffAssetVersion(options: { db: Db; row: AssetRow; version: number }) {
  const stored = await findVersion(options.db, options.row.id, options.version);
  if (!stored) throw new AppError('not_found', `Version ${options.version} not found`);
  const current = (await assetState(options.db, options.row)) as Record<string, unknown>;
  const restored = { ...emptyAssetState, ...(stored.snapshot as Record<string, unknown>) } as Record<
    string,
    unknown
  >;
  const same = (a: unknown, b: unknown) =>
    JSON.stringify(Array.isArray(a) ? [...a].sort() : (a ?? null)) ===
    JSON.stringify(Array.isArray(b) ? [...b].sort() : (b ?? null));
  const changes = Object.keys(current)
    .filter((field) => field !== 'externalKey' && !same(current[field], restored[field]))
    .map((field) => ({ field, current: current[field] ?? null, restored: restored[field] ?? null }));
  const ids = changes
    .flatMap((change) => [change.current, change.restored])
    .flatMap((value) => (Array.isArray(value) ? value : [value]))
    .filter((value): value is string => typeof value === 'string');
  const [terms, users, lists] = await Promise.all([
    getAllTerms({ db: options.db }),
    getUserNames({ db: options.db, ids: [...new Set(ids)].filter((id) => /^[0-9a-f-]{36}$/i.test(id)) }),
    listListNames(options.db),
  ]);
  const names = new Map<string, string>([
    ...terms.map((term) => [term.id, term.name] as [string, string]),
    ...users,
    ...lists.map((list) => [list.id, list.name] as [string, string]),
  ]);
  return { version: options.version, changes, names };
}

export function getAssetVersions(options: { db: Db; id: string }) {
  return listVersions(options.db, options.id);
}

/**
 * A view of the asset in Showcase: its view count (ranking, "most viewed") and an event of the one
 * engagement model (insights), in one transaction. No one's identity is stored with it.
 */
export function recordAssetView(options: { db: Db; id: string; now: Date }) {
  return options.db.transaction().execute(async (trx) => {
    await incrementViews(trx, options.id);
    await recordEngagement(trx, {
      asset_id: options.id,
      source: 'showcase',
      kind: 'view',
      occurred_at: options.now,
    });
  });
}

/**
 * Answers of recent searches, per database, keyed by the query, its filters and the caller's
 * scope (statuses they may see, visibility, day). An answer is served only while the library
 * change counter (`library_changes`, moved by every change to search rows or list membership, in
 * the database, so every app instance on it agrees) is where it was when the answer was computed,
 * and for at most SEARCH_CACHE_MS (view counts move without moving the counter).
 */
const searchCaches = new WeakMap<Db, Map<string, { changes: string; at: number; result: SearchResult }>>();
export const SEARCH_CACHE_MS = 60_000;
const SEARCH_CACHE_ENTRIES = 500;

export async function searchAssets(options: {
  db: Db;
  query: AssetSearchQuery;
  scope: SearchScope;
  /** The clock, in milliseconds, for the cache's age limit. */
  now?: number;
}): Promise<SearchResult> {
  const { db, query, scope } = options;
  const now = options.now ?? Date.now();
  let cache = searchCaches.get(db);
  if (!cache) {
    cache = new Map();
    searchCaches.set(db, cache);
  }
  const key = JSON.stringify([query, [...scope.statuses].sort(), scope.visibility ?? null, scope.today]);
  // Read before searching: a change committed in between moves the counter past this answer.
  const changes = await readLibraryChanges(db);
  const cached = cache.get(key);
  if (cached && cached.changes === changes && now - cached.at < SEARCH_CACHE_MS) {
    cache.delete(key);
    cache.set(key, cached); // most recently used last
    return cached.result;
  }
  // Words the lexicon knows are taken as known to the caller; only a search that then finds
  // nothing checks them against the rows the caller may see (a word only drafts hold, for a
  // viewer, is corrected instead), and searches again if that changed the query.
  const text = await textQuery(db, query, scope, { lexiconOnly: true });
  let result = await searchWithFacets(db, query, scope, text);
  if (text?.provisional && result.total === 0) {
    const checked = await textQuery(db, query, scope);
    if (checked?.tsquery !== text.tsquery) result = await searchWithFacets(db, query, scope, checked);
  }
  cache.delete(key);
  cache.set(key, { changes, at: now, result });
  for (const oldest of cache.keys()) {
    if (cache.size <= SEARCH_CACHE_ENTRIES) break;
    cache.delete(oldest);
  }
  return result;
}

/**
 * Published assets that may already answer a request, best first: every word of its text counts
 * (stop words dropped, each distinct word once, up to 100), any of them may match, and a short word
 * is matched whole, never as a prefix.
 */
export async function suggestAssets(options: { db: Db; text: string; scope: SearchScope; limit: number }) {
  const tsquery = buildTsQuery(
    await resolveWords(
      options.db,
      options.text,
      { ...options.scope, statuses: ['published'] },
      { mode: 'any', maxWords: 100 },
    ),
    'any',
  );
  if (!tsquery) return [];
  const query = assetSearchSchema.parse({ status: 'published', match: 'any', limit: options.limit });
  return searchPage(options.db, query, options.scope, { tsquery });
}

/** The hourly job that brings the view counts search ranks by up to date (a view leaves the search row alone). */
export async function refreshSearchRanking(options: { db: Db }): Promise<number> {
  return refreshSearchViews(options.db);
}

/**
 * The scheduled expiry job: archives published assets past their expiry date (never deletes),
 * records a version, and tells each owner. Safe to run from several instances at once.
 */
export async function archiveExpiredAssets(options: { db: Db; today: string }): Promise<AssetRow[]> {
  return options.db.transaction().execute(async (db) => {
    const archived = await archiveExpiredRows(db, options.today);
    for (const row of archived) {
      const state = await assetState(db, row);
      await insertVersion(db, {
        assetId: row.id,
        version: row.version,
        snapshot: state,
        changes: ['status'],
        note: `Archived automatically: expired on ${row.expires_on}`,
        actorId: null,
      });
      if (row.owner_id) {
        await sendNotification({
          db,
          userId: row.owner_id,
          kind: 'asset_expired',
          title: `“${row.title}” expired and was archived`,
          body: 'Verify it is still accurate and renew it to publish it again.',
          link: `/library/assets/${row.id}`,
        });
      }
    }
    return archived;
  });
}

/**
 * The assets an export holds: `external` only published, external ones (safe for outsiders),
 * `internal` every asset of these statuses.
 */
export function getExportAssets(options: {
  db: Db;
  audience: 'internal' | 'external';
  statuses: AssetStatus[];
}): Promise<AssetRow[]> {
  return options.audience === 'external'
    ? listOutsiderAssets(options.db)
    : listAssetsByStatus(options.db, options.statuses);
}

/** What a public feed shows: published, external assets only, newest change first. */
export function getFeedAssets(options: { db: Db; solutionId?: string; limit: number }): Promise<AssetRow[]> {
  return listOutsiderAssets(options.db, { solutionId: options.solutionId, limit: options.limit });
}

/** Assets sharing the most solutions, use cases and personas with this one, of these statuses. */
export async function getRelatedAssets(options: {
  db: Db;
  id: string;
  statuses: AssetStatus[];
}): Promise<AssetRow[]> {
  return findAssetRows(options.db, await relatedAssetIds(options.db, options.id, options.statuses));
}

/** What stands for the title of an asset the caller may not see (a draft, to a requester). */
export const HIDDEN_ASSET_TITLE = 'An asset not published yet';

/**
 * Titles by id of those of these assets that exist, as this role may see them: an asset of a status
 * the role cannot see keeps its place under HIDDEN_ASSET_TITLE, never its own title.
 */
export async function getAssetTitles(options: {
  db: Db;
  ids: string[];
  role: Role;
}): Promise<Map<string, string>> {
  const rows = await listAssetTitles(options.db, options.ids);
  const visible = visibleStatuses(options.role);
  return new Map(
    rows.map((asset) => [asset.id, visible.includes(asset.status) ? asset.title : HIDDEN_ASSET_TITLE]),
  );
}

/** Every list; its asset count counts only the assets of these statuses (what the caller may see). */
export function getLists(options: { db: Db; statuses: AssetStatus[] }) {
  return listListRows(options.db, options.statuses);
}

export async function createList(options: { db: Db; name: string; description?: string; ownerId: string }) {
  return insertList(options.db, options).catch((error: unknown) => {
    if ((error as { code?: string }).code === '23505') {
      throw new AppError('conflict', `A list named “${options.name}” exists`, {
        fields: { name: 'is already in use' },
      });
    }
    throw error;
  });
}

export async function updateList(options: {
  db: Db;
  id: string;
  name?: string;
  description?: string;
  assetIds?: string[];
}) {
  return options.db.transaction().execute(async (db) => {
    const row = await updateListRow(db, options.id, { name: options.name, description: options.description });
    if (!row) throw new AppError('not_found', 'List not found');
    if (options.assetIds) {
      const unique = [...new Set(options.assetIds)];
      const found = await findExistingAssetIds(db, unique);
      if (found.length !== unique.length)
        throw new AppError('validation_failed', 'Unknown assets', {
          fields: { assetIds: 'must list asset ids' },
        });
      await setListOrder(db, row.id, unique);
    }
    return row;
  });
}

/** Deleting a list is refused while it is the only list of a published asset (publishing needs one). */
export async function deleteList(options: { db: Db; id: string }) {
  const stranded = await listStrandedAssets(options.db, options.id);
  if (stranded.length) {
    throw new AppError(
      'in_use',
      `This is the only list of ${stranded.length} published asset(s), such as “${stranded[0]?.title}”; add them to another list first`,
    );
  }
  await options.db.transaction().execute(async (db) => {
    const result = await deleteListRow(db, options.id);
    if (!result.numDeletedRows) throw new AppError('not_found', 'List not found');
    await recordAudit(db, { action: 'list.deleted', target: { type: 'list', id: options.id } });
  });
}

/** Everything the presenters need for these rows, in three queries. */
export async function loadPresentation(db: Db, rows: AssetRow[]) {
  const ids = rows.map((row) => row.id);
  const relations = await assetRelations(db, ids);
  const lookups = await loadLookups(db, [
    ...rows.map((row) => row.owner_id),
    ...relations.contributors.map((c) => c.id),
  ]);
  return { relations, lookups };
}

export async function loadLookups(db: Db, userIds: (string | null)[]) {
  const wanted = [...new Set(userIds.filter((id): id is string => Boolean(id)))];
  const [terms, users] = await Promise.all([getAllTerms({ db }), getUserNames({ db, ids: wanted })]);
  return {
    terms: new Map(terms.map((term) => [term.id, term])),
    users,
  };
}
