import { updatePriority } from '../../../shared/demos.ts';
import { type Action, allows, type PolicyPrincipal, requestActions } from '../../../shared/policies.ts';
import {
  addBusinessDays,
  assignedStageLabels,
  budgetAfter,
  dayOf,
  dueDateProblem,
  isLegalTransition,
  isSimilarRequest,
  openDemoUpdateStates,
  priorityScore,
  quarterOf,
  type RequestState,
  requestCost,
  requestSimilarity,
  requestStateLabels,
  suggestAssignee,
  transitionRequirements,
} from '../../../shared/requests.ts';
import { can, type Role } from '../../../shared/roles.ts';
import type {
  CreateRequestInput,
  SimilarRequestsQuery,
  TransitionInput,
  UpdateRequestInput,
} from '../../../shared/schemas/requests.ts';
import type { Database } from '../../db/connect.ts';
import type { RequestRow, TermRow, UserRow } from '../../db/schema.ts';
import { bumpVersion, type ExpectedVersion } from '../../db/versions.ts';
import { AppError } from '../../errors.ts';
import type { Principal } from '../../http/context.ts';
import { recordAudit } from '../audit/audit.service.ts';
import { getAssetTitles, getVisibleAsset } from '../library/library.service.ts';
import { sendNotification, usersNotifiedSince } from '../notifications/notifications.service.ts';
import { dropRequestPlan, planRequest, publishRequestPlan } from '../plan/plan.service.ts';
import {
  findTeam,
  findTerms,
  getAllTerms,
  getTeamMembers,
  getTeams,
  getWorkspace,
} from '../settings/settings.service.ts';
import { findUser, getAllUsers, getUserNames } from '../users/users.service.ts';
import { emitEvent } from '../webhooks/webhooks.service.ts';
import {
  addDeliveredAssets,
  claimNewlyOverdueRequests,
  countAssignedLoads,
  deliveredAssets,
  findOpenDemoUpdateRequest,
  findRequestRow,
  insertComment,
  insertRequest,
  insertRequestEvent,
  listComments,
  listOverdueRequests,
  listRequestEvents,
  listRequestRows,
  lockLeads,
  lockTeam,
  openTeamRequestStems,
  type RequestSort,
  replaceRequestTerms,
  spentInQuarter,
  updateRequestRow,
} from './requests.repository.ts';

type Db = Database['db'];

/** Checks each referenced term is of the right kind; names every bad field. */
async function checkTerms(db: Db, input: CreateRequestInput) {
  const single: [keyof CreateRequestInput, string | null | undefined, string][] = [
    ['deliverableTypeId', input.deliverableTypeId, 'deliverable_type'],
    ['solutionId', input.solutionId, 'solution'],
    ['useCaseId', input.useCaseId, 'use_case'],
  ];
  const lists: [keyof CreateRequestInput, string[], string][] = [
    ['personaIds', input.personaIds ?? [], 'persona'],
    ['formatIds', input.formatIds ?? [], 'format'],
  ];
  const ids = [...single.map(([, id]) => id), ...lists.flatMap(([, values]) => values)].filter(
    (id): id is string => Boolean(id),
  );
  const terms = new Map((await findTerms({ db, ids: [...new Set(ids)] })).map((term) => [term.id, term]));
  const fields: Record<string, string> = {};
  const ok = (id: string, kind: string) => terms.get(id)?.kind === kind && !terms.get(id)?.archived_at;
  for (const [field, id, kind] of single)
    if (id && !ok(id, kind)) fields[field] = `must be a ${kind.replace('_', ' ')} id`;
  for (const [field, values, kind] of lists)
    if (values.some((id) => !ok(id, kind))) fields[field] = `must list ${kind} ids`;
  if (Object.keys(fields).length)
    throw new AppError('validation_failed', `Unknown references: ${Object.keys(fields).join(', ')}`, {
      fields,
    });
}

/**
 * Files the request to bring a demo up to date after a release flagged it, carrying the flag's
 * reasons. Demo upkeep is the team's own work: no requesting team, no cost. A demo has one open
 * update request at most: while one is open, the flag joins it (its reasons are added to the
 * description, the history says so, and a more urgent flag raises the priority) and `attached`
 * is true. Joins the caller's transaction, so the flag and its request are stored together; the
 * caller holds the demo's row lock, so two flags of one demo are filed one after the other.
 */
