import type { UseMutationResult } from '@tanstack/react-query';
import { useState } from 'react';
import { useVersionConflict } from './useVersionConflict.ts';

type Versioned = { id: string; version: number };

/**
 * Optimistic concurrency for records edited in place in a table (one change per save: a role, a
 * switch, a capacity). `edit(row, change)` saves over the version the row shows; when someone
 * else saved first, `conflictModal` (spread into VersionConflictModal) shows theirs beside yours
 * and applies your change on top or reloads theirs.
 */
export function useVersionedRowEdit<Row extends Versioned, Values extends object>(options: {
  update: UseMutationResult<unknown, Error, Versioned & Partial<Values>>;
  labels: Record<string, string>;
  toValues: (row: Row) => Values;
  format?: (path: string, value: unknown) => string | undefined;
  reload: () => Promise<unknown>;
}) {
  const { update, toValues } = options;
  const { conflict, catchConflict, dismiss } = useVersionConflict<Values, Row>(options);
  /** The record a conflict is about. */
  const [conflictId, setConflictId] = useState<string | null>(null);

  const edit = (row: Row, change: Partial<Values>, onError?: (error: Error) => void) =>
    update.mutate({ id: row.id, version: row.version, ...change } as Versioned & Partial<Values>, {
      onError: (error) => {
        if (catchConflict(error, { ...toValues(row), ...change }, toValues(row))) setConflictId(row.id);
        else onError?.(error);
      },
    });

  const conflictModal = {
    conflict,
    applying: update.isPending,
    onClose: dismiss,
    onApply: (found: NonNullable<typeof conflict>) => {
      if (!conflictId) return;
      update.mutate(
        { id: conflictId, version: found.version, ...found.changes } as Versioned & Partial<Values>,
        {
          onSuccess: dismiss,
          onError: (error) => {
            if (!catchConflict(error, found.merged, found.theirs)) dismiss();
          },
        },
      );
    },
    onDiscard: async () => {
      dismiss();
      await options.reload();
    },
  };

  return { edit, conflictModal };
}
