/**
 * The content request process as pure rules, shared by the server and the web app: the state
 * machine, the review clock in business days, request pricing against team budgets, the priority
 * score with its reasons, and the routing suggestion.
 */

export const requestStates = [
  'new_request',
  'triage',
  'backlog',
  'assigned',
  'completed',
  'closed',
  'transferred',
  'declined',
  'canceled',
  'duplicate',
] as const;
export type RequestState = (typeof requestStates)[number];

/** States whose cost counts against the team budget. */
export const chargedStates = ['new_request', 'triage', 'backlog', 'assigned', 'completed', 'closed'] as const;

export const requestStateLabels: Record<RequestState, string> = {
  new_request: 'New',
  triage: 'Triage',
  backlog: 'Backlog',
  assigned: 'Assigned',
  completed: 'Awaiting results',
  closed: 'Closed',
  transferred: 'Transferred',
  declined: 'Declined',
  canceled: 'Canceled',
  duplicate: 'Duplicate',
};

/** Work stages inside `assigned`. */
export const assignedStages = ['queue', 'in_progress', 'waiting'] as const;
export type AssignedStage = (typeof assignedStages)[number];

export const assignedStageLabels: Record<AssignedStage, string> = {
  queue: 'Not started',
  in_progress: 'In progress',
  waiting: 'Waiting on someone',
};

/**
 * What the button that makes a move says: the action ("Decline request"), never the state it
 * ends in ("Declined"). Reopening an ended request and sending a delivered one back read as such.
 */
export function transitionActionLabel(from: RequestState, to: RequestState): string {
  if (to === 'triage') return endedStates.includes(from) ? 'Reopen request' : 'Move to triage';
  if (to === 'assigned') return from === 'completed' ? 'Send back to the assignee' : 'Assign';
  const labels: Record<Exclude<RequestState, 'triage' | 'assigned'>, string> = {
    new_request: 'Mark as new',
    backlog: 'Move to backlog',
    completed: 'Mark delivered',
    closed: 'Close request',
    transferred: 'Transfer request',
    declined: 'Decline request',
    canceled: 'Cancel request',
    duplicate: 'Mark as duplicate',
  };
  return labels[to];
}

/** Where each state may go next. Ended requests can be reopened into triage; closed is final. */
const transitions: Record<RequestState, readonly RequestState[]> = {
  new_request: ['triage', 'declined', 'canceled', 'duplicate', 'transferred'],
  triage: ['backlog', 'assigned', 'completed', 'declined', 'canceled', 'duplicate', 'transferred'],
  backlog: ['triage', 'assigned', 'declined', 'canceled', 'duplicate', 'transferred'],
  assigned: ['backlog', 'completed', 'canceled', 'transferred'],
  completed: ['closed', 'assigned'],
  closed: [],
  transferred: ['triage'],
  declined: ['triage'],
  canceled: ['triage'],
  duplicate: ['triage'],
};

export function nextStates(from: RequestState): readonly RequestState[] {
  return transitions[from];
}

export function isLegalTransition(from: RequestState, to: RequestState): boolean {
  return transitions[from].includes(to);
}

/** States in which a request no longer waits for anyone. */
export const endedStates: readonly RequestState[] = [
  'closed',
  'transferred',
  'declined',
  'canceled',
  'duplicate',
];

/**
 * States of a demo-update request still to be done. A demo has at most one such request (a unique
 * index backs it): flags from later releases join it instead of filing another.
 */
export const openDemoUpdateStates: readonly RequestState[] = ['new_request', 'triage', 'backlog', 'assigned'];

/** What a transition needs besides being legal; returns each missing piece by field name. */
export function transitionRequirements(
  to: RequestState,
  context: {
    reason?: string;
    assigneeId?: string | null;
    duplicateOfId?: string | null;
    deliveredAssetCount?: number;
    hasResults?: boolean;
  },
): Record<string, string> {
  const missing: Record<string, string> = {};
  if (['declined', 'canceled', 'transferred', 'duplicate'].includes(to) && !context.reason?.trim())
    missing.reason = 'is required';
  if (to === 'assigned' && !context.assigneeId) missing.assigneeId = 'is required to assign';
  if (to === 'duplicate' && !context.duplicateOfId) missing.duplicateOfId = 'must name the original request';
  if (to === 'completed' && !(context.deliveredAssetCount && context.deliveredAssetCount > 0)) {
    missing.deliveredAssetIds = 'must link at least one delivered asset';
  }
  if (to === 'closed' && !context.hasResults)
    missing.results = 'the requester adds the results before it closes';
  return missing;
}