export async function fileDemoUpdateRequest(options: {
  db: Db;
  demo: { id: string; title: string; deliverableTypeId: string | null };
  releaseVersion: string | undefined;
  flag: { id: string; score: number; reasons: string[] };
  principal: Principal;
  now: Date;
}): Promise<{ request: RequestRow; attached: boolean }> {
  const { db, demo, flag, now } = options;
  const release = options.releaseVersion ?? '';
  const reasons = [
    `Release ${release} scored ${flag.score} for this demo:`,
    '',
    ...flag.reasons.map((reason) => `- ${reason}`),
  ].join('\n');
  const open = await findOpenDemoUpdateRequest(db, demo.id, { forUpdate: true });
  if (open) {
    const priority = updatePriority(flag.score);
    const raises = open.priority === null || priority < open.priority;
    // A person's request for an update: it edits the open request, so it counts a version.
    await bumpVersion(db, 'requests', open.id, undefined);
    const request = await updateRequestRow(db, open.id, {
      description: `${open.description}\n\n${reasons}`,
      ...(raises ? { priority } : {}),
    });
    await insertRequestEvent(db, {
      requestId: open.id,
      kind: 'flag',
      reason: `Flag on release ${release} added (score ${flag.score})${raises ? `; priority raised to ${priority}` : ''}`,
      data: { flagId: flag.id },
      actorId: options.principal.userId,
      at: now,
    });
    await notifyPeople(db, request, options.principal, {
      title: `#${request.number} now also covers release ${release}`,
      body: flag.reasons.slice(0, 3).join(' · '),
    });
    return { request, attached: true };
  }
  const { settings } = await getWorkspace({ db });
  const request = await insertRequest(db, {
    title: `Update demo: ${demo.title}`.slice(0, 300),
    kind: 'demo_update',
    demo_id: demo.id,
    business_goal: `Keep “${demo.title}” true to ${options.releaseVersion ?? 'the current release'}`,
    description: reasons,
    deliverable_type_id: demo.deliverableTypeId,
    team_id: null,
    requester_id: options.principal.userId,
    cost: 0,
    quarter: quarterOf(now),
    priority: updatePriority(flag.score),
    state: 'new_request',
    review_due_at: addBusinessDays(now, settings.reviewSlaBusinessDays, settings.workdays),
    created_at: now,
  });
  await insertRequestEvent(db, {
    requestId: request.id,
    kind: 'created',
    to: request.state,
    reason: `From a freshness flag on release ${release} (score ${flag.score})`,
    data: { flagId: flag.id },
    actorId: options.principal.userId,
    at: now,
  });
  await emitEvent(
    db,
    'request.created',
    `Demo update requested #${request.number}: ${demo.title} (score ${flag.score})`,
    { requestId: request.id, number: request.number, state: request.state },
    now,
  );
  return { request, attached: false };
}

/**
 * Requesters act for their own requesting team (`users.team_id`) only: they file against its
 * budget and read its budget. TMMs and admins act for any team.
 */
async function assertActsForTeam(db: Db, principal: Principal, teamId: string) {
  if (can(principal.role, 'requests.triage')) return;
  const user = await findUser({ db, id: principal.userId });
  if (user?.team_id !== teamId) {
    throw new AppError('forbidden', 'Requesters file for and see the budget of their own team only', {
      fields: { teamId: user?.team_id ? 'must be your own team' : 'you belong to no requesting team' },
    });
  }
}

/** The team's budget this quarter, as the intake form shows it before submitting. */
export async function getBudget(options: { db: Db; teamId: string; now: Date; principal: Principal }) {
  await assertActsForTeam(options.db, options.principal, options.teamId);
  const team = await findTeam({ db: options.db, id: options.teamId });
  if (!team) throw new AppError('not_found', 'Team not found');
  const quarter = quarterOf(options.now);
  const spent = await spentInQuarter(options.db, team.id, quarter);
  const { settings } = await getWorkspace({ db: options.db });
  return {
    team,
    quarter,
    budget: team.quarterly_budget,
    spent,
    remaining: team.quarterly_budget - spent,
    pricing: settings.requestPricing,
  };
}

/**
 * Files a request. It costs the team's budget (new content, reuse or event prices); a request that
 * would overdraw it is refused unless a TMM or admin gives a reason. The team row is locked while
 * charging, so concurrent submissions cannot overdraw together. Answering with an existing asset
 * files it as completed with that asset delivered, waiting only for the requester's results.
 */
