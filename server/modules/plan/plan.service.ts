import {
  capacityCheck,
  countsTowardsLoad,
  entryWarnings,
  moveToWeek,
  type PlanStatus,
  planDisplayName,
  publishWeek,
  quarterDays,
  quarterOf,
  quarterWeeks,
} from '../../../shared/plan.ts';
import { addBusinessDays, dayOf } from '../../../shared/requests.ts';
import { can, type Role } from '../../../shared/roles.ts';
import type {
  CreatePlanEntryInput,
  CreatePlanEventInput,
  MovePlanEntryInput,
  UpdatePlanEntryInput,
  UpdatePlanEventInput,
} from '../../../shared/schemas/plan.ts';
import { digest, randomToken } from '../../crypto.ts';
import type { Database } from '../../db/connect.ts';
import type { RequestRow } from '../../db/schema.ts';
import { bumpVersion, type ExpectedVersion } from '../../db/versions.ts';
import { AppError } from '../../errors.ts';
import type { Principal } from '../../http/context.ts';
import { deleteRecorded } from '../audit/audit.service.ts';
import { findAsset } from '../library/library.service.ts';
import { findTerms } from '../settings/settings.service.ts';
import { findUser } from '../users/users.service.ts';
import {
  deleteFeed,
  deletePlanEntryRow,
  deletePlanEventRow,
  feedEntryRows,
  findFeedByHash,
  findPlanEntryOfAsset,
  findPlanEntryOfRequest,
  findPlanEntryRow,
  findPlanEventRow,
  firstRequestFormat,
  insertPlanEntry,
  insertPlanEntryOnce,
  insertPlanEvent,
  listFeedRows,
  listPlanEntryRows,
  listPlanEventRows,
  type PlanEntryChanges,
  type PlanEntryRow,
  type PlanEventRow,
  roadmapEntryRows,
  teamCapacities,
  touchFeed,
  updatePlanEntryRow,
  updatePlanEventRow,
  upsertFeed,
} from './plan.repository.ts';

type Db = Database['db'];

/** Who is reading: what a plan entry may show of its request and asset depends on it. */
export interface PlanViewer {
  role: Role;
  userId: string;
  teamId: string | null;
}

export async function planViewerOf(db: Db, principal: Principal): Promise<PlanViewer> {
  if (can(principal.role, 'requests.triage'))
    return { role: principal.role, userId: principal.userId, teamId: null };
  const user = await findUser({ db, id: principal.userId });
  return { role: principal.role, userId: principal.userId, teamId: user?.team_id ?? null };
}

/** Checks every reference an entry names; each bad one is a 422 on its field. */
async function checkEntryReferences(
  db: Db,
  input: {
    formatId?: string | null;
    solutionId?: string | null;
    ownerId?: string | null;
    assetId?: string | null;
  },
) {
  const fields: Record<string, string> = {};
  const termIds = [input.formatId, input.solutionId].filter((id): id is string => Boolean(id));
  const terms = new Map((await findTerms({ db, ids: termIds })).map((term) => [term.id, term]));
  const termOk = (id: string, kind: string) => terms.get(id)?.kind === kind && !terms.get(id)?.archived_at;
  if (input.formatId && !termOk(input.formatId, 'format')) fields.formatId = 'must be a format id';
  if (input.solutionId && !termOk(input.solutionId, 'solution')) fields.solutionId = 'must be a solution id';
  if (input.ownerId) {
    const owner = await findUser({ db, id: input.ownerId });
    if (!owner?.active || !can(owner.role, 'plan.edit')) fields.ownerId = 'must be an active TMM or admin';
  }
  if (input.assetId && !(await findAsset({ db, id: input.assetId })))
    fields.assetId = 'must be a library asset id';
  if (Object.keys(fields).length)
    throw new AppError('validation_failed', `Check ${Object.keys(fields).join(', ')}`, { fields });
}

export async function getPlanEntry(options: { db: Db; id: string }): Promise<PlanEntryRow> {
  const row = await findPlanEntryRow(options.db, options.id);
  if (!row) throw new AppError('not_found', 'Plan entry not found');
  return row;
}

export function listPlanEntries(options: {
  db: Db;
  quarter?: string;
  ownerId?: string;
  status?: PlanStatus;
}) {
  return listPlanEntryRows(options.db, options);
}