/** Days of the week that count for the review clock (0 = Sunday … 6 = Saturday). */
export const defaultWorkdays = [1, 2, 3, 4, 5];
const DAY = 86_400_000;

function isWorkday(time: number, workdays: readonly number[], holidays: ReadonlySet<string>): boolean {
  const date = new Date(time);
  return workdays.includes(date.getUTCDay()) && !holidays.has(date.toISOString().slice(0, 10));
}

/**
 * The moment `days` business days after `start` (UTC): only time on workdays counts, so a request
 * filed on Friday at 10:00 with two days is due on Tuesday at 10:00, and one filed on Saturday is
 * due at the end of Tuesday.
 */
export function addBusinessDays(
  start: Date,
  days: number,
  workdays: readonly number[] = defaultWorkdays,
  holidays: readonly string[] = [],
): Date {
  if (workdays.length === 0) throw new Error('at least one workday is needed');
  const off = new Set(holidays);
  let time = start.getTime();
  // A start outside working days counts from the beginning of the next workday.
  if (!isWorkday(time, workdays, off)) {
    time = Math.floor(time / DAY) * DAY;
    while (!isWorkday(time, workdays, off)) time += DAY;
  }
  let remaining = days;
  // Step a day at a time; a step that lands on a workday consumes one business day.
  while (remaining > 0) {
    time += DAY;
    if (isWorkday(time, workdays, off)) remaining--;
  }
  return new Date(time);
}

/** Request pricing in budget points (workspace settings). */
export interface RequestPricing {
  newContent: number;
  reuse: number;
  eventNew: number;
  eventReuse: number;
}
export const defaultPricing: RequestPricing = { newContent: 2, reuse: 1, eventNew: 3, eventReuse: 1 };

export function requestCost(
  request: { reuse: boolean; forEvent: boolean },
  pricing: RequestPricing = defaultPricing,
): number {
  if (request.forEvent) return request.reuse ? pricing.eventReuse : pricing.eventNew;
  return request.reuse ? pricing.reuse : pricing.newContent;
}

/** The budget quarter of a moment, like "2026-Q4". */
export function quarterOf(date: Date): string {
  return `${date.getUTCFullYear()}-Q${Math.floor(date.getUTCMonth() / 3) + 1}`;
}

export function budgetAfter(options: { budget: number; spent: number; cost: number }) {
  const remaining = options.budget - options.spent - options.cost;
  return { remaining, overdraws: remaining < 0 };
}

export interface ScoreInput {
  /** 1 (highest) to 3, set by a TMM; undefined before triage. */
  priority?: 1 | 2 | 3 | null;
  deliverableType?: { name: string; rank: number; of: number } | null;
  solution?: { name: string; rank: number; of: number } | null;
  dueDate?: string | null;
  team?: { name: string; weight: number } | null;
  today: string;
}

export interface ScoreReason {
  points: number;
  text: string;
}

const daysBetween = (from: string, to: string) =>
  Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY);

/**
 * The numbers of the priority score, in one place: `priorityScore` below adds them up for the
 * reasons people see, and the request list's SQL (requests.repository.ts) builds its ORDER BY from
 * the same figures, so the order and the reasons always agree.
 */
export const scoreRules = {
  /** Points for the priority set in triage. */
  priority: { 1: 30, 2: 15, 3: 0 },
  /** Points of the best-ranked deliverable type and solution; the last of n gets none. */
  deliverableTypeMax: 40,
  solutionMax: 10,
  /** Due-date points: the first band whose `upToDays` the days left do not exceed (-1: passed). */
  dueBands: [
    { upToDays: -1, points: 25 },
    { upToDays: 7, points: 20 },
    { upToDays: 14, points: 15 },
    { upToDays: 30, points: 10 },
    { upToDays: 60, points: 5 },
  ],
} as const;

/**
 * Points for rank `rank` (0 first) of `of`: `max` for the first, none for the last, rounded half
 * up. Computed as max × (of − 1 − rank) / (of − 1) on whole numbers, which SQL computes exactly too.
 */
export const rankPoints = (rank: number, of: number, max: number) =>
  of <= 1 ? max : Math.round((max * (of - 1 - rank)) / (of - 1));

export const dueDatePoints = (days: number) =>
  scoreRules.dueBands.find((band) => days <= band.upToDays)?.points ?? 0;