export async function createRequest(options: {
  db: Db;
  input: CreateRequestInput;
  principal: Principal;
  now: Date;
  /**
   * For integrations: where the request came from, a reason to charge past the budget, and who
   * wrote it there (kept on the request whoever it is filed as).
   */
  external?: {
    ref: string;
    overdraftReason: string;
    author?: { name: string | null; username: string | null };
  };
}) {
  const { input, principal, now } = options;
  const dueProblem = dueDateProblem({ dueDate: input.dueDate, today: dayOf(now) });
  if (dueProblem)
    throw new AppError('validation_failed', `Due date ${dueProblem}`, { fields: { dueDate: dueProblem } });
  // An integration picks the team from its own data; triage reviews it.
  if (!options.external) await assertActsForTeam(options.db, principal, input.teamId);
  await checkTerms(options.db, input);
  if (input.reusedAssetId)
    await getVisibleAsset({ db: options.db, id: input.reusedAssetId, role: principal.role });
  if (input.budgetOverrideReason && !can(principal.role, 'requests.triage')) {
    throw new AppError('forbidden', 'Only TMMs and admins can override a budget', {
      fields: { budgetOverrideReason: 'is not allowed for your role' },
    });
  }
  const { settings } = await getWorkspace({ db: options.db });
  return options.db.transaction().execute(async (db) => {
    const team = await lockTeam(db, input.teamId);
    if (!team || team.archived_at)
      throw new AppError('validation_failed', 'Active team not found', {
        fields: { teamId: 'must be an active requesting team' },
      });
    const reuse = Boolean(input.reusedAssetId);
    const cost = requestCost({ reuse, forEvent: Boolean(input.forEvent) }, settings.requestPricing);
    const quarter = quarterOf(now);
    const spent = await spentInQuarter(db, team.id, quarter);
    const after = budgetAfter({ budget: team.quarterly_budget, spent, cost });
    const overrideReason = input.budgetOverrideReason ?? options.external?.overdraftReason;
    if (after.overdraws && !overrideReason) {
      throw new AppError(
        'over_budget',
        `${team.name} has ${team.quarterly_budget - spent} of ${team.quarterly_budget} points left in ${quarter}; this request costs ${cost}. Ask a TMM to override, or reuse existing content.`,
      );
    }
    const row = await insertRequest(db, {
      title: input.title,
      business_goal: input.businessGoal,
      audience: input.audience ?? '',
      audience_size: input.audienceSize ?? null,
      distribution_plan: input.distributionPlan ?? '',
      event_name: input.eventName ?? '',
      description: input.description ?? '',
      due_date: input.dueDate ?? null,
      deliverable_type_id: input.deliverableTypeId,
      solution_id: input.solutionId ?? null,
      use_case_id: input.useCaseId ?? null,
      team_id: team.id,
      requester_id: principal.userId,
      links: JSON.stringify(input.links ?? []),
      reuse,
      for_event: Boolean(input.forEvent),
      reused_asset_id: input.reusedAssetId ?? null,
      cost,
      quarter,
      budget_override_reason: after.overdraws ? (overrideReason ?? null) : null,
      external_ref: options.external?.ref ?? null,
      external_author_name: options.external?.author?.name ?? null,
      external_author_username: options.external?.author?.username ?? null,
      state: reuse ? 'completed' : 'new_request',
      reviewed_at: reuse ? now : null,
      review_due_at: addBusinessDays(now, settings.reviewSlaBusinessDays, settings.workdays),
      created_at: now,
    });
    await replaceRequestTerms(db, row.id, [...(input.personaIds ?? []), ...(input.formatIds ?? [])]);
    if (input.reusedAssetId) await addDeliveredAssets(db, row.id, [input.reusedAssetId]);
    await insertRequestEvent(db, {
      requestId: row.id,
      kind: 'created',
      to: row.state,
      reason: reuse ? 'Answered with existing content' : '',
      data: { cost, budgetOverride: after.overdraws ? input.budgetOverrideReason : undefined },
      actorId: principal.userId,
      at: now,
    });
    await emitEvent(
      db,
      'request.created',
      `New request #${row.number}: ${row.title} (${team.name})`,
      { requestId: row.id, number: row.number, state: row.state },
      now,
    );
    return row;
  });
}

/**
 * Open requests of the team that look like the one being filed (title and business goal compared
 * word by word, stop words dropped), most alike first: the intake form warns before filing a
 * duplicate. The caller must act for the team, as when filing.
 */
export async function findSimilarRequests(options: {
  db: Db;
  query: SimilarRequestsQuery;
  principal: Principal;
}) {
  const { db, query, principal } = options;
  await assertActsForTeam(db, principal, query.teamId);
  if (!query.text.trim()) return { rows: [], users: new Map<string, string>() };
  const { stems, requests } = await openTeamRequestStems(db, query.teamId, query.text);
  const rows = requests
    .filter((row) => isSimilarRequest(stems, row.stems))
    .map((row) => ({ row, similarity: requestSimilarity(stems, row.stems) }))
    .sort((a, b) => b.similarity - a.similarity || b.row.created_at.getTime() - a.row.created_at.getTime())
    .slice(0, 5)
    .map(({ row }) => row);
  const users = await getUserNames({ db, ids: [...new Set(rows.map((row) => row.requester_id))] });
  return { rows, users };
}