export async function createPlanEntry(options: {
  db: Db;
  input: CreatePlanEntryInput;
  principal: Principal;
}) {
  const { input } = options;
  return options.db.transaction().execute(async (db) => {
    await checkEntryReferences(db, input);
    const { id } = await insertPlanEntry(db, {
      title: input.title,
      format_id: input.formatId ?? null,
      solution_id: input.solutionId ?? null,
      owner_id: input.ownerId ?? null,
      quarter: input.quarter ?? quarterOf(new Date(`${input.dueDate}T00:00:00Z`)),
      start_date: input.startDate,
      due_date: input.dueDate,
      status: input.status ?? 'planned',
      asset_id: input.assetId ?? null,
      notes: input.notes ?? '',
      created_by: options.principal.userId,
    });
    return (await findPlanEntryRow(db, id)) as PlanEntryRow;
  });
}

export async function updatePlanEntry(options: {
  db: Db;
  id: string;
  input: UpdatePlanEntryInput;
  expected?: ExpectedVersion;
}) {
  const { input } = options;
  return options.db.transaction().execute(async (db) => {
    if ((await bumpVersion(db, 'plan_entries', options.id, options.expected)) === undefined)
      throw new AppError('not_found', 'Plan entry not found');
    const row = (await findPlanEntryRow(db, options.id)) as PlanEntryRow;
    await checkEntryReferences(db, input);
    const startDate = input.startDate ?? row.start_date;
    const dueDate = input.dueDate ?? row.due_date;
    if (dueDate < startDate)
      throw new AppError('validation_failed', 'The due date comes before the start date', {
        fields: {
          [input.dueDate ? 'dueDate' : 'startDate']: 'must keep the due date on or after the start date',
        },
      });
    await updatePlanEntryRow(db, row.id, {
      title: input.title,
      format_id: input.formatId,
      solution_id: input.solutionId,
      owner_id: input.ownerId,
      quarter: input.quarter,
      start_date: input.startDate,
      due_date: input.dueDate,
      status: input.status,
      asset_id: input.assetId,
      notes: input.notes,
    });
    return (await findPlanEntryRow(db, row.id)) as PlanEntryRow;
  });
}

/**
 * Moves an entry on the roadmap: to another week (keeping its weekday and length) and/or to
 * another owner. The quarter stays: an entry dragged past its quarter's end warns instead.
 */
export async function movePlanEntry(options: {
  db: Db;
  id: string;
  input: MovePlanEntryInput;
  expected?: ExpectedVersion;
}) {
  return options.db.transaction().execute(async (db) => {
    if ((await bumpVersion(db, 'plan_entries', options.id, options.expected)) === undefined)
      throw new AppError('not_found', 'Plan entry not found');
    const row = (await findPlanEntryRow(db, options.id)) as PlanEntryRow;
    if (options.input.ownerId) await checkEntryReferences(db, { ownerId: options.input.ownerId });
    const dates = options.input.week
      ? moveToWeek({ startDate: row.start_date, dueDate: row.due_date }, options.input.week)
      : undefined;
    await updatePlanEntryRow(db, row.id, {
      start_date: dates?.startDate,
      due_date: dates?.dueDate,
      owner_id: options.input.ownerId,
    });
    return (await findPlanEntryRow(db, row.id)) as PlanEntryRow;
  });
}

export function deletePlanEntry(options: { db: Db; id: string }) {
  return deleteRecorded(
    options.db,
    (db) => deletePlanEntryRow(db, options.id),
    'Plan entry not found',
    (row) => ({
      action: 'plan.entry_deleted',
      target: { type: 'plan_entry', id: options.id, label: row.title },
    }),
  );
}

/**
 * A request accepted into the backlog or assigned gets its plan entry, once: the first move makes
 * it (title, solution and first format of the request, its due date's publish week, else the
 * week three weeks of workdays from now), later moves find it. Assigning sets the owner; the
 * entry keeps whatever the planner changed on it since.
 * Called by the requests module inside the transition's transaction.
 */
export async function planRequest(options: { db: Db; request: RequestRow; now: Date }) {
  const { db, request } = options;
  if (request.kind !== 'content') return undefined;
  const existing = await findPlanEntryOfRequest(db, request.id);
  if (!existing) {
    const target = request.due_date ?? dayOf(addBusinessDays(options.now, 15));
    const week = publishWeek(target);
    await insertPlanEntryOnce(db, {
      title: request.title.slice(0, 200),
      solution_id: request.solution_id,
      format_id: await firstRequestFormat(db, request.id),
      owner_id: request.state === 'assigned' ? request.assignee_id : null,
      quarter: quarterOf(new Date(`${week.dueDate}T00:00:00Z`)),
      start_date: week.startDate,
      due_date: week.dueDate,
      request_id: request.id,
      created_by: null,
    });
  }
  const entry = (await findPlanEntryOfRequest(db, request.id)) as PlanEntryRow;
  const changes: PlanEntryChanges = {};
  if (request.state === 'assigned' && request.assignee_id && entry.owner_id !== request.assignee_id)
    changes.owner_id = request.assignee_id;
  if (entry.status === 'dropped' && (request.state === 'backlog' || request.state === 'assigned'))
    changes.status = 'planned';
  if (Object.keys(changes).length) await updatePlanEntryRow(db, entry.id, changes);
  return entry.id;
}

