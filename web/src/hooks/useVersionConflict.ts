import { useCallback, useState } from 'react';
import { ApiError } from '../api/client.ts';

/** One field of a conflict: what they saved, what you would save, and whether you changed it. */
export interface ConflictRow {
  path: string;
  label: string;
  theirs: string;
  mine: string;
  changedByMe: boolean;
}

export interface VersionConflict<Values> {
  /** The version stored now: "Apply my changes on top" sends it as If-Match. */
  version: number;
  /** What is stored now, as the form's values. */
  theirs: Values;
  /** The fields that differ between what is stored and what you would save. */
  rows: ConflictRow[];
  /** Only the fields you changed since you loaded the record, with your values: the body to send on top. */
  changes: Partial<Values>;
  /** What is stored with your changes on top: the form's values after applying. */
  merged: Values;
}

type Path = string;

const read = (values: unknown, path: Path): unknown =>
  path.split('.').reduce<unknown>((at, key) => (at as Record<string, unknown> | undefined)?.[key], values);

function write<T>(values: T, path: Path, value: unknown): T {
  const [head, ...rest] = path.split('.') as [string, ...string[]];
  const target = { ...(values as Record<string, unknown>) };
  target[head] = rest.length ? write(target[head] ?? {}, rest.join('.'), value) : value;
  return target as T;
}

/** Values compare by content; empty text, null and undefined are the same nothing. */
const normal = (value: unknown) => (value === '' || value === undefined ? null : value);
/** JSON with object keys sorted: the server's JSON (jsonb) keeps keys in its own order. */
const canonical = (value: unknown): string =>
  JSON.stringify(normal(value), (_key, inner) =>
    inner && typeof inner === 'object' && !Array.isArray(inner)
      ? Object.fromEntries(Object.entries(inner).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : inner,
  );
export const sameValue = (a: unknown, b: unknown) => canonical(a) === canonical(b);

/** A value in words for the dialog: text as it is, lists joined, yes/no, "(empty)". */
export function describeValue(value: unknown): string {
  const shown = normal(value);
  if (shown === null || (Array.isArray(shown) && shown.length === 0)) return '(empty)';
  if (typeof shown === 'boolean') return shown ? 'Yes' : 'No';
  if (Array.isArray(shown) && shown.every((item) => typeof item !== 'object'))
    return shown.map(String).join(', ');
  const text = typeof shown === 'string' ? shown : JSON.stringify(shown);
  return text.length > 160 ? `${text.slice(0, 157)}…` : text;
}

/**
 * Optimistic concurrency in a form: every save sends If-Match with the version the form loaded,
 * and a 412 version_conflict (someone else saved first) opens VersionConflictModal. `labels`
 * names the fields compared (dotted paths into the form's values, e.g. `settings.assetExpiryDays`)
 * in the words of the form; `toValues` turns the stored record the 412 carries into form values.
 */
export function useVersionConflict<Values, Current extends { version: number }>(options: {
  labels: Record<Path, string>;
  toValues: (current: Current) => Values;
  /** Words for a value where the plain form says little (ids → names). */
  format?: (path: Path, value: unknown) => string | undefined;
}) {
  const [conflict, setConflict] = useState<VersionConflict<Values> | null>(null);
  const { labels, toValues, format } = options;

  /**
   * Call from a save's error handler with what the form would have saved (`mine`) and what it had
   * loaded (`base`); true when it was a version conflict, which the dialog now shows.
   */
  const catchConflict = useCallback(
    (error: unknown, mine: Values, base: Values): boolean => {
      if (!(error instanceof ApiError) || error.code !== 'version_conflict' || !error.current) return false;
      const current = error.current as Current;
      const theirs = toValues(current);
      const shown = (path: Path, value: unknown) => format?.(path, value) ?? describeValue(value);
      const changedPaths = Object.keys(labels).filter(
        (path) => !sameValue(read(mine, path), read(base, path)),
      );
      const rows = Object.entries(labels)
        .filter(([path]) => !sameValue(read(theirs, path), read(mine, path)))
        .map(([path, label]) => ({
          path,
          label,
          theirs: shown(path, read(theirs, path)),
          mine: shown(path, read(mine, path)),
          changedByMe: changedPaths.includes(path),
        }));
      let changes = {} as Partial<Values>;
      let merged = theirs;
      for (const path of changedPaths) {
        changes = write(changes, path, read(mine, path));
        merged = write(merged, path, read(mine, path));
      }
      setConflict({ version: current.version, theirs, rows, changes, merged });
      return true;
    },
    [labels, toValues, format],
  );

  return { conflict, catchConflict, dismiss: useCallback(() => setConflict(null), []) };
}
