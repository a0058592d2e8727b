import type { AssetStatus } from './library.ts';
import type { RequestState } from './requests.ts';
import { can, type Role } from './roles.ts';

/**
 * Record-level policies: what this caller may do with this record. The role table (roles.ts)
 * says which roles may call a route at all; these functions say, for one record, which of its
 * actions the caller holds, from who they are and a few facts of the record (owner, requester,
 * team, status). Services check them before acting (one place: no ad-hoc owner or role checks),
 * presenters send them as `allowedActions`, and the web app shows only the buttons they allow.
 *
 * They answer who may act, not whether the record's state allows it now: a request's legal moves
 * (requests.ts), what publishing needs and whether an asset can go out through a link
 * (sharing's shareProblem) are checked by their own rules, after these.
 */
export const actions = [
  'read',
  'edit',
  'triage',
  'publish',
  'share',
  'cancel',
  'delete',
  'addResults',
] as const;
export type Action = (typeof actions)[number];

/** Who is asking. `teamId` is their requesting team (users.team_id), when a rule needs it. */
export interface PolicyPrincipal {
  id: string;
  role: Role;
  teamId?: string | null;
}

const allowed = (rules: Partial<Record<Action, boolean>>): Action[] =>
  actions.filter((action) => rules[action] === true);

/** Which statuses a role may see: viewers only published assets, requesters never drafts. */
export function visibleStatuses(role: Role): AssetStatus[] {
  if (can(role, 'library.edit')) return ['draft', 'in_review', 'published', 'archived'];
  if (role === 'requester') return ['published', 'archived'];
  return ['published'];
}

export interface AssetFacts {
  status: AssetStatus;
  ownerId: string | null;
}

/**
 * An asset (a demo is an asset too): read when the role sees its status (else nothing: the asset
 * is hidden, 404); edit and publish (archive and restore are edits) with library.edit; share
 * (make, list and turn off its tracked links) for TMMs and admins, and for its owner whatever
 * their role. An owner who is not a TMM does not edit their asset.
 */
export function assetActions(principal: PolicyPrincipal, asset: AssetFacts): Action[] {
  if (!visibleStatuses(principal.role).includes(asset.status)) return [];
  const editor = can(principal.role, 'library.edit');
  return allowed({
    read: true,
    edit: editor,
    publish: editor,
    share:
      can(principal.role, 'library.share') &&
      (editor || (asset.ownerId !== null && asset.ownerId === principal.id)),
  });
}

/** A demo's trail, storyboard and flags: read with its asset and demos.read; edit with demos.edit. */
export function demoActions(principal: PolicyPrincipal, asset: AssetFacts): Action[] {
  const readable = assetActions(principal, asset).includes('read') && can(principal.role, 'demos.read');
  return allowed({ read: readable, edit: readable && can(principal.role, 'demos.edit') });
}

export interface RequestFacts {
  requesterId: string;
  teamId: string | null;
  /** Needed for `edit` by the requester; without it (a read check elsewhere) they do not edit. */
  state?: RequestState;
}

/** While a request waits to be accepted its requester may still change what it asks for. */
export const requesterEditableStates: readonly RequestState[] = ['new_request', 'triage'];

/**
 * A content request: TMMs and admins read, edit and triage every request (triage: priority, work
 * stage and every move but cancelling), cancel it and add its results. Requesters read their own
 * and their requesting team's requests (else it is hidden, 404); their own they edit (what it asks
 * for: title, goal, audience, description, due date) until it is accepted, cancel, and add the
 * results of.
 */
export function requestActions(principal: PolicyPrincipal, request: RequestFacts): Action[] {
  const triager = can(principal.role, 'requests.triage');
  const own = request.requesterId === principal.id;
  const read =
    triager ||
    (can(principal.role, 'requests.read') &&
      (own || (Boolean(principal.teamId) && principal.teamId === request.teamId)));
  if (!read) return [];
  const mine = own && can(principal.role, 'requests.create');
  return allowed({
    read,
    edit: triager || (mine && request.state !== undefined && requesterEditableStates.includes(request.state)),
    triage: triager,
    cancel: triager || mine,
    addResults: triager || mine,
  });
}

export interface ShareLinkFacts {
  createdBy: string | null;
  asset: AssetFacts;
}

/**
 * A tracked share link: read (in its asset's list) by whoever may share the asset and by its
 * maker; cancel (turn off) by its maker, a TMM or an admin.
 */
export function shareLinkActions(principal: PolicyPrincipal, link: ShareLinkFacts): Action[] {
  const maker = link.createdBy !== null && link.createdBy === principal.id;
  const read = maker || assetActions(principal, link.asset).includes('share');
  if (!read || !can(principal.role, 'library.share')) return [];
  return allowed({ read, cancel: maker || can(principal.role, 'library.edit') });
}

/** A background import (its progress and report): read by whoever started it and by admins. */
export function importActions(principal: PolicyPrincipal, run: { startedBy: string | null }): Action[] {
  return allowed({
    read: (run.startedBy !== null && run.startedBy === principal.id) || principal.role === 'admin',
  });
}

/** Whether the principal holds the action on a record, given the actions its policy allows. */
export function allows(allowedActions: readonly Action[], action: Action): boolean {
  return allowedActions.includes(action);
}
