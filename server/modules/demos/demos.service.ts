import {
  compareVersions,
  type DemoState,
  emptyStoryboard,
  isDemoFormat,
  type Storyboard,
  scriptStats,
  versionKey,
  versionLag,
} from '../../../shared/demos.ts';
import { formatKeys } from '../../../shared/library.ts';
import type { Role } from '../../../shared/roles.ts';
import type { SaveDemoInput } from '../../../shared/schemas/demos.ts';
import type { Database } from '../../db/connect.ts';
import { bumpVersion, type ExpectedVersion } from '../../db/versions.ts';
import { AppError } from '../../errors.ts';
import type { Principal } from '../../http/context.ts';
import { recordAudit } from '../audit/audit.service.ts';
import {
  assetState,
  getVisibleAsset,
  inTransaction,
  loadLookups,
  saveAsset,
  visibleStatuses,
} from '../library/library.service.ts';
import { fileDemoUpdateRequest } from '../requests/requests.service.ts';
import { getWorkspace } from '../settings/settings.service.ts';
import * as repo from './demos.repository.ts';

type Db = Database['db'];
export type DemoRow = Awaited<ReturnType<typeof repo.demoRows>>[number];
export type FlagRow = Awaited<ReturnType<typeof repo.flagsOfDemos>>[number];
export type DemoLookups = Awaited<ReturnType<typeof loadLookups>>;

/** What the freshness view knows of one demo: its row, flags and the state derived from them. */
export interface DemoFacts {
  row: DemoRow;
  flags: FlagRow[];
  state: DemoState;
  score: number;
  ageDays: number | null;
  versionLag: number | null;
  latest: string | null;
}

const dayMs = 86_400_000;
const today = (now: Date) => now.toISOString().slice(0, 10);

/** A requested flag's demo is being updated once its request is assigned; before that, requested. */
function stateOf(flags: FlagRow[]): DemoState {
  let state: DemoState = 'fresh';
  const rank: Record<DemoState, number> = { fresh: 0, flagged: 1, update_requested: 2, being_updated: 3 };
  for (const flag of flags) {
    let next: DemoState = 'flagged';
    if (flag.state === 'requested') {
      if (
        flag.request_state === 'assigned' ||
        flag.request_state === 'completed' ||
        flag.request_state === 'closed'
      )
        next = 'being_updated';
      else if (
        flag.request_state === 'new_request' ||
        flag.request_state === 'triage' ||
        flag.request_state === 'backlog'
      )
        next = 'update_requested';
    }
    if (rank[next] > rank[state]) state = next;
  }
  return state;
}

function factsOf(row: DemoRow, flags: FlagRow[], latest: string | null, now: Date): DemoFacts {
  const since = row.last_verified_on ?? row.published_on;
  const live = flags.filter((flag) => flag.state === 'open' || flag.state === 'requested');
  return {
    row,
    flags,
    state: stateOf(live),
    score: Math.max(0, ...live.map((flag) => flag.score)),
    ageDays: since ? Math.max(0, Math.floor((now.getTime() - Date.parse(since)) / dayMs)) : null,
    versionLag: versionLag(row.product_version, latest),
    latest,
  };
}

/** The freshness view: every demo the caller may see, its state, age, version lag and top score. */
export async function listDemos(options: {
  db: Db;
  role: Role;
  query: { state?: DemoState; sort: 'score' | 'age' | 'lag' | 'title' };
  now: Date;
}) {
  const { db } = options;
  const rows = await repo.demoRows(db, visibleStatuses(options.role));
  const [flags, lookups, latest] = await Promise.all([
    repo.flagsOfDemos(
      db,
      rows.map((row) => row.asset_id),
      ['open', 'requested'],
    ),
    loadLookups(
      db,
      rows.map((row) => row.owner_id),
    ),
    repo.latestReleaseVersion(db),
  ]);
  const flagsBy = Map.groupBy(flags, (flag) => flag.demo_id);
  const all = rows.map((row) => factsOf(row, flagsBy.get(row.asset_id) ?? [], latest, options.now));
  const counts: Record<DemoState, number> = { fresh: 0, flagged: 0, update_requested: 0, being_updated: 0 };
  for (const demo of all) counts[demo.state]++;
  const items = all.filter((demo) => !options.query.state || demo.state === options.query.state);
  const by = {
    score: (a: DemoFacts, b: DemoFacts) => b.score - a.score,
    age: (a: DemoFacts, b: DemoFacts) => (b.ageDays ?? -1) - (a.ageDays ?? -1),
    lag: (a: DemoFacts, b: DemoFacts) => (b.versionLag ?? -1) - (a.versionLag ?? -1),
    title: () => 0,
  }[options.query.sort];
  items.sort((a, b) => by(a, b) || a.row.title.localeCompare(b.row.title));
  return { items, counts, latestVersion: latest, lookups };
}

