import type { OutsideKind } from '../../../shared/schemas/insights.ts';
import type { EngagementEventRow } from '../../db/schema.ts';

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
