/**
 * Cooperative time slicing for long CPU work on the server's one JavaScript thread (parsing a
 * 10,000-entry file takes seconds): the loop awaits `slice()` at each step, which hands the event
 * loop back to other requests whenever the current slice has run for `budgetMs`.
 */
export function timeSlicer(budgetMs = 8): () => Promise<void> {
  let since = performance.now();
  return async () => {
    if (performance.now() - since < budgetMs) return;
    await new Promise((resolve) => setImmediate(resolve));
    since = performance.now();
  };
}

/** `Array.prototype.map` in time slices. */
export async function mapInSlices<T, R>(
  items: readonly T[],
  map: (item: T, index: number) => R,
): Promise<R[]> {
  const slice = timeSlicer();
  const out: R[] = [];
  for (const [index, item] of items.entries()) {
    await slice();
    out.push(map(item, index));
  }
  return out;
}