/** The caller as the request policy sees them: with their requesting team unless they triage. */
export async function requestPrincipalOf(db: Db, principal: Principal): Promise<PolicyPrincipal> {
  if (can(principal.role, 'requests.triage')) return { id: principal.userId, role: principal.role };
  const user = await findUser({ db, id: principal.userId });
  return { id: principal.userId, role: principal.role, teamId: user?.team_id ?? null };
}

/** The facts of a request its policy reads. */
export const requestFacts = (row: Pick<RequestRow, 'requester_id' | 'team_id' | 'state'>) => ({
  requesterId: row.requester_id,
  teamId: row.team_id,
  state: row.state,
});

/** What the caller may do with this request (shared/policies.ts). */
export async function requestActionsOf(db: Db, principal: Principal, row: RequestRow): Promise<Action[]> {
  return requestActions(await requestPrincipalOf(db, principal), requestFacts(row));
}

/**
 * A request the caller may read (shared/policies.ts: requesters their own and their team's,
 * viewers none), or 404: the caller does not learn it exists.
 */
export async function getVisibleRequest(options: {
  db: Db;
  id: string;
  principal: Principal;
}): Promise<RequestRow> {
  const row = await findRequestRow(options.db, options.id);
  if (!row || !allows(await requestActionsOf(options.db, options.principal, row), 'read'))
    throw new AppError('not_found', 'Request not found');
  return row;
}

/** Where each sort starts: the highest score, the newest number, A to Z, the nearest due date. */
const defaultOrder: Record<RequestSort, 'asc' | 'desc'> = {
  score: 'desc',
  number: 'desc',
  title: 'asc',
  due_date: 'asc',
};

/**
 * One page of the requests in a view the caller may see, sorted in the database (by default the
 * priority score, highest first: the same score and day the presenter gives the reasons for), and
 * the number of requests in the view.
 */
export async function listRequests(options: {
  db: Db;
  principal: Principal;
  states: RequestState[];
  view: 'all' | 'mine' | 'needs_triage' | 'overdue';
  teamId?: string;
  sort?: RequestSort;
  order?: 'asc' | 'desc';
  limit: number;
  offset: number;
  now: Date;
}): Promise<{ rows: (RequestRow & { score: number })[]; total: number }> {
  const triager = can(options.principal.role, 'requests.triage');
  const user = triager ? undefined : await findUser({ db: options.db, id: options.principal.userId });
  // Needs triage is new and triage requests; a state filter narrows it further.
  const triageStates: RequestState[] = ['new_request', 'triage'];
  const states =
    options.view === 'needs_triage'
      ? options.states.length
        ? options.states.filter((state) => triageStates.includes(state))
        : triageStates
      : options.states;
  if (options.view === 'needs_triage' && states.length === 0) return { rows: [], total: 0 };
  const sort = options.sort ?? 'score';
  return listRequestRows(
    options.db,
    {
      states,
      teamId: options.teamId,
      assigneeId: options.view === 'mine' && triager ? options.principal.userId : undefined,
      overdueAt: options.view === 'overdue' ? options.now : undefined,
      requesterScope: triager
        ? undefined
        : { userId: options.principal.userId, teamId: user?.team_id ?? null },
    },
    {
      sort,
      order: options.order ?? defaultOrder[sort],
      limit: options.limit,
      offset: options.offset,
      today: dayOf(options.now),
    },
  );
}

/**
 * Moves a request along the process. Illegal moves are refused; each move names what it still
 * needs (a reason, an assignee, the original of a duplicate, delivered assets); requesters may only
 * cancel their own. Every move is recorded with who, when and why.
 */
