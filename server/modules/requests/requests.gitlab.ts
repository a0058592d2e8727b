import { timingSafeEqual } from 'node:crypto';
import { z } from 'zod';
import type { RequestState } from '../../../shared/requests.ts';
import type { CreateRequestInput } from '../../../shared/schemas/requests.ts';
import type { Database } from '../../db/connect.ts';
import { AppError } from '../../errors.ts';
import type { Principal } from '../../http/context.ts';
import { getActiveTeams, getActiveTerms } from '../settings/settings.service.ts';
import { createIntegrationUser, getAllUsers } from '../users/users.service.ts';
import {
  findIntegrationDelivery,
  findRequestByExternalRef,
  insertIntegrationDelivery,
} from './requests.repository.ts';
import { createRequest, transitionRequest, updateRequest } from './requests.service.ts';

type Db = Database['db'];

/** The parts of GitLab's documented issue webhook payload that intake reads. */
export const gitlabIssueHookSchema = z.object({
  object_kind: z.string(),
  user: z
    .object({ username: z.string().optional(), email: z.string().optional(), name: z.string().optional() })
    .partial()
    .optional(),
  object_attributes: z.object({
    id: z.number().optional(),
    iid: z.number().optional(),
    title: z.string(),
    description: z.string().nullable().optional(),
    url: z.string(),
    action: z.string().optional(),
    due_date: z.string().nullable().optional(),
  }),
  labels: z.array(z.object({ title: z.string() })).optional(),
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

export const GITLAB_INTAKE_EMAIL = 'gitlab-intake@showcase.local';

/**
 * Turns a GitLab "issue opened" webhook into a request. The X-Gitlab-Token must match; a delivery
 * seen before (by its event UUID, or the issue URL) is acknowledged and ignored. Returns what was
 * done and what could not be read, so the sender's log explains itself.
 */
export async function receiveGitlabIssue(options: {
  db: Db;
  token: string | undefined;
  expectedToken: string | undefined;
  deliveryId: string | undefined;
  payload: unknown;
  now: Date;
}): Promise<{ status: 'created' | 'duplicate' | 'ignored'; requestId?: string; report: string[] }> {
  const { db, now } = options;
  if (!options.expectedToken)
    throw new AppError('not_found', 'GitLab intake is not configured (SHOWCASE_GITLAB_WEBHOOK_TOKEN)');
  if (!tokenMatches(options.token, options.expectedToken))
    throw new AppError('unauthenticated', 'Missing or wrong X-Gitlab-Token');
  const parsed = gitlabIssueHookSchema.safeParse(options.payload);
  if (!parsed.success) {
    throw new AppError('validation_failed', 'Not a GitLab issue webhook payload', {
      fields: Object.fromEntries(parsed.error.issues.map((issue) => [issue.path.join('.'), issue.message])),
    });
  }
  const hook = parsed.data;
  if (hook.object_kind !== 'issue')
    return { status: 'ignored', report: [`object_kind “${hook.object_kind}” is not an issue`] };
  const action = hook.object_attributes.action ?? 'open';
  if (action !== 'open') return { status: 'ignored', report: [`action “${action}” does not file a request`] };
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
  const dueDate =
    (fields.dueDate?.match(/\d{4}-\d{2}-\d{2}/)?.[0] ?? hook.object_attributes.due_date) || null;
  const audienceSize = fields.audienceSize ? Number(fields.audienceSize.replace(/[^\d]/g, '')) || null : null;

  const email = hook.user?.email?.toLowerCase();
  const users = (await getAllUsers({ db })).filter((user) => user.active);
  let requester = users.find(
    (u) =>
      (email && u.email === email) ||
      (hook.user?.username && u.email.split('@')[0] === hook.user.username.toLowerCase()),
  );
  if (!requester) {
    requester =
      users.find((u) => u.email === GITLAB_INTAKE_EMAIL) ??
      (await createIntegrationUser({ db, email: GITLAB_INTAKE_EMAIL, name: 'GitLab intake' }));
    report.push(
      `GitLab user ${hook.user?.username ?? '(unknown)'} has no Showcase account; filed as “GitLab intake”`,
    );
  }
  const input: CreateRequestInput = {
    title: hook.object_attributes.title.slice(0, 300),
    deliverableTypeId: type?.id as string,
    businessGoal: fields.businessGoal ?? '',
    audience: fields.audience,
    audienceSize,
    personaIds,
    formatIds,
    solutionId: find('solution', names(fields.solution)[0])?.id ?? null,
    useCaseId: find('use_case', names(fields.useCase)[0])?.id ?? null,
    distributionPlan: fields.distributionPlan,
    dueDate: dueDate && /^\d{4}-\d{2}-\d{2}$/.test(dueDate) ? dueDate : null,
    eventName: fields.eventName?.slice(0, 300),
    teamId: team.id,
    description:
      `${hook.object_attributes.description ?? ''}\n\nFiled from GitLab: ${hook.object_attributes.url}`.slice(
        0,
        20_000,
      ),
    links: [{ url: hook.object_attributes.url, label: 'GitLab issue' }],
  };
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
    },
  });
  await insertIntegrationDelivery(db, {
    id: options.deliveryId ?? `gitlab:${hook.object_attributes.url}`,
    source: 'gitlab',
    requestId: row.id,
  });

  const effects = labelEffects(labels);
  report.push(...effects.notes);
  const system: Principal = {
    userId: requester.id,
    email: requester.email,
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