/** One demo with its storyboard, script figures, trail and flag history. */
export async function getDemo(options: { db: Db; id: string; role: Role; now: Date }) {
  const { db } = options;
  await getVisibleAsset({ db, id: options.id, role: options.role });
  const [row] = await repo.demoRows(db, visibleStatuses(options.role), options.id);
  if (!row) throw new AppError('not_found', 'This asset has no demo details yet');
  const [flags, steps, lookups, latest, workspace, derived] = await Promise.all([
    repo.flagsOfDemos(db, [row.asset_id]),
    repo.demoSteps(db, [row.asset_id]),
    loadLookups(db, [row.owner_id]),
    repo.latestReleaseVersion(db),
    getWorkspace({ db }),
    repo.demoFamily(db, row.asset_id, row.derived_from_id, visibleStatuses(options.role)),
  ]);
  const storyboard = { ...emptyStoryboard, ...(row.storyboard as Partial<Storyboard>) };
  return {
    facts: factsOf(row, flags, latest, options.now),
    lookups,
    steps,
    storyboard,
    script: scriptStats(storyboard, { shortFormSeconds: workspace.settings.shortFormSeconds }),
    derived,
  };
}

async function checkDemoInput(db: Db, input: SaveDemoInput) {
  const fields: Record<string, string> = {};
  if (input.personaId) {
    const { terms } = await loadLookups(db, []);
    if (terms.get(input.personaId)?.kind !== 'persona')
      fields.personaId = 'must be a persona of the workspace';
  }
  const steps = input.steps ?? [];
  const features = await repo.findFeatures(
    db,
    steps.flatMap((step) => (step.featureId ? [step.featureId] : [])),
  );
  const featureCategory = new Map(features.map((feature) => [feature.id, feature.category_id]));
  const categories = await repo.allCategories(db);
  const categoryIds = new Set(categories.map((category) => category.id));
  const resolved = steps.map((step, index) => {
    const categoryId = step.featureId ? featureCategory.get(step.featureId) : step.categoryId;
    if (step.featureId && !categoryId)
      fields[`steps.${index}.featureId`] = 'must be a feature of the catalogue';
    if (!step.featureId && !categoryIds.has(step.categoryId ?? ''))
      fields[`steps.${index}.categoryId`] = 'must be a category of the catalogue';
    return {
      position: index + 1,
      category_id: categoryId ?? '',
      feature_id: step.featureId ?? null,
      core: step.core,
      note: step.note ?? '',
    };
  });
  if (Object.keys(fields).length > 0)
    throw new AppError('validation_failed', 'Some demo fields are invalid', { fields });
  return resolved;
}

/**
 * Sets a demo's persona, version, environment, storyboard and trail. A published demo does not
 * silently change persona: that is a new demo (fork), or an explicit override with a reason.
 */