/** A request that ended without content (declined, canceled, duplicate, transferred) drops its entry. */
export async function dropRequestPlan(options: { db: Db; requestId: string }) {
  const entry = await findPlanEntryOfRequest(options.db, options.requestId);
  if (entry && entry.status !== 'published' && entry.status !== 'dropped')
    await updatePlanEntryRow(options.db, entry.id, { status: 'dropped' });
}

/** A completed request's delivered asset becomes its entry's asset, and the entry published. */
export async function publishRequestPlan(options: {
  db: Db;
  requestId: string;
  assetId: string | undefined;
}) {
  const entry = await findPlanEntryOfRequest(options.db, options.requestId);
  if (entry && options.assetId)
    await updatePlanEntryRow(options.db, entry.id, { asset_id: options.assetId, status: 'published' });
}

/** The display name of the plan entry that delivered an asset, if one did (its announcement names it). */
export async function planEntryNameOfAsset(options: { db: Db; assetId: string }): Promise<string | null> {
  const entry = await findPlanEntryOfAsset(options.db, options.assetId);
  return entry
    ? planDisplayName({ title: entry.title, ownerName: entry.owner_name, dueDate: entry.due_date })
    : null;
}

export function getPlanEntryOfRequest(options: { db: Db; requestId: string }) {
  return findPlanEntryOfRequest(options.db, options.requestId);
}

/** The roadmap of a quarter: its weeks, one lane per owner with capacity and load, and the warnings. */
export async function getRoadmap(options: { db: Db; quarter?: string; now: Date }) {
  const quarter = options.quarter ?? quarterOf(options.now);
  const { from, to } = quarterDays(quarter);
  const [entries, members] = await Promise.all([
    roadmapEntryRows(options.db, quarter, from, to),
    teamCapacities(options.db),
  ]);
  const lanes = new Map<
    string | null,
    { id: string | null; name: string; capacity: number | null; load: number }
  >();
  for (const member of members)
    lanes.set(member.user_id, {
      id: member.user_id,
      name: member.name,
      capacity: member.quarterly_capacity,
      load: 0,
    });
  for (const entry of entries) {
    const key = entry.owner_id;
    if (!lanes.has(key))
      lanes.set(key, {
        id: key,
        name: key ? (entry.owner_name ?? 'Unknown') : 'Unassigned',
        capacity: null,
        load: 0,
      });
    const lane = lanes.get(key);
    if (lane && entry.quarter === quarter && countsTowardsLoad(entry.status)) lane.load += 1;
  }
  const owners = [...lanes.values()]
    .sort((a, b) => (a.id === null ? 1 : b.id === null ? -1 : a.name.localeCompare(b.name)))
    .map((lane) => ({ ...lane, ...capacityCheck(lane) }));
  const warnings = [
    ...owners.flatMap((owner) => (owner.warning ? [owner.warning] : [])),
    ...entries.flatMap((entry) =>
      entryWarnings({ quarter: entry.quarter, dueDate: entry.due_date, status: entry.status }).map(
        (warning) => `${entry.title}: ${warning}`,
      ),
    ),
  ];
  return { quarter, from, to, weeks: quarterWeeks(quarter), owners, entries, warnings };
}

/** Plan entries and events of a range of days, for the calendar's month, week and list views. */
export async function getCalendar(options: { db: Db; from: string; to: string }) {
  const [entries, events] = await Promise.all([
    listPlanEntryRows(options.db, { overlaps: { from: options.from, to: options.to } }),
    listPlanEventRows(options.db, {
      from: new Date(`${options.from}T00:00:00Z`),
      to: new Date(`${addDay(options.to)}T00:00:00Z`),
    }),
  ]);
  return { from: options.from, to: options.to, entries, events };
}

function addDay(day: string) {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + 1);
  return date.toISOString().slice(0, 10);
}

