import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedSampleWorkspace } from '../server/seed/sample-workspace.ts';
import { createTestContext, type TestContext } from './app.ts';

let t: TestContext;
beforeAll(async () => {
  t = await createTestContext();
});
afterAll(() => t.close());

describe('sample workspace', () => {
  it('loads the team, users of every role and a library of 40 assets, and a second run changes nothing', async () => {
    const first = await seedSampleWorkspace(t.db);
    expect(first).toEqual({ created: 8, assets: 40 });
    expect(await seedSampleWorkspace(t.db)).toEqual({ created: 0, assets: 0 });
    const priya = t.anonymous();
    expect((await priya.signIn('priya@lumenstack.example', 'showcase-sample')).status).toBe(200);
    const members = (await priya.get('/api/settings/team-members')).body.members;
    expect(members.map((m: { name: string }) => m.name).sort()).toEqual([
      'Mei Lindqvist',
      'Priya Raman',
      'Tomás Okafor',
    ]);
    const library = (await priya.get('/api/assets?limit=1')).body;
    expect(library.total).toBe(40);
    const formats = library.facets.format.map((f: { label: string }) => f.label);
    expect(formats).toEqual(
      expect.arrayContaining(['Demo video', 'Click-through demo', 'Webinar', 'Workshop', 'Lightning talk']),
    );
    const freshness = Object.fromEntries(
      library.facets.freshness.map((f: { value: string; count: number }) => [f.value, f.count]),
    );
    expect(freshness.expiring).toBeGreaterThan(0);
    expect(freshness.expired).toBeGreaterThan(0);
    expect(library.facets.visibility.map((f: { value: string }) => f.value).sort()).toEqual([
      'external',
      'internal',
    ]);
    expect((await priya.get('/api/lists')).body.lists).toHaveLength(5);
  });
});
