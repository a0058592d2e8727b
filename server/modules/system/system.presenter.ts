import type { Database } from '../../db/connect.ts';

export function presentHealth() {
  return { status: 'ok' as const };
}

export function presentReadiness(kind: Database['kind']) {
  return { status: 'ready' as const, database: kind };
}