export async function saveDemo(options: {
  db: Db;
  id: string;
  input: SaveDemoInput;
  principal: Principal;
  now: Date;
  expected?: ExpectedVersion;
}) {
  const { input } = options;
  return inTransaction(options.db, async (db) => {
    const asset = await getVisibleAsset({ db, id: options.id, role: options.principal.role });
    // First, so a stale save changes nothing and the demo's row is held until this one commits.
    await bumpVersion(db, 'demos', options.id, options.expected);
    const { terms } = await loadLookups(db, []);
    const formatName = asset.format_id ? terms.get(asset.format_id)?.name : null;
    if (!isDemoFormat(formatName))
      throw new AppError(
        'validation_failed',
        'Only demo videos, click-through demos, workshops and analyst demos are demos',
        {
          fields: { format: `is ${formatName ?? 'not set'}; set a demo format on the asset first` },
        },
      );
    const steps = await checkDemoInput(db, input);
    const existing = await repo.findDemo(db, options.id);
    const personaChanges =
      input.personaId !== undefined && existing?.persona_id && input.personaId !== existing.persona_id;
    if (personaChanges && asset.status === 'published' && !input.personaOverrideReason)
      throw new AppError(
        'persona_change',
        'A published demo made for one persona is a different demo for another: create a new demo for this persona, or override with a reason',
        { fields: { personaId: 'changes the persona of a published demo' } },
      );
    const values = {
      persona_id: input.personaId === undefined ? (existing?.persona_id ?? null) : input.personaId,
      product_version:
        input.productVersion === undefined ? (existing?.product_version ?? null) : input.productVersion,
      environment: input.environment ?? existing?.environment ?? '',
      storyboard: JSON.stringify(input.storyboard ?? existing?.storyboard ?? emptyStoryboard),
      persona_override_reason: personaChanges
        ? (input.personaOverrideReason ?? null)
        : (existing?.persona_override_reason ?? null),
      updated_at: options.now,
    };
    await repo.upsertDemo(db, options.id, values);
    // A click-through demo's trail is its builder steps (replaceDemoTrail): a demo save leaves it.
    const clickThrough = asset.format_id && terms.get(asset.format_id)?.key === formatKeys.clickThroughDemo;
    if (input.steps && !clickThrough) await repo.replaceDemoSteps(db, options.id, steps);
    if (personaChanges && values.persona_id) {
      const state = await assetState(db, asset);
      const { settings } = await getWorkspace({ db });
      await saveAsset({
        db,
        id: asset.id,
        input: {
          personaIds: [values.persona_id, ...state.personaIds.filter((id) => id !== existing?.persona_id)],
        },
        actorId: options.principal.userId,
        today: today(options.now),
        expiryDays: settings.assetExpiryDays,
        note: `Persona changed: ${input.personaOverrideReason ?? 'unpublished demo'}`,
      });
    }
  });
}

/** A new demo for another persona: a draft copy of the asset, storyboard and trail, linked to the original. */
export async function forkDemo(options: {
  db: Db;
  id: string;
  personaId: string;
  title?: string;
  principal: Principal;
  now: Date;
}) {
  return inTransaction(options.db, async (db) => {
    const asset = await getVisibleAsset({ db, id: options.id, role: options.principal.role });
    const demo = await repo.findDemo(db, options.id);
    if (!demo) throw new AppError('not_found', 'This asset has no demo details yet');
    await checkDemoInput(db, { personaId: options.personaId });
    const { terms } = await loadLookups(db, []);
    const state = await assetState(db, asset);
    const { settings } = await getWorkspace({ db });
    const { row } = await saveAsset({
      db,
      input: {
        ...state,
        title: options.title ?? `${asset.title} (for ${terms.get(options.personaId)?.name ?? 'new persona'})`,
        status: 'draft',
        personaIds: [options.personaId],
        publishedOn: null,
        expiresOn: null,
        lastVerifiedOn: null,
        externalKey: null,
        ownerId: options.principal.userId,
      },
      actorId: options.principal.userId,
      today: today(options.now),
      expiryDays: settings.assetExpiryDays,
      note: `New demo for a new persona, from “${asset.title}”`,
    });
    await repo.upsertDemo(db, row.id, {
      persona_id: options.personaId,
      product_version: demo.product_version,
      environment: demo.environment,
      storyboard: JSON.stringify(demo.storyboard),
      derived_from_id: asset.id,
      persona_override_reason: null,
      updated_at: options.now,
    });
    const steps = await repo.demoSteps(db, [asset.id]);
    await repo.replaceDemoSteps(
      db,
      row.id,
      steps.map((step) => ({
        position: step.position,
        category_id: step.category_id,
        feature_id: step.feature_id,
        core: step.core,
        note: step.note,
      })),
    );
    return row;
  });
}

/** Re-verified on a version: flags of releases up to it resolve, and the asset's last-verified date moves. */
export async function verifyDemo(options: {
  db: Db;
  id: string;
  productVersion: string;
  principal: Principal;
  now: Date;
}) {
  const key = versionKey(options.productVersion);
  if (!key)
    throw new AppError('validation_failed', 'Invalid version', {
      fields: { productVersion: 'must start with a number' },
    });
  return inTransaction(options.db, async (db) => {
    const asset = await getVisibleAsset({ db, id: options.id, role: options.principal.role });
    const demo = await repo.findDemo(db, options.id);
    if (!demo) throw new AppError('not_found', 'This asset has no demo details yet');
    await bumpVersion(db, 'demos', options.id, undefined);
    const recorded = demo.product_version ? versionKey(demo.product_version) : null;
    if (recorded && compareVersions(key, recorded) < 0)
      throw new AppError('validation_failed', 'A demo is re-verified on its version or a newer one', {
        fields: { productVersion: `must be ${demo.product_version} or newer` },
      });
    await repo.upsertDemo(db, options.id, {
      ...demoValues(demo),
      product_version: options.productVersion,
      updated_at: options.now,
    });
    const resolved = await repo.resolveFlagsUpTo(db, options.id, key, options.principal.userId, options.now);
    const { settings } = await getWorkspace({ db });
    await saveAsset({
      db,
      id: asset.id,
      input: { lastVerifiedOn: today(options.now) },
      actorId: options.principal.userId,
      today: today(options.now),
      expiryDays: settings.assetExpiryDays,
      note: `Re-verified on ${options.productVersion}`,
    });
    return { resolved: resolved.length };
  });
}

