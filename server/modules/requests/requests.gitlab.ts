import { timingSafeEqual } from 'node:crypto';
import { z } from 'zod';
import { dayOf, dueDateProblem, GITLAB_INTAKE_EMAIL, type RequestState } from '../../../shared/requests.ts';
import { can } from '../../../shared/roles.ts';
import { textSchema } from '../../../shared/schemas/common.ts';
import {
  type CreateGitlabUserLinkInput,
  type CreateRequestInput,
  createGitlabUserLinkSchema,
  createRequestSchema,
} from '../../../shared/schemas/requests.ts';
import type { Database } from '../../db/connect.ts';
import type { UserRow } from '../../db/schema.ts';
import { AppError } from '../../errors.ts';
import type { Principal } from '../../http/context.ts';
import { getActiveTeams, getActiveTerms } from '../settings/settings.service.ts';
import { createIntegrationUser, findUser, findUserWithEmail } from '../users/users.service.ts';
import {
  deleteGitlabUserLink,
  findGitlabUserLinkRow,
  findIntegrationDelivery,
  findRequestByExternalRef,
  insertGitlabUserLink,
  insertIntegrationDelivery,
  listGitlabUserLinkRows,
  withAdvisoryLock,
} from './requests.repository.ts';
import { createRequest, transitionRequest, updateRequest } from './requests.service.ts';

type Db = Database['db'];

/** Longest issue URL kept: it is the unique key of the request it files (a btree entry). */
const maxUrlLength = 2000;

/**
 * The parts of GitLab's documented issue webhook payload that intake reads. Every string is text
 * PostgreSQL can store (a NUL or a lone surrogate is a 422 naming the field), the title is
 * required, and the URL is an http(s) address of bounded length.
 */
export const gitlabIssueHookSchema = z.object({
  object_kind: textSchema(),
  user: z
    .object({
      username: textSchema().max(255, 'must be at most 255 characters'),
      name: textSchema().max(255, 'must be at most 255 characters'),
    })
    .partial()
    .optional(),
  object_attributes: z.object({
    id: z.number().optional(),
    iid: z.number().optional(),
    title: textSchema().trim().min(1, 'is required'),
    description: textSchema().nullable().optional(),
    url: textSchema()
      .max(maxUrlLength, `must be at most ${maxUrlLength} characters`)
      .pipe(z.url({ protocol: /^https?$/, error: 'must be an http(s) URL' })),
    action: textSchema().optional(),
    due_date: textSchema().nullable().optional(),
  }),
  labels: z.array(z.object({ title: textSchema() })).optional(),
});
export type GitlabIssueHook = z.infer<typeof gitlabIssueHookSchema>;

/** Template headings (lower case, matched by "contains") and the request field each fills. */
const headingFields: [RegExp, keyof ParsedTemplate][] = [
  [/audience size|size of (the )?audience/, 'audienceSize'],
  [/business goal|goal|opportunity|why/, 'businessGoal'],
  [/target audience|audience/, 'audience'],
  [/persona/, 'personas'],
  [/deliverable/, 'deliverableType'],
  [/content type|type of content|format/, 'formats'],
  [/distribution/, 'distributionPlan'],
  [/due date|deadline|needed by/, 'dueDate'],
  [/event|campaign/, 'eventName'],
  [/requesting team|team/, 'team'],
  [/use case/, 'useCase'],
  [/solution/, 'solution'],
];

export interface ParsedTemplate {
  businessGoal?: string;
  audience?: string;
  audienceSize?: string;
  personas?: string;
  deliverableType?: string;
  formats?: string;
  distributionPlan?: string;
  dueDate?: string;
  eventName?: string;
  team?: string;
  useCase?: string;
  solution?: string;
}

/**
 * Reads the sections of an issue opened from the content request template: each Markdown heading
 * names a field. Sections whose heading matches no field are returned as `unparsed`.
 */