/** The priority score and, for each part of it, the reason in words. Higher comes first. */
export function priorityScore(input: ScoreInput): { score: number; reasons: ScoreReason[] } {
  const reasons: ScoreReason[] = [];
  if (input.priority) {
    const points = scoreRules.priority[input.priority];
    reasons.push({ points, text: `priority ${input.priority} set in triage` });
  }
  if (input.deliverableType) {
    const { name, rank, of } = input.deliverableType;
    reasons.push({
      points: rankPoints(rank, of, scoreRules.deliverableTypeMax),
      text: `${name} ranks ${rank + 1} of ${of} deliverable types`,
    });
  }
  if (input.solution) {
    const { name, rank, of } = input.solution;
    reasons.push({
      points: rankPoints(rank, of, scoreRules.solutionMax),
      text: `${name} is solution ${rank + 1} of ${of}`,
    });
  }
  if (input.dueDate) {
    const days = daysBetween(input.today, input.dueDate);
    const text =
      days < 0 ? `due date passed ${-days} days ago` : days === 0 ? 'due today' : `due in ${days} days`;
    reasons.push({ points: dueDatePoints(days), text });
  }
  if (input.team?.weight) {
    reasons.push({ points: input.team.weight, text: `requested by ${input.team.name}` });
  }
  return { score: reasons.reduce((sum, reason) => sum + reason.points, 0), reasons };
}

export interface RoutingCandidate {
  id: string;
  name: string;
  areaIds: readonly string[];
  capacity: number;
  load: number;
}

/**
 * Suggests who should take a request: the team member owning its use case (or, failing that, its
 * solution) with the most spare capacity; the reason says why. Without an owner, the least loaded.
 */
export function suggestAssignee(
  request: { solutionId?: string | null; useCaseId?: string | null },
  members: readonly RoutingCandidate[],
): { memberId: string; reason: string } | undefined {
  const available = members.filter((member) => member.capacity > 0);
  if (available.length === 0) return undefined;
  const spare = (member: RoutingCandidate) => (member.capacity - member.load) / member.capacity;
  const pick = (candidates: RoutingCandidate[]) =>
    [...candidates].sort((a, b) => spare(b) - spare(a) || a.name.localeCompare(b.name))[0];
  const loadText = (member: RoutingCandidate) =>
    `${member.load} of ${member.capacity} deliverables this quarter`;
  const byUseCase = request.useCaseId
    ? available.filter((m) => m.areaIds.includes(request.useCaseId as string))
    : [];
  const byUseCaseMember = pick(byUseCase);
  if (byUseCaseMember)
    return { memberId: byUseCaseMember.id, reason: `owns the use case; ${loadText(byUseCaseMember)}` };
  const bySolution = request.solutionId
    ? available.filter((m) => m.areaIds.includes(request.solutionId as string))
    : [];
  const bySolutionMember = pick(bySolution);
  if (bySolutionMember)
    return { memberId: bySolutionMember.id, reason: `owns the solution; ${loadText(bySolutionMember)}` };
  const anyone = pick(available) as RoutingCandidate;
  return { memberId: anyone.id, reason: `nobody owns this area; most spare capacity (${loadText(anyone)})` };
}

/** The calendar day (UTC) of a moment, as `YYYY-MM-DD`. */
export function dayOf(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/**
 * A due date in the past cannot be set: not when filing, and not when editing (a request whose
 * due date has already passed may keep it, unchanged). Returns the problem, or undefined.
 */
export function dueDateProblem(options: {
  dueDate: string | null | undefined;
  today: string;
  current?: string | null;
}): string | undefined {
  const { dueDate, today, current } = options;
  if (!dueDate || dueDate === current) return undefined;
  return dueDate < today ? `cannot be in the past (today is ${today})` : undefined;
}

/**
 * How alike two requests are, from the distinct word stems of each (title and business goal, stop
 * words already dropped): shared stems over the geometric mean of the two counts (the cosine of
 * their word sets), 0 to 1. One-letter stems do not count.
 */
export function requestSimilarity(a: readonly string[], b: readonly string[]): number {
  const left = new Set(a.filter((stem) => stem.length > 1));
  const right = new Set(b.filter((stem) => stem.length > 1));
  if (left.size === 0 || right.size === 0) return 0;
  let shared = 0;
  for (const stem of left) if (right.has(stem)) shared += 1;
  return shared / Math.sqrt(left.size * right.size);
}

/** A request this alike (and sharing at least two words) is shown as a possible duplicate. */
export const similarRequestThreshold = 0.35;

export function isSimilarRequest(a: readonly string[], b: readonly string[]): boolean {
  const shared = new Set(a.filter((stem) => stem.length > 1 && b.includes(stem))).size;
  return shared >= 2 && requestSimilarity(a, b) >= similarRequestThreshold;
}

/** The account GitLab intake files issues as when their author is linked to nobody. */
export const GITLAB_INTAKE_EMAIL = 'gitlab-intake@showcase.local';