function demoValues(demo: NonNullable<Awaited<ReturnType<typeof repo.findDemo>>>) {
  return {
    persona_id: demo.persona_id,
    product_version: demo.product_version,
    environment: demo.environment,
    storyboard: JSON.stringify(demo.storyboard),
    derived_from_id: demo.derived_from_id,
    persona_override_reason: demo.persona_override_reason,
  };
}

async function flagOrThrow(db: Db, id: string) {
  const flag = await repo.findFlag(db, id);
  if (!flag) throw new AppError('not_found', 'Flag not found');
  return flag;
}

/** "Not significant": the flag is set aside with the reason, and stays in the demo's history. */
export async function dismissFlag(options: {
  db: Db;
  id: string;
  reason: string;
  principal: Principal;
  now: Date;
}) {
  return inTransaction(options.db, async (db) => {
    // Under the demo's lock, as requestDemoUpdate: two settlements of one flag run one by one,
    // and the second sees the first.
    await repo.lockDemo(db, (await flagOrThrow(db, options.id)).demo_id);
    const flag = await flagOrThrow(db, options.id);
    if (flag.state !== 'open' && flag.state !== 'quiet')
      throw new AppError('illegal_transition', `This flag is already ${flag.state}`);
    const updated = await repo.updateFlag(db, flag.id, {
      state: 'dismissed',
      dismiss_reason: options.reason,
      actor_id: options.principal.userId,
      updated_at: options.now,
    });
    await recordAudit(
      db,
      {
        action: 'demos.flag_dismissed',
        target: { type: 'asset', id: flag.demo_id },
        changes: { state: { before: flag.state, after: 'dismissed' } },
        details: { flagId: flag.id, reason: options.reason },
      },
      options.now,
    );
    return updated;
  });
}

/**
 * Turns a flag into a demo-update request carrying its reasons, or adds it to the demo's update
 * request still open. Demo upkeep is the team's own work, so no requesting team's budget pays
 * for it. The demo's row is locked first, so two of its flags requested at once end in one request.
 */
export async function requestDemoUpdate(options: { db: Db; id: string; principal: Principal; now: Date }) {
  return inTransaction(options.db, async (db) => {
    const { demo_id } = await flagOrThrow(db, options.id);
    await repo.lockDemo(db, demo_id);
    // Read again under the lock: a request for this flag made meanwhile is seen.
    const flag = await flagOrThrow(db, options.id);
    if (flag.state !== 'open' && flag.state !== 'quiet')
      throw new AppError('illegal_transition', `This flag is already ${flag.state}`);
    const asset = await getVisibleAsset({ db, id: flag.demo_id, role: options.principal.role });
    const release = await repo.findRelease(db, flag.release_id);
    const { request, attached } = await fileDemoUpdateRequest({
      db,
      demo: { id: asset.id, title: asset.title, deliverableTypeId: asset.deliverable_type_id },
      releaseVersion: release?.version,
      flag: { id: flag.id, score: flag.score, reasons: flag.reasons },
      principal: options.principal,
      now: options.now,
    });
    await repo.updateFlag(db, flag.id, {
      state: 'requested',
      request_id: request.id,
      actor_id: options.principal.userId,
      updated_at: options.now,
    });
    return { request, attached };
  });
}

/**
 * Replaces a demo's feature trail with steps another module keeps (a click-through demo's steps
 * that name a catalogue category or feature), checked like a saved trail (422 naming the step).
 * Not a user edit of the demo record: its version does not move.
 */
export async function replaceDemoTrail(options: {
  db: Db;
  id: string;
  steps: ({ categoryId: string } | { featureId: string })[];
}) {
  const steps = await checkDemoInput(options.db, {
    steps: options.steps.map((step) => ({ ...step, core: true })),
  } as SaveDemoInput);
  await repo.replaceDemoSteps(options.db, options.id, steps);
}