export async function getPlanEvent(options: { db: Db; id: string }): Promise<PlanEventRow> {
  const row = await findPlanEventRow(options.db, options.id);
  if (!row) throw new AppError('not_found', 'Event not found');
  return row;
}

async function checkEventOwner(db: Db, ownerId: string | null | undefined) {
  if (!ownerId) return;
  const owner = await findUser({ db, id: ownerId });
  if (!owner?.active || !can(owner.role, 'plan.read'))
    throw new AppError('validation_failed', 'The owner must be an active account that may read the plan', {
      fields: { ownerId: 'must be an active TMM, admin or requester' },
    });
}

export async function createPlanEvent(options: {
  db: Db;
  input: CreatePlanEventInput;
  principal: Principal;
}) {
  const { input } = options;
  await checkEventOwner(options.db, input.ownerId);
  const { id } = await insertPlanEvent(options.db, {
    kind: input.kind,
    title: input.title,
    starts_at: new Date(input.startsAt),
    ends_at: new Date(input.endsAt),
    location: input.location ?? '',
    registration_url: input.registrationUrl ?? null,
    description: input.description ?? '',
    owner_id: input.ownerId ?? null,
    created_by: options.principal.userId,
  });
  return getPlanEvent({ db: options.db, id });
}

export async function updatePlanEvent(options: {
  db: Db;
  id: string;
  input: UpdatePlanEventInput;
  expected?: ExpectedVersion;
}) {
  const { input } = options;
  return options.db.transaction().execute(async (db) => {
    if ((await bumpVersion(db, 'plan_events', options.id, options.expected)) === undefined)
      throw new AppError('not_found', 'Event not found');
    const row = await getPlanEvent({ db, id: options.id });
    await checkEventOwner(db, input.ownerId);
    const startsAt = input.startsAt ? new Date(input.startsAt) : row.starts_at;
    const endsAt = input.endsAt ? new Date(input.endsAt) : row.ends_at;
    if (endsAt < startsAt)
      throw new AppError('validation_failed', 'The event ends before it starts', {
        fields: { [input.endsAt ? 'endsAt' : 'startsAt']: 'must keep the end at or after the start' },
      });
    await updatePlanEventRow(db, row.id, {
      kind: input.kind,
      title: input.title,
      starts_at: input.startsAt ? startsAt : undefined,
      ends_at: input.endsAt ? endsAt : undefined,
      location: input.location,
      registration_url: input.registrationUrl,
      description: input.description,
      owner_id: input.ownerId,
    });
    return getPlanEvent({ db, id: row.id });
  });
}

export function deletePlanEvent(options: { db: Db; id: string }) {
  return deleteRecorded(
    options.db,
    (db) => deletePlanEventRow(db, options.id),
    'Event not found',
    (row) => ({
      action: 'plan.event_deleted',
      target: { type: 'plan_event', id: options.id, label: row.title },
    }),
  );
}

export function listCalendarFeeds(options: { db: Db; userId: string }) {
  return listFeedRows(options.db, options.userId);
}

/**
 * Issues the secret address of one of the caller's feeds; issuing again replaces it, so the old
 * address stops working. Only the secret's SHA-256 is stored: the address is shown once.
 */
export async function issueCalendarFeed(options: {
  db: Db;
  userId: string;
  scope: 'mine' | 'team';
  now: Date;
}) {
  const token = `cal_${randomToken(24)}`;
  const row = await upsertFeed(options.db, options.userId, options.scope, digest(token), options.now);
  return { row, token };
}

export async function revokeCalendarFeed(options: { db: Db; userId: string; scope: 'mine' | 'team' }) {
  if (!(await deleteFeed(options.db, options.userId, options.scope)))
    throw new AppError('not_found', 'No such feed to revoke');
}

/**
 * What a feed address opens: the entries and events of its owner ("mine") or of the whole team.
 * A revoked or re-issued address, or one whose owner can no longer read the plan, is not found.
 */
export async function readCalendarFeed(options: { db: Db; token: string; now: Date }) {
  const feed = await findFeedByHash(options.db, digest(options.token));
  if (!feed?.active || !can(feed.role, 'plan.read')) throw new AppError('not_found', 'No such calendar feed');
  const ownerId = feed.scope === 'mine' ? feed.user_id : null;
  const [entries, events] = await Promise.all([
    feedEntryRows(options.db, ownerId),
    listPlanEventRows(options.db, { ownerId }),
  ]);
  await touchFeed(options.db, feed.id, options.now);
  return { feed, entries, events };
}
