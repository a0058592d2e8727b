import AxeBuilder from '@axe-core/playwright';
import { expect, test } from './fixtures.ts';
import { LibraryPage } from './pages/LibraryPage.ts';

test('makes a share link on an asset, opens it in a fresh browser and sees the visit counted', async ({
  adminPage: page,
  browser,
}) => {
  await page.goto('/library');
  const library = new LibraryPage(page);
  await library.search('Progressive delivery with feature flags');
  // The URL changes before the answer arrives (the previous results stay shown meanwhile): wait
  // for the asset searched for, then open it.
  const hit = library.results().filter({ hasText: 'Progressive delivery with feature flags' }).first();
  await hit.getByRole('link').first().click();
  await expect(
    page.getByRole('heading', { level: 1, name: 'Progressive delivery with feature flags' }),
  ).toBeVisible();

  const share = page.getByRole('region', { name: 'Share' });
  await share.getByRole('button', { name: 'New link' }).click();
  const dialog = page.getByRole('dialog', { name: 'New share link' });
  await dialog.getByLabel('Link name').fill('For Ada at Acme');
  await dialog.getByRole('textbox', { name: 'Person' }).fill('Ada Lovelace <ada@acme.example>');
  await page.screenshot({ path: 'test-results/share-new-link.png' });
  await dialog.getByRole('button', { name: 'Make link' }).click();
  await expect(dialog).toBeHidden();
  const address = (await share.locator('pre, code').first().textContent())?.trim() ?? '';
  expect(address).toMatch(/\/s\/[\w-]+$/);

  // An outsider: a browser with no session of the workspace.
  const outsider = await browser.newContext();
  const visitor = await outsider.newPage();
  await visitor.goto(new URL(address).pathname);
  await expect(
    visitor.getByRole('heading', { level: 1, name: 'Progressive delivery with feature flags' }),
  ).toBeVisible();
  await expect(visitor.getByRole('navigation')).toHaveCount(0);
  await visitor.screenshot({ path: 'test-results/share-shared-page.png', fullPage: true });
  // What an outsider sees passes the same accessibility checks as the app.
  const { violations } = await new AxeBuilder({ page: visitor })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze();
  expect(violations.map((violation) => `${violation.id}: ${violation.help}`)).toEqual([]);
  await outsider.close();

  await page.reload();
  const row = page.getByRole('table', { name: 'Share links' }).getByRole('row', { name: /For Ada at Acme/ });
  await expect(row.getByRole('cell').nth(1)).toHaveText('1');
  await share.screenshot({ path: 'test-results/share-panel.png' });
  await row.getByRole('button', { name: 'Turn off For Ada at Acme' }).click();
  await page.getByRole('button', { name: 'Turn off', exact: true }).click();
  await expect(row).toContainText('Turned off');
  await expect(page.getByRole('region', { name: 'Engagement' })).toContainText('Share-link visits');

  // The visit is in insights: the recipient by name, the company from their email's domain.
  await page.goto('/insights');
  await expect(page.getByRole('table', { name: 'Share-link activity per recipient' })).toContainText(
    'ada@acme.example',
  );
  await expect(page.getByRole('table', { name: /per company/ })).toContainText('acme.example');
  await page.screenshot({ path: 'test-results/insights.png', fullPage: true });
});
