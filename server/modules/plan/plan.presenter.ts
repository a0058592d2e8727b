import { entryWarnings, planDisplayName } from '../../../shared/plan.ts';
import { allows, assetActions, requestActions } from '../../../shared/policies.ts';
import type { PlanEntry, PlanEvent } from '../../../shared/schemas/plan.ts';
import type { CalendarFeedsTable } from '../../db/schema.ts';
import type { PlanEntryRow, PlanEventRow } from './plan.repository.ts';
import type { PlanViewer } from './plan.service.ts';

const iso = (value: Date | string) =>
  value instanceof Date ? value.toISOString() : new Date(value).toISOString();

/**
 * A plan entry as it leaves the server. Its request shows only to those who may see the request
 * (requesters: their own and their team's), its asset only in a status the role may see.
 */
export function presentPlanEntry(row: PlanEntryRow, viewer: PlanViewer): PlanEntry {
  const actor = { id: viewer.userId, role: viewer.role, teamId: viewer.teamId };
  const requestVisible =
    row.request_id !== null &&
    row.request_requester_id !== null &&
    allows(
      requestActions(actor, { requesterId: row.request_requester_id, teamId: row.request_team_id }),
      'read',
    );
  const assetVisible =
    row.asset_id !== null &&
    row.asset_status !== null &&
    allows(assetActions(actor, { status: row.asset_status, ownerId: null }), 'read');
  return {
    id: row.id,
    title: row.title,
    displayName: planDisplayName({ title: row.title, ownerName: row.owner_name, dueDate: row.due_date }),
    formatId: row.format_id,
    formatName: row.format_name,
    solutionId: row.solution_id,
    solutionName: row.solution_name,
    ownerId: row.owner_id,
    ownerName: row.owner_name,
    quarter: row.quarter,
    startDate: row.start_date,
    dueDate: row.due_date,
    status: row.status,
    request:
      requestVisible && row.request_id
        ? { id: row.request_id, number: Number(row.request_number), title: row.request_title ?? '' }
        : null,
    asset: assetVisible && row.asset_id ? { id: row.asset_id, title: row.asset_title ?? '' } : null,
    notes: row.notes,
    warnings: entryWarnings({ quarter: row.quarter, dueDate: row.due_date, status: row.status }),
    version: row.version,
    createdAt: iso(row.created_at),
    updatedAt: iso(row.updated_at),
  };
}

export function presentPlanEvent(row: PlanEventRow): PlanEvent {
  return {
    id: row.id,
    kind: row.kind,
    title: row.title,
    startsAt: iso(row.starts_at),
    endsAt: iso(row.ends_at),
    location: row.location,
    registrationUrl: row.registration_url,
    description: row.description,
    ownerId: row.owner_id,
    ownerName: row.owner_name,
    version: row.version,
  };
}

/** A feed without its secret (only its digest is stored anyway). */
export function presentCalendarFeed(row: {
  scope: CalendarFeedsTable['scope'];
  created_at: Date;
  last_read_at: Date | null;
}) {
  return {
    scope: row.scope,
    createdAt: iso(row.created_at),
    lastReadAt: row.last_read_at ? iso(row.last_read_at) : null,
  };
}