export async function transitionRequest(options: {
  db: Db;
  id: string;
  input: TransitionInput;
  principal: Principal;
  now: Date;
}) {
  const { input, principal } = options;
  return options.db.transaction().execute(async (db) => {
    const row = await getVisibleRequest({ db, id: options.id, principal });
    const locked = (await findRequestRow(db, row.id, true)) as RequestRow;
    const may = await requestActionsOf(db, principal, locked);
    if (!allows(may, input.to === 'canceled' ? 'cancel' : 'triage')) {
      throw new AppError('forbidden', 'Only TMMs and admins move requests; requesters can cancel their own');
    }
    if (!isLegalTransition(locked.state, input.to)) {
      throw new AppError(
        'illegal_transition',
        `A request in ${locked.state.replace('_', ' ')} cannot move to ${input.to.replace('_', ' ')}`,
      );
    }
    // A demo has one open update request at most: an ended one reopens only while no other is open.
    const reopens = openDemoUpdateStates.includes(input.to) && !openDemoUpdateStates.includes(locked.state);
    if (locked.kind === 'demo_update' && locked.demo_id && reopens) {
      const open = await findOpenDemoUpdateRequest(db, locked.demo_id, { exceptId: locked.id });
      if (open)
        throw new AppError(
          'conflict',
          `This demo already has an open update request, #${open.number}; one demo has one open update request at a time`,
        );
    }
    const missing = transitionRequirements(input.to, {
      reason: input.reason,
      assigneeId: input.assigneeId ?? locked.assignee_id,
      duplicateOfId: input.duplicateOfId,
      deliveredAssetCount: (input.deliveredAssetIds?.length ?? 0) + (locked.reused_asset_id ? 1 : 0),
      hasResults: locked.results !== null,
    });
    if (Object.keys(missing).length)
      throw new AppError(
        'validation_failed',
        `Moving to ${input.to} needs: ${Object.keys(missing).join(', ')}`,
        { fields: missing },
      );
    if (input.assigneeId) {
      const assignee = await findUser({ db, id: input.assigneeId });
      if (!assignee?.active || (assignee.role !== 'tmm' && assignee.role !== 'admin')) {
        throw new AppError('validation_failed', 'Assign to an active TMM or admin', {
          fields: { assigneeId: 'must be an active TMM or admin' },
        });
      }
    }
    if (input.duplicateOfId) {
      if (input.duplicateOfId === locked.id || !(await findRequestRow(db, input.duplicateOfId))) {
        throw new AppError('validation_failed', 'The original must be another request', {
          fields: { duplicateOfId: 'must be another request' },
        });
      }
    }
    for (const assetId of input.deliveredAssetIds ?? [])
      await getVisibleAsset({ db, id: assetId, role: principal.role });
    await addDeliveredAssets(db, locked.id, input.deliveredAssetIds ?? []);
    // A move is a person's edit of the request: it counts a version (server/db/versions.ts).
    await bumpVersion(db, 'requests', locked.id, undefined);
    const updated = await updateRequestRow(db, locked.id, {
      state: input.to,
      stage: input.to === 'assigned' ? (input.stage ?? 'queue') : null,
      assignee_id: input.to === 'assigned' ? (input.assigneeId ?? locked.assignee_id) : locked.assignee_id,
      duplicate_of_id: input.to === 'duplicate' ? (input.duplicateOfId ?? null) : locked.duplicate_of_id,
      reviewed_at: locked.reviewed_at ?? (locked.state === 'new_request' ? options.now : null),
    });
    await insertRequestEvent(db, {
      requestId: locked.id,
      kind: 'transition',
      from: locked.state,
      to: input.to,
      reason: input.reason,
      data: {
        assigneeId: input.assigneeId,
        deliveredAssetIds: input.deliveredAssetIds,
        duplicateOfId: input.duplicateOfId,
      },
      actorId: principal.userId,
      at: options.now,
    });
    await recordAudit(
      db,
      {
        action: 'request.transitioned',
        target: { type: 'request', id: updated.id, label: `#${updated.number} ${updated.title}` },
        changes: {
          state: { before: locked.state, after: updated.state },
          ...(updated.assignee_id !== locked.assignee_id
            ? {
                assignee: {
                  before: await nameOf(db, locked.assignee_id),
                  after: await nameOf(db, updated.assignee_id),
                },
              }
            : {}),
        },
        details: input.reason ? { reason: input.reason } : undefined,
      },
      options.now,
    );
    await emitEvent(
      db,
      'request.transitioned',
      `#${updated.number} ${updated.title}: ${requestStateLabels[locked.state]} → ${requestStateLabels[updated.state]} (by ${principal.name})`,
      {
        requestId: updated.id,
        number: updated.number,
        from: locked.state,
        to: updated.state,
        reason: input.reason ?? null,
      },
      options.now,
    );
    // One record from request to plan to asset: accepting or assigning plans it (once), ending it
    // without content drops the plan entry, completing it links the delivered asset.
    if (updated.state === 'backlog' || updated.state === 'assigned')
      await planRequest({ db, request: updated, now: options.now });
    else if (['declined', 'canceled', 'duplicate', 'transferred'].includes(updated.state))
      await dropRequestPlan({ db, requestId: updated.id });
    else if (updated.state === 'completed')
      await publishRequestPlan({
        db,
        requestId: updated.id,
        assetId: input.deliveredAssetIds?.[0] ?? locked.reused_asset_id ?? undefined,
      });
    await notifyPeople(db, updated, principal, {
      title: `Request #${updated.number} moved to ${requestStateLabels[updated.state]}`,
      body: input.to === 'completed' ? 'Add the results to close it.' : (input.reason ?? ''),
    });
    return updated;
  });
}

