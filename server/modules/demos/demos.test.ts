import { readdirSync, readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { type ApiClient, createTestContext, type TestContext } from '../../../test/app.ts';
import { createTestAsset, createTestDemo } from '../../../test/factories.ts';
import { termIds } from '../../../test/library-helpers.ts';
import { toAppError } from '../../errors.ts';

const fixtures = new URL('../../../../shared/fixtures/gitlab/', import.meta.url);
const read = (name: string) => readFileSync(new URL(name, fixtures), 'utf8');
const releaseFiles = (version: string) => {
  const dir = new URL(`release_posts/${version}/`, fixtures);
  return readdirSync(dir).map((name) => ({ name, content: readFileSync(new URL(name, dir), 'utf8') }));
};

let t: TestContext;
let tmm: Awaited<ReturnType<TestContext['as']>>;
let requester: ApiClient;
let viewer: ApiClient;
let term: (kind: string, name: string) => string;

beforeAll(async () => {
  t = await createTestContext();
  tmm = await t.as('tmm');
  requester = await t.as('requester');
  viewer = await t.as('viewer');
  term = await termIds(tmm);
});
afterAll(() => t.close());

/** A small hand-made catalogue: one stage, categories A–H, a feature in A and one in G. */
async function buildCatalogue(key: string) {
  const stage = (await tmm.post('/api/catalogue/stages', { key, name: `Stage ${key}` })).body.id as string;
  const categories: Record<string, string> = {};
  for (const letter of 'ABCDEFGH') {
    const response = await tmm.post('/api/catalogue/categories', {
      stageId: stage,
      name: `${key} category ${letter}`,
    });
    expect(response.status).toBe(201);
    categories[letter] = response.body.id;
  }
  const featureA = (
    await tmm.post('/api/catalogue/features', { categoryId: categories.A, name: `${key} feature alpha` })
  ).body.id as string;
  const featureG = (
    await tmm.post('/api/catalogue/features', { categoryId: categories.G, name: `${key} feature gamma` })
  ).body.id as string;
  return { stage, categories, featureA, featureG };
}

/** A published demo video with a trail of steps (category letters, or feature ids) on a version. */
async function createDemo(options: {
  title: string;
  steps: { categoryId?: string; featureId?: string; core?: boolean }[];
  version?: string;
  persona?: string;
  status?: 'draft' | 'published';
}) {
  const asset = await createTestDemo(t.db, {
    asset: { title: options.title, status: options.status ?? 'published' },
    personaId: term('persona', options.persona ?? 'Application Developer'),
    productVersion: options.version ?? '15.1',
    steps: options.steps,
    now: t.clock.now,
  });
  return asset.id;
}

const importRelease = (version: string, changes: object[], client = tmm) =>
  client.post('/api/releases/import', {
    format: 'json',
    version,
    files: [{ name: `${version}.json`, content: JSON.stringify({ changes }) }],
    // Tests re-import versions on purpose; the refusal without it has its own test.
    replace: true,
  });

describe('product catalogue', () => {
  it('imports every stage and category of GitLab’s stages.yml and categories.yml, and a re-import updates nothing', async () => {
    const stagesText = read('stages.yml');
    const categoriesText = read('categories.yml');
    const stageKeys = Object.keys(parse(stagesText).stages);
    const categoryKeys = Object.keys(parse(categoriesText));
    const stageCount = stageKeys.length;
    const categoryCount = categoryKeys.length;
    /** Keys of the stages and categories stored now. */
    const stored = async () => {
      const { stages } = (await tmm.get('/api/catalogue')).body as {
        stages: { key: string; categories: { key: string }[] }[];
      };
      return {
        stages: stages.map((stage) => stage.key).sort(),
        categories: stages.flatMap((stage) => stage.categories.map((category) => category.key)).sort(),
      };
    };
    // Other tests (run in any order) may have imported it already: count what is new to this database.
    const before = await stored();
    const newStages = stageKeys.filter((key) => !before.stages.includes(key)).length;
    const newCategories = categoryKeys.filter((key) => !before.categories.includes(key)).length;
    const dry = (
      await tmm.post('/api/catalogue/import/gitlab', {
        stages: stagesText,
        categories: categoriesText,
        dryRun: true,
      })
    ).body;
    expect(dry.stages).toEqual({ create: newStages, update: 0, unchanged: stageCount - newStages });
    expect(dry.categories).toEqual({
      create: newCategories,
      update: 0,
      unchanged: categoryCount - newCategories,
    });
    expect(await stored()).toEqual(before);

    const first = await tmm.post('/api/catalogue/import/gitlab', {
      stages: stagesText,
      categories: categoriesText,
    });
    expect(first.status).toBe(200);
    expect(first.body.stages).toEqual(dry.stages);
    expect(first.body.categories).toEqual(dry.categories);
    expect(first.body.problems).toEqual([]);

    const catalogue = (await tmm.get('/api/catalogue')).body;
    const create = catalogue.stages.find((s: { key: string }) => s.key === 'create');
    expect(create.name).toBe('Create');
    const codeReview = create.categories.find((c: { key: string }) => c.key === 'code_review');
    expect(codeReview.name).toBe('Code Review');
    expect(codeReview.documentationUrl).toMatch(/^https:\/\/docs\.gitlab\.com\//);
    const landed = await stored();
    expect(landed.stages).toEqual(expect.arrayContaining(stageKeys));
    expect(landed.categories).toEqual(expect.arrayContaining(categoryKeys));

    const again = (
      await tmm.post('/api/catalogue/import/gitlab', { stages: stagesText, categories: categoriesText })
    ).body;
    expect(again.stages).toEqual({ create: 0, update: 0, unchanged: stageCount });
    expect(again.categories).toEqual({ create: 0, update: 0, unchanged: categoryCount });
    expect(await stored()).toEqual(landed);
  });

  it('reports a broken file and still imports the other', async () => {
    const response = await tmm.post('/api/catalogue/import/gitlab', {
      stages: 'stages:\n  broken: [unclosed\n',
      categories: 'lonely:\n  name: Lonely\n  stage: nowhere\n',
    });
    expect(response.status).toBe(200);
    expect(response.body.problems.map((p: { where: string }) => p.where)).toEqual([
      'stages.yml',
      'categories.yml: lonely',
    ]);
    expect(response.body.problems[0].message).toContain('not valid YAML');
  });

  it('skips stage and category keys the catalogue cannot hold, naming them, instead of failing', async () => {
    const response = await tmm.post('/api/catalogue/import/gitlab', {
      stages:
        'stages:\n  ~:\n    display_name: Nothing\n  a b:\n    display_name: Spaced\n  fine_stage:\n    display_name: Fine\n',
      categories: 'bad key!:\n  name: Bad\n  stage: fine_stage\n',
    });
    expect(response.status, JSON.stringify(response.body)).toBe(200);
    const skipped = response.body.problems.filter((p: { message: string }) =>
      p.message.includes('is not a key'),
    );
    expect(skipped.map((p: { where: string }) => p.where)).toEqual(
      expect.arrayContaining(['stages.yml: a b', 'categories.yml: bad key!']),
    );
    expect(response.body.stages.create).toBeGreaterThanOrEqual(1);
  });

  it('edits and deletes items, refusing to delete what a trail uses', async () => {
    const { stage, categories } = await buildCatalogue('edits');
    expect(
      (
        await tmm.patch(`/api/catalogue/categories/${categories.H}`, {
          name: 'Renamed H',
          tiers: ['premium'],
        })
      ).status,
    ).toBe(200);
    const wrongField = await tmm.patch(`/api/catalogue/stages/${stage}`, { tiers: ['free'] });
    expect(wrongField.status).toBe(422);
    expect(wrongField.body.error.fields.tiers).toBe('cannot be set on stages');
    await createDemo({ title: 'Uses category B', steps: [{ categoryId: categories.B }] });
    const refused = await tmm.delete(`/api/catalogue/categories/${categories.B}`);
    expect(refused.status).toBe(409);
    expect(refused.body.error.message).toContain('1 demo steps');
    expect((await tmm.delete(`/api/catalogue/categories/${categories.H}`)).status).toBe(200);
    expect((await viewer.get('/api/catalogue')).status).toBe(403);
  });
});

describe('release ingestion from GitLab release posts', () => {
  /** Entries the importer must take, counted straight from the YAML. */
  const expectedChanges = (files: { name: string; content: string }[]) =>
    files.reduce((sum, file) => {
      if (!file.content.trim()) return sum;
      const doc = parse(file.content) ?? {};
      const features = doc.features ?? {};
      return (
        sum +
        ['top', 'primary', 'secondary'].reduce((n, key) => n + (features[key]?.length ?? 0), 0) +
        (doc.deprecations?.length ?? 0) +
        (doc.removals?.length ?? 0)
      );
    }, 0);

  for (const version of ['15_3', '15_4']) {
    it(`imports every file of ${version}, reports what each skipped and why, and re-imports without duplicates`, async () => {
      const files = releaseFiles(version);
      const body = { format: 'gitlab', version: version.replace('_', '.'), files };
      const first = await tmm.post('/api/releases/import', body);
      expect(first.status, JSON.stringify(first.body).slice(0, 500)).toBe(200);
      expect(first.body.files.length).toBe(files.length);
      expect(first.body.changes).toBe(expectedChanges(files));
      for (const report of first.body.files) {
        if (report.imported === 0)
          expect(report.error ?? report.skipped[0]?.reason, report.file).toBeTruthy();
      }
      const bugs = first.body.files.find((f: { file: string }) => f.file === 'bugs.yml');
      expect(bugs.skipped[0].reason).toContain('bug-fix');
      const mvp = first.body.files.find((f: { file: string }) => f.file === 'mvp.yml');
      expect(mvp.skipped[0].reason).toContain('MVP');

      // The same version again is refused until the caller says to replace it, and changes nothing.
      const refused = await tmm.post('/api/releases/import', body);
      expect(refused.status).toBe(409);
      expect(refused.body.error.fields).toHaveProperty('replace');
      const second = (await tmm.post('/api/releases/import', { ...body, replace: true })).body;
      expect(second.changes).toBe(first.body.changes);
      expect(second.replaces).toEqual({ version: body.version, changes: first.body.changes });
      const releases = (await tmm.get('/api/releases')).body.filter(
        (r: { version: string }) => r.version === body.version,
      );
      expect(releases.length).toBe(1);
      const release = (await tmm.get(`/api/releases/${releases[0].id}`)).body;
      expect(release.changes.length).toBe(first.body.changes);
    });
  }

  it('reads features, deprecations and removals, maps tiers, and links known categories', async () => {
    // Categories are linked by the catalogue: import GitLab's (an upsert, whatever ran before).
    const catalogue = await tmm.post('/api/catalogue/import/gitlab', {
      stages: read('stages.yml'),
      categories: read('categories.yml'),
    });
    expect(catalogue.status).toBe(200);
    const files = releaseFiles('15_3');
    const result = (
      await tmm.post('/api/releases/import', { format: 'gitlab', version: '15.3', files, replace: true })
    ).body;
    const release = (await tmm.get(`/api/releases/${result.release.id}`)).body;
    const summary = release.changes.find(
      (c: { name: string }) => c.name === 'Submit merge request review with summary comment',
    );
    expect(summary.significance).toBe('primary');
    expect(summary.tiers).toEqual(['free', 'premium', 'ultimate']);
    expect(summary.categories.map((c: { name: string }) => c.name)).toEqual(['Code Review']);
    expect(summary.stage.name).toBe('Create');
    expect(summary.feature.name).toBe('Submit merge request review with summary comment');
    expect(
      release.changes.filter((c: { significance: string }) => c.significance === 'deprecation').length,
    ).toBe(7);
    expect(release.changes.filter((c: { significance: string }) => c.significance === 'removal').length).toBe(
      1,
    );
  });

  it('gives a malformed file its own error and imports the rest', async () => {
    const response = await tmm.post('/api/releases/import', {
      format: 'gitlab',
      version: '9.1',
      files: [
        { name: 'broken.yml', content: 'features:\n  primary:\n  - name: "unclosed\n    stage: create\n' },
        { name: 'empty.yml', content: '   \n' },
        { name: 'notes.txt', content: 'hello' },
        {
          name: 'good.yml',
          content:
            "features:\n  secondary:\n  - name: A fine change\n    stage: create\n    categories: ['Code Review']\n",
        },
      ],
    });
    expect(response.status).toBe(200);
    const byFile = Object.fromEntries(response.body.files.map((f: { file: string }) => [f.file, f]));
    expect(byFile['broken.yml'].error).toContain('not valid YAML');
    expect(byFile['empty.yml'].error).toContain('empty');
    expect(byFile['notes.txt'].error).toContain('not a YAML file');
    expect(byFile['good.yml'].imported).toBe(1);
    expect(response.body.changes).toBe(1);
  });

  it('takes a plain CSV release and names bad rows', async () => {
    const csv = [
      'name,significance,stage,categories,tiers,description,documentation_link',
      'Faster pipelines,primary,verify,Continuous Integration (CI),free;premium,Runs faster,https://docs.example.test/ci',
      'Mystery,sideways,verify,,,,',
      ',removal,,,,,',
    ].join('\n');
    const response = await tmm.post('/api/releases/import', {
      format: 'csv',
      version: '9.2',
      files: [{ name: 'release.csv', content: csv }],
    });
    expect(response.status).toBe(200);
    expect(response.body.changes).toBe(1);
    const reasons = response.body.files[0].skipped.map(
      (s: { what: string; reason: string }) => `${s.what}: ${s.reason}`,
    );
    expect(reasons).toContain(
      'row 3: significance "sideways" is not one of removal, deprecation, primary, secondary',
    );
    expect(reasons).toContain('row 4: has no name');
  });

  it('refuses a bad version and an empty file list, naming the field', async () => {
    const bad = await tmm.post('/api/releases/import', { format: 'gitlab', version: 'latest', files: [] });
    expect(bad.status).toBe(422);
    expect(Object.keys(bad.body.error.fields).sort()).toEqual(['files', 'version']);
  });
});

describe('impact analysis', () => {
  /** Its own catalogue and three demos on one trail: two recorded on 17.1, one on 18.0. */
  async function impactDemos(key: string) {
    const cat = await buildCatalogue(key);
    // Step 1 is the feature "alpha" (core); step 7 is the feature "gamma" (incidental).
    const steps = [...'ABCDEFG'].map((letter, i) => {
      if (i === 0) return { featureId: cat.featureA, core: true };
      if (i === 6) return { featureId: cat.featureG, core: false };
      return { categoryId: cat.categories[letter], core: true };
    });
    return {
      early: await createDemo({ title: `${key}: early removal demo`, steps, version: '17.1' }),
      late: await createDemo({ title: `${key}: late secondary demo`, steps, version: '17.1' }),
      newer: await createDemo({ title: `${key}: recorded later demo`, steps, version: '18.0' }),
    };
  }
  let early: string;
  let late: string;
  let newer: string;

  beforeAll(async () => {
    ({ early, late, newer } = await impactDemos('impact'));
  });

  it('a removal of a core early step outranks a secondary change to an incidental late step', async () => {
    const removal = await importRelease('17.2', [{ name: 'impact feature alpha', significance: 'removal' }]);
    expect(removal.status).toBe(200);
    const secondary = await importRelease('17.3', [
      { name: 'Gamma polish', significance: 'secondary', categories: 'impact category G' },
    ]);
    expect(secondary.status).toBe(200);

    const demo = (await tmm.get(`/api/demos/${early}`)).body;
    const removalFlag = demo.flags.find(
      (f: { release: { version: string } }) => f.release.version === '17.2',
    );
    const secondaryFlag = demo.flags.find(
      (f: { release: { version: string } }) => f.release.version === '17.3',
    );
    expect(removalFlag.score).toBeGreaterThan(secondaryFlag.score);
    expect(removalFlag.state).toBe('open');
    expect(secondaryFlag.state).toBe('quiet');
    expect(removalFlag.reasons[0]).toBe(
      "removal of 'impact feature alpha' changes impact feature alpha, which is a core step 1 of 7 of this demo; recorded on 17.1",
    );
    expect(secondaryFlag.reasons[0]).toContain('an incidental step 7 of 7');
    expect(demo.trail[0].flagged).toBe(true);
    expect(demo.trail[6].flagged).toBe(false);
    expect(demo.state).toBe('flagged');

    // Recorded on 18.0: these releases are already in it.
    expect((await tmm.get(`/api/demos/${newer}`)).body.flags).toEqual([]);
    expect(late).toBeTruthy();
    // The result names the demos a release flagged.
    const flagged = removal.body.flagged.map((demo: { demoId: string }) => demo.demoId);
    expect(flagged).toContain(early);
    expect(flagged).not.toContain(newer);
  });

  it('never replaces a stored release with a file that cannot be read, and asks before replacing one', async () => {
    const stored = await importRelease('16.8', [
      { name: 'Delta one', significance: 'secondary', categories: 'impact category D' },
      { name: 'Delta two', significance: 'primary', categories: 'impact category D' },
    ]);
    expect(stored.status).toBe(200);
    const release = async () =>
      (await tmm.get('/api/releases')).body.find((r: { version: string }) => r.version === '16.8');

    // A file in the wrong format under the same version: refused whole, the stored release intact.
    const wrong = await tmm.post('/api/releases/import', {
      format: 'json',
      version: '16.8',
      replace: true,
      files: [{ name: 'notes.json', content: 'title: not json' }],
    });
    expect(wrong.status).toBe(422);
    expect(wrong.body.error.fields.files).toContain('notes.json');
    expect((await release()).changeCount).toBe(2);

    // A dry run says what it would replace; a real import without "replace" is refused.
    const files = [
      {
        name: '16.8.json',
        content: JSON.stringify({ changes: [{ name: 'Delta three', significance: 'secondary' }] }),
      },
    ];
    const check = await tmm.post('/api/releases/import', {
      format: 'json',
      version: '16.8',
      files,
      dryRun: true,
    });
    expect(check.body.replaces).toEqual({ version: '16.8', changes: 2 });
    expect((await tmm.post('/api/releases/import', { format: 'json', version: '16.8', files })).status).toBe(
      409,
    );
    expect((await release()).changeCount).toBe(2);
    const replaced = await tmm.post('/api/releases/import', {
      format: 'json',
      version: '16.8',
      files,
      replace: true,
    });
    expect(replaced.status).toBe(200);
    expect((await release()).changeCount).toBe(1);
  });

  it('reports an unknown stage and a change with no significance instead of guessing', async () => {
    const result = await importRelease('16.9', [
      {
        name: 'Staged change',
        significance: 'secondary',
        stage: 'no-such-stage',
        categories: 'impact category E',
      },
      { name: 'Unweighed change', categories: 'impact category E' },
    ]);
    expect(result.status).toBe(200);
    expect(result.body.changes).toBe(1);
    const skipped = result.body.files[0].skipped.map(
      (entry: { what: string; reason: string }) => `${entry.what}: ${entry.reason}`,
    );
    expect(skipped.join('\n')).toMatch(/stage "no-such-stage" of "Staged change": is not a stage/);
    expect(skipped.join('\n')).toMatch(/"Unweighed change": has no significance/);
  });

  it('a primary change mid-trail is weighed by how much of the demo it forces to redo', async () => {
    const result = await importRelease('17.4', [
      { name: 'Change at C', significance: 'primary', categories: 'impact category C' },
    ]);
    const atThree = (await tmm.get(`/api/demos/${early}`)).body.flags.find(
      (f: { release: { version: string } }) => f.release.version === '17.4',
    );
    const result2 = await importRelease('17.5', [
      { name: 'Change at F', significance: 'primary', categories: 'impact category F' },
    ]);
    const atSix = (await tmm.get(`/api/demos/${early}`)).body.flags.find(
      (f: { release: { version: string } }) => f.release.version === '17.5',
    );
    expect(result.body.flags.raised + result.body.flags.quiet).toBe(2);
    expect(result2.status).toBe(200);
    expect(atThree.score).toBeGreaterThan(atSix.score);
    expect(atThree.reasons[0]).toContain(
      "primary feature 'Change at C' changes impact category C, which is a core step 3 of 7",
    );
  });

  it('an unrelated release raises nothing', async () => {
    const other = await buildCatalogue('unrelated');
    const result = await importRelease('17.6', [
      { name: 'Elsewhere', significance: 'removal', categories: `unrelated category A` },
      { name: 'Also elsewhere', significance: 'primary', categories: `unrelated category B` },
    ]);
    expect(other.stage).toBeTruthy();
    expect(result.body.flags).toEqual({ raised: 0, quiet: 0 });
    expect(result.body.changes).toBe(2);
  });

  it('the freshness view sorts by score, and a flag becomes an update request, is dismissed, or resolves on re-verify', async () => {
    // Demos of its own: the other tests' releases flag, and its verify would resolve, the shared ones.
    const { early, late } = await impactDemos('fresh');
    expect(
      (await importRelease('17.2', [{ name: 'fresh feature alpha', significance: 'removal' }])).status,
    ).toBe(200);
    expect(
      (
        await importRelease('17.6', [
          { name: 'Elsewhere', significance: 'secondary', categories: 'fresh category H' },
        ])
      ).status,
    ).toBe(200);
    const list = (await tmm.get('/api/demos?sort=score')).body;
    const scores = list.items.map((d: { score: number }) => d.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    expect(list.latestVersion).toBe('17.6');
    const entry = list.items.find((d: { id: string }) => d.id === early);
    expect(entry.versionLag).toBe(5);
    expect(list.counts.flagged).toBeGreaterThanOrEqual(2);

    const demo = (await tmm.get(`/api/demos/${early}`)).body;
    const flag = demo.flags.find((f: { release: { version: string } }) => f.release.version === '17.2');
    // Viewers cannot see demos at all; requesters may ask for an update.
    expect((await viewer.post(`/api/flags/${flag.id}/request`)).status).toBe(403);
    const requested = await requester.post(`/api/flags/${flag.id}/request`);
    expect(requested.status).toBe(201);
    const request = (await tmm.get(`/api/requests/${requested.body.id}`)).body;
    expect(request.kind).toBe('demo_update');
    expect(request.team).toBeNull();
    expect(request.cost).toBe(0);
    expect(request.demo.id).toBe(early);
    expect(request.priority).toBe(1);
    expect(request.description).toContain("removal of 'fresh feature alpha'");
    expect((await tmm.get(`/api/demos/${early}`)).body.state).toBe('update_requested');
    expect((await requester.post(`/api/flags/${flag.id}/request`)).status).toBe(409);

    const other = (await tmm.get(`/api/demos/${late}`)).body.flags.find(
      (f: { release: { version: string } }) => f.release.version === '17.2',
    );
    expect((await tmm.post(`/api/flags/${other.id}/dismiss`, { reason: '' })).status).toBe(422);
    expect(
      (await requester.post(`/api/flags/${other.id}/dismiss`, { reason: 'not significant' })).status,
    ).toBe(403);
    expect((await tmm.post(`/api/flags/${other.id}/dismiss`, { reason: 'not significant' })).status).toBe(
      200,
    );
    const dismissed = (await tmm.get(`/api/demos/${late}`)).body.flags.find(
      (f: { id: string }) => f.id === other.id,
    );
    expect(dismissed).toMatchObject({ state: 'dismissed', dismissReason: 'not significant' });

    // Re-importing a release re-scores, but decisions already taken stand.
    await importRelease('17.2', [{ name: 'fresh feature alpha', significance: 'removal' }]);
    const still = (await tmm.get(`/api/demos/${late}`)).body.flags.find(
      (f: { id: string }) => f.id === other.id,
    );
    expect(still.state).toBe('dismissed');

    const older = await tmm.post(`/api/demos/${early}/verify`, { productVersion: '17.0' });
    expect(older.status).toBe(422);
    expect(older.body.error.fields.productVersion).toContain('17.1 or newer');
    const verified = await tmm.post(`/api/demos/${early}/verify`, { productVersion: '17.6' });
    expect(verified.status).toBe(200);
    expect(verified.body.demo.state).toBe('fresh');
    expect(verified.body.demo.productVersion).toBe('17.6');
    expect(verified.body.demo.lastVerifiedOn).toBe(t.clock.now.toISOString().slice(0, 10));
    expect(verified.body.demo.flags.every((f: { state: string }) => f.state === 'resolved')).toBe(true);
  });
});

describe('one open update request per demo', () => {
  /** A demo on 14.0 whose trail walks categories A and B of a catalogue of its own. */
  async function demoOnItsOwnCatalogue(key: string) {
    const cat = await buildCatalogue(key);
    const id = await createDemo({
      title: `${key}: two releases demo`,
      version: '14.0',
      steps: [
        { categoryId: cat.categories.A, core: true },
        { categoryId: cat.categories.B, core: true },
      ],
    });
    return { id, cat };
  }
  /** Two releases below every other test's, each changing one category of this catalogue. */
  async function twoFlags(key: string, demoId: string) {
    for (const [version, letter, significance] of [
      ['14.1', 'A', 'removal'],
      ['14.2', 'B', 'primary'],
    ] as const) {
      const change = {
        name: `${key} change ${letter}`,
        significance,
        categories: `${key} category ${letter}`,
      };
      // The other demos of these versions are re-scored, not duplicated; keep every test's changes.
      const previous = releaseChanges.get(version) ?? [];
      releaseChanges.set(version, [...previous.filter((c) => c.name !== change.name), change]);
      expect((await importRelease(version, releaseChanges.get(version) as object[])).status).toBe(200);
    }
    const flags = (await tmm.get(`/api/demos/${demoId}`)).body.flags as {
      id: string;
      release: { version: string };
      state: string;
      request: { id: string; number: number } | null;
    }[];
    const of = (version: string) =>
      flags.find((f) => f.release.version === version) as (typeof flags)[number];
    return { first: of('14.1'), second: of('14.2') };
  }
  const releaseChanges = new Map<string, { name: string }[]>();
  const openUpdateRequests = async (demoId: string) =>
    (await tmm.get('/api/requests?limit=200')).body.requests.filter(
      (r: { kind: string; demo: { id: string } | null; state: string }) =>
        r.kind === 'demo_update' &&
        r.demo?.id === demoId &&
        ['new_request', 'triage', 'backlog', 'assigned'].includes(r.state),
    );

  it('a flag from a later release joins the open update request', async () => {
    const { id } = await demoOnItsOwnCatalogue('joined');
    const { first, second } = await twoFlags('joined', id);
    const filed = await requester.post(`/api/flags/${first.id}/request`);
    expect(filed.status).toBe(201);
    expect(filed.body.attached).toBe(false);
    const joined = await requester.post(`/api/flags/${second.id}/request`);
    expect(joined.status).toBe(200);
    expect(joined.body).toEqual({ id: filed.body.id, number: filed.body.number, attached: true });
    const request = (await tmm.get(`/api/requests/${filed.body.id}`)).body;
    expect(request.description).toContain('Release 14.1 scored');
    expect(request.description).toContain('Release 14.2 scored');
    expect(request.description).toContain("'joined change B'");
    expect(request.history.map((e: { kind: string }) => e.kind)).toEqual(['created', 'flag']);
    expect(request.history[1].reason).toContain('Flag on release 14.2 added');
    const demo = (await tmm.get(`/api/demos/${id}`)).body;
    expect(
      demo.flags.map((f: { state: string; request: { id: string } }) => [f.state, f.request.id]),
    ).toEqual([
      ['requested', filed.body.id],
      ['requested', filed.body.id],
    ]);
    expect(await openUpdateRequests(id)).toHaveLength(1);
  });

  it('two flags of one demo requested at once end in one request', async () => {
    const { id } = await demoOnItsOwnCatalogue('racing');
    const { first, second } = await twoFlags('racing', id);
    const [a, b] = await Promise.all([
      requester.post(`/api/flags/${first.id}/request`),
      tmm.post(`/api/flags/${second.id}/request`),
    ]);
    expect([a.status, b.status].sort()).toEqual([200, 201]);
    expect(a.body.id).toBe(b.body.id);
    expect([a.body.attached, b.body.attached].sort()).toEqual([false, true]);
    expect(await openUpdateRequests(id)).toHaveLength(1);
    // The same flag twice at once: one request, the other click is told it is already requested.
    const { id: other } = await demoOnItsOwnCatalogue('twice');
    const { first: flag } = await twoFlags('twice', other);
    const twice = await Promise.all([1, 2].map(() => requester.post(`/api/flags/${flag.id}/request`)));
    expect(twice.map((r) => r.status).sort()).toEqual([201, 409]);
    expect(await openUpdateRequests(other)).toHaveLength(1);
  });

  it('once the request has ended a flag files a new one, and the ended one reopens only while none is open', async () => {
    const { id } = await demoOnItsOwnCatalogue('ended');
    const { first, second } = await twoFlags('ended', id);
    const filed = (await requester.post(`/api/flags/${first.id}/request`)).body;
    const canceled = await tmm.post(`/api/requests/${filed.id}/transitions`, {
      to: 'canceled',
      reason: 'Recorded again instead',
    });
    expect(canceled.status).toBe(200);
    const again = await requester.post(`/api/flags/${second.id}/request`);
    expect(again.status).toBe(201);
    expect(again.body.id).not.toBe(filed.id);
    const reopen = await tmm.post(`/api/requests/${filed.id}/transitions`, { to: 'triage' });
    expect(reopen.status).toBe(409);
    expect(reopen.body.error.message).toContain(`already has an open update request, #${again.body.number}`);
    expect(
      (await tmm.post(`/api/requests/${again.body.id}/transitions`, { to: 'canceled', reason: 'No' })).status,
    ).toBe(200);
    expect((await tmm.post(`/api/requests/${filed.id}/transitions`, { to: 'triage' })).status).toBe(200);
  });

  it('the database holds one open update request per demo', async () => {
    const { id } = await demoOnItsOwnCatalogue('stored');
    const { first } = await twoFlags('stored', id);
    const filed = (await requester.post(`/api/flags/${first.id}/request`)).body;
    const row = await t.db
      .selectFrom('requests')
      .selectAll()
      .where('id', '=', filed.id)
      .executeTakeFirstOrThrow();
    const { id: _id, number: _number, ...copy } = row;
    const refused = await t.db
      .insertInto('requests')
      .values({ ...copy, links: JSON.stringify(copy.links), results: null, state: 'backlog' })
      .execute()
      .then(
        () => undefined,
        (error: unknown) => error,
      );
    expect(String(refused)).toMatch(/requests_one_open_demo_update_idx/);
    // Should two writers ever meet at the index, the loser hears the rule, not a generic clash.
    expect(toAppError(refused)).toMatchObject({
      code: 'conflict',
      message: 'This demo already has an open update request; a demo has one at a time',
    });
  });
});

describe('demos', () => {
  it('guards a published demo’s persona: a new linked demo, or an override with a reason', async () => {
    const { categories } = await buildCatalogue('persona');
    const id = await createDemo({
      title: 'Persona demo',
      steps: [{ categoryId: categories.A }],
      persona: 'Application Developer',
    });
    const change = await tmm.put(`/api/demos/${id}`, { personaId: term('persona', 'Security Engineer') });
    expect(change.status).toBe(409);
    expect(change.body.error.code).toBe('persona_change');
    expect(change.body.error.fields.personaId).toBeTruthy();
    expect((await tmm.get(`/api/demos/${id}`)).body.persona.name).toBe('Application Developer');

    const fork = await tmm.post(`/api/demos/${id}/fork`, { personaId: term('persona', 'Security Engineer') });
    expect(fork.status).toBe(201);
    expect(fork.body.persona.name).toBe('Security Engineer');
    expect(fork.body.status).toBe('draft');
    expect(fork.body.derivedFrom).toEqual({ id, name: 'Persona demo' });
    expect(fork.body.trail.map((s: { category: { id: string } }) => s.category.id)).toEqual([categories.A]);
    expect((await tmm.get(`/api/demos/${id}`)).body.derivatives.map((d: { id: string }) => d.id)).toEqual([
      fork.body.id,
    ]);
    // The draft copy may change persona freely.
    expect(
      (await tmm.put(`/api/demos/${fork.body.id}`, { personaId: term('persona', 'Application Developer') }))
        .status,
    ).toBe(200);

    const override = await tmm.put(`/api/demos/${id}`, {
      personaId: term('persona', 'Security Engineer'),
      personaOverrideReason: 'Same story, the persona was mislabelled',
    });
    expect(override.status).toBe(200);
    expect(override.body.persona.name).toBe('Security Engineer');
    expect(override.body.personaOverrideReason).toBe('Same story, the persona was mislabelled');
    const asset = (await tmm.get(`/api/assets/${id}`)).body;
    expect(asset.personas.map((p: { name: string }) => p.name)).toContain('Security Engineer');
  });

  it('computes script length at 160 words a minute and warns about the hook and the short-form target', async () => {
    const { categories } = await buildCatalogue('script');
    const id = await createDemo({ title: 'Script demo', steps: [{ categoryId: categories.A }] });
    const words = (n: number) => Array.from({ length: n }, (_, i) => `word${i}`).join(' ');
    const saved = await tmm.put(`/api/demos/${id}`, {
      storyboard: {
        painPoints: ['Reviews take days'],
        story: 'A reviewer finishes in one pass.',
        scenes: [
          { title: 'Open', shows: '', whyItMatters: '', script: words(40) },
          { title: 'Body', shows: 'the review', whyItMatters: 'saves time', script: words(520) },
        ],
      },
    });
    expect(saved.status).toBe(200);
    expect(saved.body.script.words).toBe(560);
    expect(saved.body.script.seconds).toBe(210);
    expect(saved.body.script.scenes).toEqual([
      { words: 40, seconds: 15 },
      { words: 520, seconds: 195 },
    ]);
    expect(saved.body.script.warnings).toEqual([
      'The first scene does not state the hook: say what is shown and why it matters.',
      'The first scene takes 15 s to say; the hook should land within 10 s.',
      'The script runs 3:30, past the 3:00 short-form target.',
    ]);
  });

  it('refuses bad input naming the field, and keeps what was stored', async () => {
    const { categories } = await buildCatalogue('badinput');
    const id = await createDemo({ title: 'Bad input demo', steps: [{ categoryId: categories.A }] });
    const unknown = await tmm.put(`/api/demos/${id}`, {
      steps: [{ categoryId: categories.B }, { categoryId: '00000000-0000-4000-8000-000000000000' }],
    });
    expect(unknown.status).toBe(422);
    expect(unknown.body.error.fields['steps.1.categoryId']).toBeTruthy();
    const both = await tmm.put(`/api/demos/${id}`, { steps: [{}] });
    expect(both.status).toBe(422);
    expect(both.body.error.fields['steps.0.categoryId']).toBe('name either a category or a feature');
    const version = await tmm.put(`/api/demos/${id}`, { productVersion: 'latest' });
    expect(version.status).toBe(422);
    expect(version.body.error.fields.productVersion).toContain('version');
    const demo = (await tmm.get(`/api/demos/${id}`)).body;
    expect(demo.trail.map((s: { category: { id: string } }) => s.category.id)).toEqual([categories.A]);
    expect(demo.productVersion).toBe('15.1');
    // Found by the fuzzer: a version part past a database integer was a 500 on verify.
    const huge = 'v588338505.43052371319.5';
    for (const [path, body] of [
      [`/api/demos/${id}/verify`, { productVersion: huge }],
      [`/api/demos/${id}`, { productVersion: huge }],
      ['/api/releases/import', { format: 'json', version: huge, files: [{ name: 'a.json', content: '{}' }] }],
    ] as const) {
      const response = await tmm.request(
        path.endsWith('verify') || path.includes('releases') ? 'POST' : 'PUT',
        path,
        body,
      );
      expect(response.status, path).toBe(422);
      expect(response.body.error.fields[path.includes('releases') ? 'version' : 'productVersion']).toContain(
        'at most 2147483647',
      );
    }

    const post = await createTestAsset(t.db, { title: 'A blog post', formatId: term('format', 'Blog post') });
    const notDemo = await tmm.put(`/api/demos/${post.id}`, { steps: [] });
    expect(notDemo.status).toBe(422);
    expect(notDemo.body.error.fields.format).toContain('Blog post');
  });

  it('requesters see published demos only; viewers none', async () => {
    const { categories } = await buildCatalogue('visibility');
    const draft = await createDemo({
      title: 'Draft demo',
      steps: [{ categoryId: categories.A }],
      status: 'draft',
    });
    const published = await createDemo({ title: 'Published demo', steps: [{ categoryId: categories.B }] });
    expect((await requester.get(`/api/demos/${draft}`)).status).toBe(404);
    expect((await requester.get(`/api/demos/${published}`)).status).toBe(200);
    const items = (await requester.get('/api/demos')).body.items;
    expect(items.some((d: { id: string }) => d.id === draft)).toBe(false);
    expect(items.some((d: { id: string }) => d.id === published)).toBe(true);
    expect((await viewer.get('/api/demos')).status).toBe(403);
  });
});
