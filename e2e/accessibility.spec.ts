import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';

/** WCAG 2.1 A and AA: what axe can check of contrast, names, roles and structure. */
const wcag = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

async function firstIds(page: Page) {
  const assets = await (await page.request.get('/api/assets?limit=1')).json();
  const requests = await (await page.request.get('/api/requests')).json();
  const demos = (await (await page.request.get('/api/demos')).json()).items as {
    id: string;
    clickThrough: boolean;
  }[];
  return {
    clickThrough: demos.find((demo) => demo.clickThrough)?.id as string,
    asset: assets.hits[0].id as string,
    request: requests.requests[0] as { id: string; number: number },
  };
}

async function expectNoViolations(page: Page, disableRules: string[] = []) {
  await page.waitForLoadState('networkidle');
  const { violations } = await new AxeBuilder({ page }).withTags(wcag).disableRules(disableRules).analyze();
  const found = violations.map((violation) => ({
    rule: violation.id,
    nodes: violation.nodes.slice(0, 5).map((node) => `${node.target.join(' ')}: ${node.failureSummary}`),
  }));
  expect(found).toEqual([]);
}

for (const scheme of ['light', 'dark'] as const) {
  test(`the main pages pass axe's WCAG AA checks in the ${scheme} theme`, async ({ adminPage: page }) => {
    test.setTimeout(240_000);
    await page.emulateMedia({ colorScheme: scheme });
    const ids = await firstIds(page);
    const pages: [string, string, string[]?][] = [
      ['/library', 'Library'],
      [`/library/assets/${ids.asset}`, ''],
      [`/library/assets/${ids.asset}/edit`, 'Edit asset'],
      ['/requests?layout=list', 'Requests'],
      ['/requests?layout=board', 'Requests'],
      [`/requests/${ids.request.id}`, ''],
      ['/demos', 'Demos'],
      ['/settings/workspace', 'Settings'],
      ['/library/import', 'Import'],
      ['/settings/jobs', 'Settings'],
      ['/insights', 'Insights'],
      ['/insights/work', 'Insights'],
      ['/insights/okrs', 'Insights'],
      ['/plan', 'Plan'],
      ['/plan/calendar', 'Plan'],
      ['/settings/audit', 'Settings'],
      [`/demos/${ids.clickThrough}/click-through`, 'Click-through'],
    ];
    for (const [path, heading, disabled] of pages) {
      await test.step(path, async () => {
        await page.goto(path);
        const h1 = page.getByRole('heading', { level: 1 });
        await expect(heading ? h1.filter({ hasText: heading }) : h1).toBeVisible();
        await expectNoViolations(page, disabled);
      });
    }
  });
}

test('every page names its browser tab after itself', async ({ adminPage: page }) => {
  const ids = await firstIds(page);
  const asset = await (await page.request.get(`/api/assets/${ids.asset}`)).json();
  for (const [path, title] of [
    ['/library', 'Library · Showcase'],
    [`/library/assets/${ids.asset}`, `${asset.title} · Showcase`],
    [`/library/assets/${ids.asset}/edit`, `Edit ${asset.title} · Showcase`],
    ['/library/new', 'New asset · Showcase'],
    ['/library/import', 'Import · Showcase'],
    ['/library/lists', 'Lists · Showcase'],
    ['/requests', 'Requests · Showcase'],
    ['/requests/new', 'New request · Showcase'],
    [`/requests/${ids.request.id}`, `Request #${ids.request.number} · Showcase`],
    ['/demos', 'Demos · Showcase'],
    ['/settings/jobs', 'Background jobs · Settings · Showcase'],
    ['/settings/audit', 'Audit log · Settings · Showcase'],
    ['/settings/teams', 'Requesting teams · Settings · Showcase'],
    ['/account', 'Account · Showcase'],
    ['/plan', 'Roadmap · Showcase'],
    ['/plan/calendar', 'Calendar · Showcase'],
    ['/no-such-page', 'Page not found · Showcase'],
  ] as const) {
    await page.goto(path);
    // The title follows the page's record, which a loaded machine may take a while to fetch.
    await expect(page, path).toHaveTitle(title, { timeout: 15_000 });
  }
});
