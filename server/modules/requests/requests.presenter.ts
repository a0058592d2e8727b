import { type PolicyPrincipal, requestActions } from '../../../shared/policies.ts';
import type { ContentRequest, GitlabUserLink, SimilarRequest } from '../../../shared/schemas/requests.ts';
import type { RequestRow, TermRow } from '../../db/schema.ts';
import { renderMarkdown } from '../../markdown.ts';
import type { GitlabUserLinkRow } from './requests.repository.ts';
import { type getBudget, requestFacts, scoreOf, type termRanks } from './requests.service.ts';

export interface RequestLookups {
  terms: Map<string, TermRow>;
  ranks: ReturnType<typeof termRanks>;
  users: Map<string, string>;
  teams: Map<string, string>;
  assets: Map<string, string>;
  delivered: { request_id: string; id: string; title: string }[];
}

const ref = (id: string | null, names: Map<string, string>) =>
  id ? { id, name: names.get(id) ?? 'Unknown' } : null;

export function presentRequest(
  row: RequestRow,
  lookups: RequestLookups,
  now: Date,
  actor: PolicyPrincipal,
): ContentRequest {
  const termName = (id: string | null) =>
    id ? { id, name: lookups.terms.get(id)?.name ?? 'Unknown' } : null;
  const { score, reasons } = scoreOf(row, lookups.ranks, now.toISOString().slice(0, 10));
  return {
    id: row.id,
    number: row.number,
    title: row.title,
    state: row.state,
    stage: row.stage,
    priority: row.priority,
    score,
    scoreReasons: reasons,
    deliverableType: termName(row.deliverable_type_id),
    solution: termName(row.solution_id),
    useCase: termName(row.use_case_id),
    kind: row.kind,
    demo: ref(row.demo_id, lookups.assets),
    team: ref(row.team_id, lookups.teams),
    requester: ref(row.requester_id, lookups.users) as { id: string; name: string },
    assignee: ref(row.assignee_id, lookups.users),
    businessGoal: row.business_goal,
    audience: row.audience,
    audienceSize: row.audience_size,
    distributionPlan: row.distribution_plan,
    eventName: row.event_name,
    description: row.description,
    dueDate: row.due_date,
    reuse: row.reuse,
    forEvent: row.for_event,
    reusedAsset: ref(row.reused_asset_id, lookups.assets),
    deliveredAssets: lookups.delivered
      .filter((d) => d.request_id === row.id)
      .map((d) => ({ id: d.id, name: d.title })),
    cost: row.cost,
    quarter: row.quarter,
    reviewDueAt: row.review_due_at.toISOString(),
    overdue: row.reviewed_at === null && row.review_due_at.getTime() < now.getTime(),
    results: row.results,
    gitlabAuthor:
      row.external_author_name || row.external_author_username
        ? { name: row.external_author_name, username: row.external_author_username }
        : null,
    allowedActions: requestActions(actor, requestFacts(row)),
    createdAt: row.created_at.toISOString(),
    updatedAt: row.updated_at.toISOString(),
    version: row.version,
  };
}

const person = (id: string | null, name: string | null) => (id ? { id, name: name ?? 'Unknown' } : null);

/** One entry of a request's history. */
export function presentRequestEvent(event: {
  kind: string;
  from_state: string | null;
  to_state: string | null;
  reason: string;
  actor_id: string | null;
  actor_name: string | null;
  created_at: Date;
}) {
  return {
    kind: event.kind,
    fromState: event.from_state,
    toState: event.to_state,
    reason: event.reason,
    actor: person(event.actor_id, event.actor_name),
    createdAt: event.created_at.toISOString(),
  };
}

/** A comment with its Markdown rendered (sanitized) for display. */
export function presentComment(comment: {
  id: string;
  body: string;
  author_id: string | null;
  author_name: string | null;
  created_at: Date;
}) {
  return {
    id: comment.id,
    author: person(comment.author_id, comment.author_name),
    body: comment.body,
    bodyHtml: renderMarkdown(comment.body),
    createdAt: comment.created_at.toISOString(),
  };
}

/** A team's budget this quarter as the intake form shows it: the team by id and name only. */
export function presentBudget(budget: Awaited<ReturnType<typeof getBudget>>) {
  return {
    team: { id: budget.team.id, name: budget.team.name },
    quarter: budget.quarter,
    budget: budget.budget,
    spent: budget.spent,
    remaining: budget.remaining,
    pricing: budget.pricing,
  };
}

/** An open request of the same team that looks like the one being filed. */
export function presentSimilarRequest(
  row: Pick<RequestRow, 'id' | 'number' | 'title' | 'state' | 'requester_id' | 'created_at'>,
  users: Map<string, string>,
): SimilarRequest {
  return {
    id: row.id,
    number: row.number,
    title: row.title,
    state: row.state,
    requester: { id: row.requester_id, name: users.get(row.requester_id) ?? 'Unknown' },
    createdAt: row.created_at.toISOString(),
  };
}

/** A GitLab username and the Showcase account GitLab intake files its issues as. */
export function presentGitlabUserLink(row: GitlabUserLinkRow): GitlabUserLink {
  return {
    username: row.username,
    user: { id: row.user_id, name: row.user_name, email: row.user_email, active: row.user_active },
    createdAt: row.created_at.toISOString(),
  };
}

/** Someone a comment can @mention: the name to show and the handle to type. */
export function presentMentionable(person: { id: string; name: string; handle: string }) {
  return { id: person.id, name: person.name, handle: person.handle };
}
