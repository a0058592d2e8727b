import { type OkrMeasure, okrMeasureInfo } from '../../../shared/okrs.ts';
import type { OutsideKind } from '../../../shared/schemas/insights.ts';
import type { KeyResult, Objective } from '../../../shared/schemas/okrs.ts';
import type { EngagementEventRow } from '../../db/schema.ts';
import type { ComputedKeyResult, ComputedObjective } from './okrs.service.ts';

/** What an engagement event says about itself to the workspace (no visitor hash). */
export function presentEngagementEvent(row: EngagementEventRow) {
  return {
    id: row.id,
    assetId: row.asset_id,
    linkId: row.link_id,
    source: row.source,
    kind: row.kind,
    seconds: row.seconds,
    quantity: row.quantity,
    occurredAt: row.occurred_at.toISOString(),
  };
}

/** An outside number as the API shows it. */
export function presentOutsideNumber(row: { kind: string; date: string; value: number }) {
  return { kind: row.kind as OutsideKind, date: row.date, value: row.value };
}

/** An objective with its key results computed now. */
export function presentObjective(objective: ComputedObjective): Objective {
  const { row } = objective;
  return {
    id: row.id,
    quarter: row.quarter,
    title: row.title,
    description: row.description,
    owner: row.owner_id ? { id: row.owner_id, name: row.owner_name ?? '' } : null,
    progress: objective.progress,
    version: row.version,
    keyResults: objective.keyResults.map(presentKeyResult),
  };
}

/** A key result computed now. */
export function presentKeyResult(keyResult: ComputedKeyResult): KeyResult {
  const measure = keyResult.row.measure as OkrMeasure;
  return {
    id: keyResult.row.id,
    objectiveId: keyResult.row.objective_id,
    title: keyResult.row.title,
    measure,
    measureLabel: okrMeasureInfo[measure].label,
    unit: okrMeasureInfo[measure].unit,
    filters: keyResult.row.filters as KeyResult['filters'],
    filterSummary: keyResult.filterSummary,
    target: keyResult.row.target,
    value: keyResult.value,
    progress: keyResult.progress,
    status: keyResult.status,
    history: keyResult.history,
    version: keyResult.row.version,
  };
}
