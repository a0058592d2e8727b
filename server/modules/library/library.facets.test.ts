import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext } from '../../../test/app.ts';
import { createAsset, createList, termIds } from '../../../test/library-helpers.ts';

let t: TestContext;
let tmm: Awaited<ReturnType<TestContext['as']>>;
let term: Awaited<ReturnType<typeof termIds>>;
let listId: string;

type Search = {
  total: number;
  hits: { id: string; title: string }[];
  facets: Record<string, { value: string; label: string; count: number }[]>;
};
const search = async (query: string) => (await tmm.get(`/api/assets?${query}`)).body as Search;

beforeAll(async () => {
  t = await createTestContext();
  t.clock.now = new Date('2026-06-15T12:00:00Z');
  tmm = await t.as('tmm');
  term = await termIds(tmm);
  listId = await createList(tmm, 'Launch kit');
});
afterAll(() => t.close());

describe('facets of a search', () => {
  it('keeps a selected value that nothing matches listed under its name with a 0 count, never as an id', async () => {
    await createAsset(tmm, listId, {
      title: 'Obsidian onboarding webinar',
      formatId: term('format', 'Webinar'),
      solutionIds: [term('solution', 'Software Security (DevSecOps)')],
    });
    const blog = term('format', 'Blog post');
    const delivery = term('solution', 'Automated Software Delivery');
    const result = await search(`q=obsidian&format=${blog}&solution=${delivery}`);
    expect(result.total).toBe(0);
    expect(result.facets.format).toEqual([{ value: blog, label: 'Blog post', count: 0 }]);
    expect(result.facets.solution).toEqual([
      { value: delivery, label: 'Automated Software Delivery', count: 0 },
    ]);

    // Widened again, the selected value takes its place among the others with its count.
    const webinar = term('format', 'Webinar');
    const both = await search(`q=obsidian&format=${blog},${webinar}`);
    expect(both.facets.format).toEqual([
      { value: webinar, label: 'Webinar', count: 1 },
      { value: blog, label: 'Blog post', count: 0 },
    ]);
  });

  it('names a selected owner with no matches, and a value the workspace does not have as unknown', async () => {
    const me = (await tmm.get('/api/auth/session')).body.user as { id: string; name: string };
    const missing = '00000000-0000-4000-8000-000000000000';
    const result = await search(`q=nothingmatchesthis&owner=${me.id}&persona=${missing}`);
    expect(result.facets.owner).toEqual([{ value: me.id, label: me.name, count: 0 }]);
    expect(result.facets.persona).toEqual([{ value: missing, label: 'Unknown persona', count: 0 }]);
    const status = await search('q=nothingmatchesthis&status=archived');
    expect(status.facets.status).toEqual([{ value: 'archived', label: 'Archived', count: 0 }]);
  });
});

describe('order of a search', () => {
  it('puts archived and expired assets after current ones, even when they were updated last', async () => {
    const current = await createAsset(tmm, listId, { title: 'Zephyr current guide' });
    t.clock.now = new Date('2026-06-15T13:00:00Z');
    const archived = await createAsset(tmm, listId, { title: 'Zephyr archived guide' });
    expect((await tmm.patch(`/api/assets/${archived.id}`, { status: 'archived' })).status).toBe(200);
    t.clock.now = new Date('2026-06-15T14:00:00Z');
    const expired = await createAsset(tmm, listId, {
      title: 'Zephyr expired guide',
      publishedOn: '2025-01-10',
      expiresOn: '2026-01-10',
    });
    expect(expired.freshness).toBe('expired');
    t.clock.now = new Date('2026-06-15T15:00:00Z');
    const later = await createAsset(tmm, listId, { title: 'Zephyr second current guide' });

    const titles = (result: Search) => result.hits.map((hit) => hit.id);
    // The library's default order (recently updated), with and without words, and every other sort.
    for (const query of [
      'sort=updated&limit=100',
      'q=zephyr',
      'q=zephyr&sort=updated',
      'q=zephyr&sort=newest',
      'q=zephyr&sort=most_viewed',
    ]) {
      const ids = titles(await search(query)).filter((id) =>
        [current.id, archived.id, expired.id, later.id].includes(id),
      );
      expect(ids.slice(0, 2).sort(), query).toEqual([current.id, later.id].sort());
      expect(ids.slice(2).sort(), query).toEqual([archived.id, expired.id].sort());
    }
    const updated = titles(await search('q=zephyr&sort=updated'));
    expect(updated).toEqual([later.id, current.id, expired.id, archived.id]);
  });
});