/** The requester (or a TMM) adds the results of a completed request, which closes it. */
export async function addResults(options: {
  db: Db;
  id: string;
  results: Record<string, unknown>;
  principal: Principal;
}) {
  return options.db.transaction().execute(async (db) => {
    const row = await getVisibleRequest({ db, id: options.id, principal: options.principal });
    if (!allows(await requestActionsOf(db, options.principal, row), 'addResults')) {
      throw new AppError('forbidden', 'Only the requester or a TMM adds the results');
    }
    if (row.state !== 'completed')
      throw new AppError('illegal_transition', 'Results are added once the request is completed');
    await bumpVersion(db, 'requests', row.id, undefined);
    const updated = await updateRequestRow(db, row.id, {
      results: JSON.stringify(options.results),
      state: 'closed',
    });
    await insertRequestEvent(db, {
      requestId: row.id,
      kind: 'transition',
      from: 'completed',
      to: 'closed',
      reason: 'Results added',
      data: options.results,
      actorId: options.principal.userId,
    });
    return updated;
  });
}

/** Each live term's place in its kind's order (rank 0 first), computed once per response. */
export function termRanks(terms: Iterable<TermRow>): Map<string, { name: string; rank: number; of: number }> {
  const byKind = Map.groupBy(
    [...terms].filter((term) => !term.archived_at),
    (term) => term.kind,
  );
  const ranks = new Map<string, { name: string; rank: number; of: number }>();
  for (const list of byKind.values()) {
    // Position, then id: the order the request list's SQL ranks them in (requests.repository.ts).
    list.sort((a, b) => a.position - b.position || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    for (const [rank, term] of list.entries()) ranks.set(term.id, { name: term.name, rank, of: list.length });
  }
  return ranks;
}

export function scoreOf(
  row: RequestRow,
  ranks: Map<string, { name: string; rank: number; of: number }>,
  today: string,
) {
  const ranked = (id: string | null) => (id ? (ranks.get(id) ?? null) : null);
  return priorityScore({
    priority: row.priority as 1 | 2 | 3 | null,
    deliverableType: ranked(row.deliverable_type_id),
    solution: ranked(row.solution_id),
    dueDate: row.due_date,
    today,
  });
}

/** Who should take the request, from areas of responsibility and current load. */
export async function suggestRequestAssignee(options: { db: Db; row: RequestRow; quarter: string }) {
  const members = (await getTeamMembers({ db: options.db })).filter((member) => !member.row.archived_at);
  const loads = await countAssignedLoads(options.db, options.quarter);
  const loadOf = new Map(loads.map((row) => [row.assignee_id, Number(row.load)]));
  const suggestion = suggestAssignee(
    { solutionId: options.row.solution_id, useCaseId: options.row.use_case_id },
    members.map((member) => ({
      id: member.row.user_id,
      name: member.row.name,
      areaIds: member.areaIds,
      capacity: member.row.quarterly_capacity,
      load: loadOf.get(member.row.user_id) ?? 0,
    })),
  );
  if (!suggestion) return null;
  const member = members.find((m) => m.row.user_id === suggestion.memberId);
  return { userId: suggestion.memberId, name: member?.row.name ?? '', reason: suggestion.reason };
}

/** Tells the requester and the assignee (and anyone extra) about a change, except whoever made it. */
async function notifyPeople(
  db: Db,
  row: RequestRow,
  actor: Principal,
  note: { title: string; body: string },
  extra: string[] = [],
) {
  const people = new Set(
    [row.requester_id, row.assignee_id, ...extra].filter(
      (id): id is string => Boolean(id) && id !== actor.userId,
    ),
  );
  for (const userId of people) {
    await sendNotification({
      db,
      userId,
      kind: 'request',
      title: note.title,
      body: note.body,
      link: `/requests/${row.id}`,
    });
  }
}

/** Priority, work stage and due date; set by TMMs and recorded in the history. */
export async function updateRequest(options: {
  db: Db;
  id: string;
  input: UpdateRequestInput;
  principal: Principal;
  now: Date;
  expected?: ExpectedVersion;
}) {
  return options.db.transaction().execute(async (db) => {
    const visible = await getVisibleRequest({ db, id: options.id, principal: options.principal });
    // Held from here (FOR UPDATE): a move committing meanwhile (an accept) is seen before the
    // requester's right to edit is decided, not after.
    const locked = (await findRequestRow(db, visible.id, true)) as RequestRow;
    const may = await requestActionsOf(db, options.principal, locked);
    const triageFields = (['priority', 'stage'] as const).filter(
      (field) => options.input[field] !== undefined,
    );
    if (triageFields.length > 0 && !allows(may, 'triage'))
      throw new AppError('forbidden', 'Only TMMs and admins set priority and work stage', {
        fields: Object.fromEntries(
          triageFields.map((field) => [field, 'is set in triage, by a TMM or admin']),
        ),
      });
    if (!allows(may, 'edit'))
      throw new AppError(
        'forbidden',
        visible.requester_id === options.principal.userId
          ? 'This request has been accepted: ask its TMM in a comment to change it'
          : 'Only the requester (until it is accepted), TMMs and admins change a request',
      );
    // First, so a stale edit changes nothing, and the rules below read the row this edit holds.
    await bumpVersion(db, 'requests', visible.id, options.expected);
    const row = (await findRequestRow(db, visible.id)) as RequestRow;
    const dueProblem = dueDateProblem({
      dueDate: options.input.dueDate,
      today: dayOf(options.now),
      current: row.due_date,
    });
    if (dueProblem)
      throw new AppError('validation_failed', `Due date ${dueProblem}`, { fields: { dueDate: dueProblem } });
    if (options.input.stage && row.state !== 'assigned') {
      throw new AppError('validation_failed', 'Only assigned requests have a work stage', {
        fields: { stage: 'needs an assigned request' },
      });
    }
    const {
      priority,
      stage,
      dueDate,
      title,
      businessGoal,
      audience,
      description,
      distributionPlan,
      eventName,
    } = options.input;
    const updated = await updateRequestRow(db, row.id, {
      priority,
      stage,
      due_date: dueDate,
      title,
      business_goal: businessGoal,
      audience,
      description,
      distribution_plan: distributionPlan,
      event_name: eventName,
    });
    // The history reads in words: "Work stage: In progress · Due date: 2026-12-04 · Title".
    const edited = (
      [
        ['Title', title, row.title],
        ['Business goal', businessGoal, row.business_goal],
        ['Audience', audience, row.audience],
        ['Description', description, row.description],
        ['Distribution plan', distributionPlan, row.distribution_plan],
        ['Event', eventName, row.event_name],
      ] as const
    ).filter(([, next, before]) => next !== undefined && next !== before);
    const changes = [
      priority !== undefined ? `Priority: ${priority === null ? 'cleared' : `P${priority}`}` : '',
      stage !== undefined ? `Work stage: ${assignedStageLabels[stage]}` : '',
      dueDate !== undefined ? `Due date: ${dueDate ?? 'cleared'}` : '',
      edited.length > 0 ? `Changed ${edited.map(([label]) => label.toLowerCase()).join(', ')}` : '',
    ].filter(Boolean);
    // Every changed field, triage ones too, goes into the audit entry, before and after.
    const audited: Record<string, { before: unknown; after: unknown }> = Object.fromEntries(
      edited.map(([label, next, before]) => [label, { before: clip(before), after: clip(next) }]),
    );
    for (const [label, next, before] of [
      ['Priority', priority, row.priority],
      ['Work stage', stage, row.stage],
      ['Due date', dueDate, row.due_date],
    ] as const)
      if (next !== undefined && next !== before) audited[label] = { before, after: next };
    if (Object.keys(audited).length > 0)
      await recordAudit(
        db,
        {
          action: 'request.updated',
          target: { type: 'request', id: row.id, label: `#${row.number} ${updated.title}` },
          changes: audited,
        },
        options.now,
      );
    await insertRequestEvent(db, {
      requestId: row.id,
      kind: 'field',
      reason: changes.join(' · '),
      data: options.input,
      actorId: options.principal.userId,
    });
    return updated;
  });
}

/** A person's name for the audit log (it outlives the account), or null. */
const nameOf = async (db: Db, id: string | null) => (id ? ((await findUser({ db, id }))?.name ?? id) : null);

/** Long text in an audit entry is cut (the request's history keeps the request as it is). */
const clip = (value: string | undefined) => (value && value.length > 200 ? `${value.slice(0, 200)}…` : value);

/** Whether this account may see the request (and so may be told about it). */
function maySeeRequest(user: UserRow, row: RequestRow): boolean {
  return (
    user.active &&
    allows(requestActions({ id: user.id, role: user.role, teamId: user.team_id }, requestFacts(row)), 'read')
  );
}

/** The handle that mentions an account: the part of its email before the @. */
function handleOf(user: UserRow): string {
  return user.email.split('@')[0]?.toLowerCase() ?? '';
}

/**
 * The people a comment on this request may @mention (those who may see it), for the comment
 * box's suggestions. Only names and handles: the caller already sees the request.
 */
export async function listMentionablePeople(options: { db: Db; id: string; principal: Principal }) {
  const row = await getVisibleRequest(options);
  const users = await getAllUsers({ db: options.db });
  return users
    .filter((user) => maySeeRequest(user, row))
    .map((user) => ({ id: user.id, name: user.name, handle: handleOf(user) }))
    .sort((a, b) => a.name.localeCompare(b.name));
}

/**
 * Adds a comment. "@handle" mentions (the part of an email before the @) notify the people named,
 * as long as they may see the request; the requester and assignee are told too. The answer says
 * which handles notified nobody (no such account, deactivated, or not allowed to see the request),
 * so the author learns it instead of the mention being dropped silently.
 */
export async function addComment(options: { db: Db; id: string; body: string; principal: Principal }) {
  return options.db.transaction().execute(async (db) => {
    const row = await getVisibleRequest({ db, id: options.id, principal: options.principal });
    const comment = await insertComment(db, {
      requestId: row.id,
      authorId: options.principal.userId,
      body: options.body,
    });
    const handles = [
      ...new Set(
        [...options.body.matchAll(/(?:^|[^\w@])@([a-z0-9._-]*[a-z0-9_-])/gi)].map((match) =>
          (match[1] as string).toLowerCase(),
        ),
      ),
    ];
    const mentioned: string[] = [];
    const notNotified: string[] = [];
    if (handles.length) {
      const users = await getAllUsers({ db });
      for (const handle of handles) {
        const user = users.find(
          (candidate) => handleOf(candidate) === handle && maySeeRequest(candidate, row),
        );
        if (user) mentioned.push(user.id);
        else notNotified.push(handle);
      }
    }
    await insertRequestEvent(db, {
      requestId: row.id,
      kind: 'comment',
      reason: '',
      actorId: options.principal.userId,
    });
    await notifyPeople(
      db,
      row,
      options.principal,
      {
        title: `${options.principal.name} commented on request #${row.number}`,
        body: options.body.slice(0, 400),
      },
      mentioned,
    );
    return { comment, notNotified };
  });
}

/**
 * Names, titles and delivered assets the request presenter needs for these rows, as `role` may see
 * them: a requester sees that a draft was delivered, not its title.
 */
export async function loadRequestLookups(options: { db: Db; rows: RequestRow[]; role: Role }) {
  const { db, rows } = options;
  const userIds = [
    ...new Set(
      rows.flatMap((row) => [row.requester_id, row.assignee_id]).filter((id): id is string => Boolean(id)),
    ),
  ];
  const assetIds = [
    ...new Set(
      rows.flatMap((row) => [row.reused_asset_id, row.demo_id]).filter((id): id is string => Boolean(id)),
    ),
  ];
  const deliveredRows = await deliveredAssets(
    db,
    rows.map((row) => row.id),
  );
  const [terms, users, teams, assets] = await Promise.all([
    getAllTerms({ db }),
    getUserNames({ db, ids: userIds }),
    getTeams({ db }),
    getAssetTitles({
      db,
      ids: [...new Set([...assetIds, ...deliveredRows.map((row) => row.id)])],
      role: options.role,
    }),
  ]);
  const delivered = deliveredRows.map((row) => ({ ...row, title: assets.get(row.id) ?? row.title }));
  return {
    terms: new Map(terms.map((term) => [term.id, term])),
    ranks: termRanks(terms),
    users,
    teams: new Map(teams.map((team) => [team.id, team.name])),
    assets,
    delivered,
  };
}

/** Every move of a request, oldest first, with who made it. */
export function getRequestHistory(options: { db: Db; id: string }) {
  return listRequestEvents(options.db, options.id);
}

export function getRequestComments(options: { db: Db; id: string }) {
  return listComments(options.db, options.id);
}

/**
 * The daily digest: requests newly past their review deadline are announced once (webhook event
 * request.overdue) and every TMM and admin gets one notification listing all overdue requests.
 *
 * Safe with several instances at once: the announcement claims its requests (one UPDATE … WHERE
 * overdue_notified_at IS NULL RETURNING, so a second instance finds them taken), and the digest
 * locks the leads' rows before looking for today's digest, so a second instance waits and then
 * sees the first one's notifications.
 */
export async function runOverdueDigest(options: { db: Db; now: Date }) {
  return options.db.transaction().execute(async (db) => {
    const fresh = await claimNewlyOverdueRequests(db, options.now);
    for (const row of fresh) {
      await emitEvent(
        db,
        'request.overdue',
        `#${row.number} ${row.title} is past its review deadline`,
        { requestId: row.id, number: row.number, reviewDueAt: row.review_due_at.toISOString() },
        options.now,
      );
    }
    const overdue = await listOverdueRequests(db, options.now);
    if (overdue.length) {
      const leads = await lockLeads(db);
      // At most one digest a day per person, however many instances run the job.
      const done = new Set(
        await usersNotifiedSince({
          db,
          kind: 'digest',
          since: new Date(options.now.getTime() - 20 * 3_600_000),
        }),
      );
      for (const lead of leads.filter((person) => !done.has(person.id))) {
        await sendNotification({
          db,
          userId: lead.id,
          kind: 'digest',
          title: `${overdue.length} request${overdue.length === 1 ? '' : 's'} past the review deadline`,
          body: overdue
            .slice(0, 5)
            .map((row) => `#${row.number} ${row.title}`)
            .join(' · '),
          link: '/requests?view=overdue',
          at: options.now,
        });
      }
    }
    return { overdue: overdue.length, announced: fresh.length };
  });
}