export function parseRequestTemplate(markdown: string): { fields: ParsedTemplate; unparsed: string[] } {
  const fields: ParsedTemplate = {};
  const unparsed: string[] = [];
  const sections = markdown.split(/^#{1,4}\s+/m).slice(1);
  for (const section of sections) {
    const [headingLine = '', ...rest] = section.split('\n');
    const heading = headingLine
      .replace(/[*_:`]/g, '')
      .trim()
      .toLowerCase();
    const value = rest
      .join('\n')
      .replace(/<!--[\s\S]*?-->/g, '')
      .trim();
    const field = headingFields.find(([pattern]) => pattern.test(heading))?.[1];
    if (field && value && !fields[field]) fields[field] = value;
    else if (!field) unparsed.push(headingLine.trim());
  }
  return { fields, unparsed };
}

/** What scoped labels say: a state to move to and a priority. Labels with no meaning here are reported. */
export function labelEffects(labels: string[]): {
  state?: RequestState;
  priority?: 1 | 2 | 3;
  notes: string[];
} {
  const notes: string[] = [];
  let state: RequestState | undefined;
  let priority: 1 | 2 | 3 | undefined;
  for (const label of labels) {
    const [scope = '', value = ''] = label.split('::').map((part) => part.trim().toLowerCase());
    if (scope === 'priority' && ['1', '2', '3'].includes(value)) priority = Number(value) as 1 | 2 | 3;
    else if (scope === 'da-status' || scope === 'sm_req') {
      const mapped = (
        {
          triage: 'triage',
          backlog: 'backlog',
          declined: 'declined',
          canceled: 'canceled',
          cancelled: 'canceled',
        } as const
      )[value as 'triage'];
      if (mapped) state = mapped;
      else if (!['new', 'new_request', 'open'].includes(value))
        notes.push(`label “${label}” needs a person or asset to apply; set it in Showcase`);
    }
  }
  return { state, priority, notes };
}

function tokenMatches(given: string | undefined, expected: string): boolean {
  if (!given) return false;
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

export { GITLAB_INTAKE_EMAIL };

/** Longest delivery id kept (X-Gitlab-Event-UUID is a UUID; Idempotency-Key is the sender's choice). */
const maxDeliveryIdLength = 200;

/** At most `max` UTF-16 units of `text`, never ending in half a surrogate pair. */
function cut(text: string | undefined, max: number): string | undefined {
  if (text === undefined) return undefined;
  const part = text.slice(0, max);
  return /[\uD800-\uDBFF]$/.test(part) ? part.slice(0, -1) : part;
}

/** The account GitLab intake acts as when no person is linked, made on first use. */
async function integrationUser(db: Db): Promise<UserRow> {
  return (
    (await findUserWithEmail({ db, email: GITLAB_INTAKE_EMAIL })) ??
    (await createIntegrationUser({ db, email: GITLAB_INTAKE_EMAIL, name: 'GitLab intake' }))
  );
}

/**
 * An audience size written in the template ("~250 people", "1,200"), or why it cannot be kept:
 * its digits must make a whole number the request accepts.
 */
export function readAudienceSize(text: string | undefined): { value: number | null; problem?: string } {
  if (!text) return { value: null };
  const digits = text.replace(/[^\d]/g, '');
  if (!digits) return { value: null, problem: `audience size “${text}” is not a number; left empty` };
  const parsed = createRequestSchema.shape.audienceSize.safeParse(Number(digits));
  return parsed.success && Number.isSafeInteger(Number(digits))
    ? { value: parsed.data ?? null }
    : { value: null, problem: `audience size “${text}” is larger than Showcase keeps; left empty` };
}

/**
 * The due date from the template's section or GitLab's own due date, or why it cannot be kept:
 * it must be a real calendar day (YYYY-MM-DD), today or later.
 */
export function readDueDate(
  section: string | undefined,
  gitlabDueDate: string | null | undefined,
  today: string,
): { value: string | null; problem?: string } {
  // The template's section wins; GitLab's own due date stands in when the section holds no date.
  const candidate = (section?.match(/\d{4}-\d{2}-\d{2}/)?.[0] ?? gitlabDueDate?.trim()) || undefined;
  if (!candidate) {
    return section?.trim()
      ? {
          value: null,
          problem: `due date “${section.trim().slice(0, 40)}” is not a date (YYYY-MM-DD); left empty`,
        }
      : { value: null };
  }
  const shown = candidate.slice(0, 40);
  if (!z.iso.date().safeParse(candidate).success)
    return { value: null, problem: `due date “${shown}” is not a date (YYYY-MM-DD); left empty` };
  const problem = dueDateProblem({ dueDate: candidate, today });
  return problem
    ? { value: null, problem: `due date “${shown}” ${problem}; left empty` }
    : { value: candidate };
}

/**
 * Turns a GitLab "issue opened" webhook into a request. The X-Gitlab-Token must match; a delivery
 * seen before (by its event UUID, or the issue URL) is acknowledged and ignored. Returns what was
 * done and what could not be read, so the sender's log explains itself.
 *
 * Who it is filed as: the Showcase account an admin linked to the issue author's GitLab username
 * (Settings › GitLab intake), and nobody else. The payload's email is not used: GitLab does not say
 * in a webhook whether an address is verified (and redacts it in current versions), and anyone who
 * can open an issue chooses their own username. Without a link the request is filed by the
 * "GitLab intake" account; either way the issue author's name and username are kept on it.
 */
export async function receiveGitlabIssue(options: {
  db: Db;
  token: string | undefined;
  expectedToken: string | undefined;
  deliveryId: string | undefined;
  payload: unknown;
  now: Date;
}): Promise<{ status: 'created' | 'duplicate' | 'ignored'; requestId?: string; report: string[] }> {
  const { db } = options;
  if (!options.expectedToken)
    throw new AppError('not_found', 'GitLab intake is not configured (SHOWCASE_GITLAB_WEBHOOK_TOKEN)');
  if (!tokenMatches(options.token, options.expectedToken))
    throw new AppError('unauthenticated', 'Missing or wrong X-Gitlab-Token');
  if (options.deliveryId && options.deliveryId.length > maxDeliveryIdLength) {
    throw new AppError('validation_failed', 'The delivery id is too long', {
      fields: { 'X-Gitlab-Event-UUID': `must be at most ${maxDeliveryIdLength} characters` },
    });
  }
  const parsed = gitlabIssueHookSchema.safeParse(options.payload);
  if (!parsed.success) {
    throw new AppError('validation_failed', 'Not a GitLab issue webhook payload', {
      fields: Object.fromEntries(
        parsed.error.issues.map((issue) => [issue.path.join('.') || 'body', issue.message]),
      ),
    });
  }
  const hook = parsed.data;
  if (hook.object_kind !== 'issue')
    return { status: 'ignored', report: [`object_kind “${hook.object_kind}” is not an issue`] };
  const action = hook.object_attributes.action ?? 'open';
  if (action !== 'open') return { status: 'ignored', report: [`action “${action}” does not file a request`] };
  // Deliveries of one issue are filed one at a time: GitLab may send the same one twice at once,
  // and the later then finds the earlier one's request and answers as a duplicate.
  return withAdvisoryLock(db, `gitlab-issue:${hook.object_attributes.url}`, () =>
    fileGitlabIssue(options, hook),
  );
}

async function fileGitlabIssue(
  options: { db: Db; deliveryId: string | undefined; now: Date },
  hook: z.infer<typeof gitlabIssueHookSchema>,
): Promise<{ status: 'created' | 'duplicate' | 'ignored'; requestId?: string; report: string[] }> {
  const { db, now } = options;
  if (options.deliveryId && (await findIntegrationDelivery(db, options.deliveryId))) {
    return { status: 'duplicate', report: ['this delivery was received before'] };
  }
  const existing = await findRequestByExternalRef(db, hook.object_attributes.url);
  if (existing)
    return { status: 'duplicate', requestId: existing.id, report: ['this issue already filed a request'] };

  const report: string[] = [];
  const { fields, unparsed } = parseRequestTemplate(hook.object_attributes.description ?? '');
  if (unparsed.length) report.push(`sections kept in the description but not read: ${unparsed.join(', ')}`);
  const [terms, teams] = await Promise.all([getActiveTerms({ db }), getActiveTeams({ db })]);
  const norm = (text: string) => text.trim().toLowerCase();
  const find = (kind: string, name?: string) =>
    name ? terms.find((t) => t.kind === kind && norm(t.name) === norm(name)) : undefined;
  const names = (text?: string) =>
    (text ?? '')
      .split(/[\n,;]+/)
      .map((part) => part.replace(/^[-*\s[\]x]+/i, '').trim())
      .filter(Boolean);

  const labels = [...(hook.labels ?? []).map((label) => label.title)];
  const teamName = fields.team
    ? names(fields.team)[0]
    : labels.find((l) => l.toLowerCase().startsWith('team::'))?.split('::')[1];
  let team = teams.find((t) => teamName && norm(t.name) === norm(teamName));
  if (!team) {
    team = teams.find((t) => t.name === 'Sales') ?? teams[0];
    report.push(
      `requesting team ${teamName ? `“${teamName}” unknown` : 'not given'}; charged to ${team?.name}`,
    );
  }
  if (!team) throw new AppError('validation_failed', 'The workspace has no requesting team to charge');
  let type = find('deliverable_type', names(fields.deliverableType)[0]);
  if (!type) {
    type =
      terms.find((t) => t.kind === 'deliverable_type' && t.name === 'Sales Support') ??
      terms.find((t) => t.kind === 'deliverable_type');
    report.push(
      `deliverable type ${fields.deliverableType ? `“${names(fields.deliverableType)[0]}” unknown` : 'not given'}; set to ${type?.name}`,
    );
  }
  const personaIds = names(fields.personas).flatMap((name) => {
    const term = find('persona', name);
    if (!term) report.push(`persona “${name}” unknown`);
    return term ? [term.id] : [];
  });
  const formatIds = names(fields.formats).flatMap((name) => {
    const term = find('format', name);
    if (!term) report.push(`format “${name}” unknown`);
    return term ? [term.id] : [];
  });
  const dueDate = readDueDate(fields.dueDate, hook.object_attributes.due_date, dayOf(now));
  if (dueDate.problem) report.push(dueDate.problem);
  const audienceSize = readAudienceSize(fields.audienceSize);
  if (audienceSize.problem) report.push(audienceSize.problem);

  const author = {
    name: hook.user?.name?.trim() || null,
    username: hook.user?.username?.trim().replace(/^@/, '') || null,
  };
  const link = author.username ? await findGitlabUserLinkRow(db, author.username.toLowerCase()) : undefined;
  const linked = link?.user_active && can(link.user_role, 'requests.create') ? link : undefined;
  const integration = await integrationUser(db);
  const requester = linked
    ? { id: linked.user_id, email: linked.user_email, name: linked.user_name, role: linked.user_role }
    : integration;
  const who = author.username ? `@${author.username}` : (author.name ?? '(unknown)');
  if (link && !linked)
    report.push(
      `GitLab user ${who} is linked to ${link.user_name}, who cannot file requests now; filed as “GitLab intake”`,
    );
  else if (!linked)
    report.push(`GitLab user ${who} is linked to no Showcase account; filed as “GitLab intake”`);

  const input: CreateRequestInput = {
    title: cut(hook.object_attributes.title, 300) as string,
    deliverableTypeId: type?.id as string,
    businessGoal: cut(fields.businessGoal, 4000) ?? '',
    audience: cut(fields.audience, 1000),
    audienceSize: audienceSize.value,
    personaIds,
    formatIds,
    solutionId: find('solution', names(fields.solution)[0])?.id ?? null,
    useCaseId: find('use_case', names(fields.useCase)[0])?.id ?? null,
    distributionPlan: cut(fields.distributionPlan, 4000),
    dueDate: dueDate.value,
    eventName: cut(fields.eventName, 300),
    teamId: team.id,
    description: cut(
      `${hook.object_attributes.description ?? ''}\n\nFiled from GitLab: ${hook.object_attributes.url}`,
      20_000,
    ),
    links: [{ url: hook.object_attributes.url, label: 'GitLab issue' }],
  };
  // What the API would refuse is refused here too, naming the field, rather than by the database.
  const checked = createRequestSchema.safeParse(input);
  if (!checked.success) {
    throw new AppError('validation_failed', 'The issue cannot be filed as a request', {
      fields: Object.fromEntries(checked.error.issues.map((issue) => [issue.path.join('.'), issue.message])),
    });
  }
  const principal: Principal = {
    userId: requester.id,
    email: requester.email,
    name: requester.name,
    role: requester.role,
    via: 'token',
  };
  const row = await createRequest({
    db,
    input,
    principal,
    now,
    external: {
      ref: hook.object_attributes.url,
      overdraftReason: 'Filed through GitLab; review the budget in triage',
      author: {
        name: cut(author.name ?? undefined, 255) ?? null,
        username: cut(author.username ?? undefined, 255) ?? null,
      },
    },
  }).catch(async (error: unknown) => {
    // Filed meanwhile by another instance's delivery: the unique issue reference refused this one.
    if ((error as { code?: string }).code !== '23505') throw error;
    const filed = await findRequestByExternalRef(db, hook.object_attributes.url);
    if (!filed) throw error;
    return { duplicateOf: filed.id };
  });
  if ('duplicateOf' in row)
    return {
      status: 'duplicate',
      requestId: row.duplicateOf,
      report: ['this issue already filed a request'],
    };
  await insertIntegrationDelivery(db, {
    id: options.deliveryId ?? `gitlab:${hook.object_attributes.url}`,
    source: 'gitlab',
    requestId: row.id,
  });

  const effects = labelEffects(labels);
  report.push(...effects.notes);
  const system: Principal = {
    userId: integration.id,
    email: integration.email,
    name: 'GitLab intake',
    role: 'admin',
    via: 'token',
  };
  if (effects.priority)
    await updateRequest({ db, id: row.id, input: { priority: effects.priority }, principal: system, now });
  if (effects.state && effects.state !== 'triage')
    await transitionRequest({ db, id: row.id, input: { to: 'triage' }, principal: system, now });
  if (effects.state) {
    const reason = ['declined', 'canceled'].includes(effects.state) ? 'Label set in GitLab' : undefined;
    await transitionRequest({ db, id: row.id, input: { to: effects.state, reason }, principal: system, now });
  }
  return { status: 'created', requestId: row.id, report };
}

/** Every GitLab username an admin linked to a Showcase account, by username. */
export function listGitlabUserLinks(options: { db: Db }) {
  return listGitlabUserLinkRows(options.db);
}

/**
 * Links a GitLab username to a Showcase account that may file requests: intake then files that
 * person's issues as them. A username is linked to one account at a time.
 */
export async function linkGitlabUser(options: {
  db: Db;
  input: CreateGitlabUserLinkInput;
  principal: Principal;
}) {
  const { db } = options;
  const input = createGitlabUserLinkSchema.parse(options.input);
  const user = await findUser({ db, id: input.userId });
  if (!user || user.email === GITLAB_INTAKE_EMAIL)
    throw new AppError('validation_failed', 'No such account', {
      fields: { userId: 'must be a Showcase account' },
    });
  if (!user.active || !can(user.role, 'requests.create')) {
    throw new AppError('validation_failed', `${user.name} cannot file requests`, {
      fields: { userId: 'must be an active account that may file requests (not a viewer)' },
    });
  }
  const inserted = await insertGitlabUserLink(db, {
    username: input.username,
    userId: user.id,
    createdBy: options.principal.userId,
  });
  if (!inserted) {
    throw new AppError('conflict', `@${input.username} is linked already; remove that link first`, {
      fields: { username: 'is linked to an account already' },
    });
  }
  return (await findGitlabUserLinkRow(db, input.username)) as NonNullable<
    Awaited<ReturnType<typeof findGitlabUserLinkRow>>
  >;
}

export async function unlinkGitlabUser(options: { db: Db; username: string }) {
  const removed = await deleteGitlabUserLink(options.db, options.username);
  if (!removed) throw new AppError('not_found', `@${options.username} is not linked`);
}
