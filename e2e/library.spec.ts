import { expect, test } from './fixtures.ts';
import { LibraryPage } from './pages/LibraryPage.ts';

test('finds an asset despite a typo, narrows with two facets, opens it, edits it and sees the history', async ({
  adminPage: page,
}) => {
  await page.goto('/library');
  const library = new LibraryPage(page);
  await library.search('kubernets');
  await expect(library.results().first()).toContainText('Kubernetes deployments with the cluster agent');

  await library.search('delivery');
  await expect(page.getByRole('status').filter({ hasText: 'for “delivery”' })).toBeVisible();
  await library.applyFacet('Format', 'Webinar');
  await expect(page).toHaveURL(/format=/);
  await library.applyFacet('Visibility', 'External');
  await expect(page).toHaveURL(/visibility=external/);
  await expect(library.results().first()).toContainText('Progressive delivery with feature flags');
  await expect(library.results()).toHaveCount(1);

  await page.reload();
  await expect(
    page.getByRole('group', { name: 'Format' }).getByRole('checkbox', { name: /^Webinar/ }),
  ).toBeChecked();

  await library.results().first().getByRole('link').click();
  await expect(
    page.getByRole('heading', { level: 1, name: 'Progressive delivery with feature flags' }),
  ).toBeVisible();
  await page.getByRole('link', { name: 'Edit' }).click();
  await page
    .getByLabel('Key takeaway')
    .fill('Roll out to a few users first, and roll back without a redeploy.');
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(
    page.getByRole('heading', { level: 1, name: 'Progressive delivery with feature flags' }),
  ).toBeVisible();
  await expect(
    page.getByText('Roll out to a few users first, and roll back without a redeploy.'),
  ).toBeVisible();
  const history = page.getByRole('region', { name: 'History' });
  await expect(history.getByText('Version 2')).toBeVisible();
  await expect(history.getByText('Changed Key takeaway')).toBeVisible();

  await history.getByRole('button', { name: 'Restore version 1' }).click();
  // The restore asks first, showing what it changes.
  const confirm = page.getByRole('dialog', { name: 'Restore version 1?' });
  const changes = confirm.getByRole('table', { name: 'Changes the restore makes' });
  await expect(changes.getByRole('row', { name: /Key takeaway/ })).toContainText(
    'Roll out to a few users first, and roll back without a redeploy.',
  );
  await confirm.getByRole('button', { name: 'Restore version 1' }).click();
  await expect(history.getByText('Restored version 1')).toBeVisible();
  await expect(page.getByText('Roll out to a few users first')).toHaveCount(0);
});

test('shows the format rules as warnings while editing', async ({ adminPage: page }) => {
  await page.goto('/library/new');
  await page.getByLabel('Title').fill('Booth talk');
  await page.getByRole('combobox', { name: 'Format' }).click();
  await page.getByRole('option', { name: 'Lightning talk' }).click();
  await page.getByLabel('Slides').fill('8');
  await expect(page.getByRole('status').filter({ hasText: 'at most 5 slides' })).toBeVisible();
  await page.getByLabel('Slides').fill('5');
  await expect(page.getByText('at most 5 slides')).toHaveCount(0);
});

test('dry-runs a GitLab resources file in the background and shows its report, rejected entries first', async ({
  adminPage: page,
}) => {
  await page.goto('/library/import');
  await page.getByText('GitLab resources.yml', { exact: true }).click();
  await page
    .locator('input[type="file"]')
    .setInputFiles(new URL('../../shared/fixtures/gitlab/resources.yml', import.meta.url).pathname);
  await page.getByRole('button', { name: 'Dry run' }).click();
  const report = page.getByRole('region', { name: 'Import report' });
  await expect(report.getByRole('heading', { name: 'Dry run: nothing was stored' })).toBeVisible({
    timeout: 20_000,
  });
  await expect(report.getByText(/^\d+ new$/)).toBeVisible();
  await expect(page.getByRole('button', { name: 'Import' })).toBeEnabled();
});

test('collapses long facets behind "Show N more", and a keyboard user skips past them to the results', async ({
  adminPage: page,
}) => {
  await page.goto('/library');
  const library = new LibraryPage(page);
  const format = library.facetGroup('Format');
  await expect(format.getByRole('checkbox')).toHaveCount(5);
  await format.getByRole('button', { name: 'Show 7 more' }).click();
  await expect(format.getByRole('checkbox')).toHaveCount(12);
  await format.getByRole('button', { name: 'Show fewer' }).click();
  await expect(format.getByRole('checkbox')).toHaveCount(5);

  await page.goto('/library');
  await expect(library.results().first()).toBeVisible();
  // From the top of the page: skip the navigation, then the page's buttons and the search, then
  // the rails and filters. Nine key presses instead of 74 Tabs.
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: 'Skip to content' })).toBeFocused();
  await page.keyboard.press('Enter');
  for (let i = 0; i < 6; i++) await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: 'Skip to results' })).toBeFocused();
  await page.keyboard.press('Enter');
  await page.keyboard.press('Tab');
  await expect(library.results().first().getByRole('link').first()).toBeFocused();
});

test('names the filters in force as chips, keeps a value with no matches by name, and clears from the empty state', async ({
  adminPage: page,
}) => {
  const formats = (await (await page.request.get('/api/settings/terms?kind=format')).json()).terms as {
    id: string;
    name: string;
  }[];
  const webinar = formats.find((term) => term.name === 'Webinar')?.id;
  await page.goto(`/library?q=zzzqqqx&format=${webinar}`);
  const library = new LibraryPage(page);
  await expect(page.getByText('Nothing matches these filters')).toBeVisible();
  await expect(library.chips().getByText('Format: Webinar')).toBeVisible();
  await expect(library.facet('Format', 'Webinar')).toBeChecked();
  await expect(library.facet('Format', 'Webinar')).toHaveAccessibleName(/^Webinar\s*0$/);
  await expect(page.getByText(webinar ?? 'no webinar')).toHaveCount(0);

  await page.getByRole('button', { name: 'Clear all filters' }).last().click();
  await expect(page).not.toHaveURL(/format=/);
  await expect(library.chips()).toHaveCount(0);
  await page.getByRole('button', { name: 'Clear the search' }).click();
  await expect(page).not.toHaveURL(/q=/);

  await library.applyFacet('Visibility', 'External');
  await library.applyFacet('Format', 'Webinar');
  await library.chips().getByRole('button', { name: 'Remove filter Visibility: External' }).click();
  await expect(page).not.toHaveURL(/visibility=/);
  await expect(library.chips().getByText('Format: Webinar')).toBeVisible();
});

test('lists current assets before archived and expired ones, and names the page buttons', async ({
  adminPage: page,
}) => {
  await page.goto('/library');
  const library = new LibraryPage(page);
  await expect(library.results()).toHaveCount(20);
  for (const hit of await library.results().all()) {
    await expect(hit).not.toContainText(/Archived|Expired/);
  }
  const pages = page.getByRole('navigation', { name: 'Result pages' });
  await expect(pages.getByRole('button', { name: 'Previous page' })).toBeDisabled();
  await pages.getByRole('button', { name: 'Page 2' }).click();
  await expect(page).toHaveURL(/offset=20/);
  await expect(pages.getByRole('button', { name: 'Page 2' })).toHaveAttribute('aria-current', 'page');
  // Archived and expired assets come last: on the last page, however many current ones other tests added.
  const last = pages.getByRole('button', { name: /^Page \d+$/ }).last();
  await last.click();
  await expect(last).toHaveAttribute('aria-current', 'page');
  await expect(
    library
      .results()
      .filter({ hasText: /Archived|Expired/ })
      .first(),
  ).toBeVisible();
});

const csvFile = (name: string, text: string) => ({ name, mimeType: 'text/csv', buffer: Buffer.from(text) });

test('keeps both import buttons disabled from the click on, and reports rejected rows on their own first', async ({
  adminPage: page,
}) => {
  await page.goto('/library/import');
  await page
    .locator('input[type="file"]')
    .setInputFiles(
      csvFile(
        'tutorials.csv',
        'title,format,status\nFirst CSV tutorial,Tutorial,draft\n,Tutorial,draft\nSecond CSV tutorial,Tutorial,draft\n',
      ),
    );
  // Hold the upload until both buttons have been seen disabled: the file is still on its way.
  let release = () => {};
  const held = new Promise<void>((resolve) => {
    release = resolve;
  });
  await page.route('**/api/imports', async (route) => {
    await held;
    await route.continue();
  });
  await page.getByRole('button', { name: 'Dry run' }).click();
  await expect(page.getByRole('button', { name: 'Import' })).toBeDisabled();
  await expect(page.getByRole('button', { name: 'Dry run' })).toBeDisabled();
  release();
  const report = page.getByRole('region', { name: 'Import report' });
  await expect(report.getByRole('heading', { name: 'Dry run: nothing was stored' })).toBeVisible({
    timeout: 20_000,
  });
  await expect(page.getByRole('button', { name: 'Import' })).toBeEnabled();

  const rejected = report.getByRole('table', { name: 'Rejected rows' });
  await expect(rejected.getByRole('row')).toHaveCount(2);
  await expect(rejected.getByRole('row').nth(1)).toContainText('3');
  await expect(rejected.getByRole('row').nth(1)).toContainText(/title/i);
  const kept = report.getByRole('table', { name: 'Rows that would be stored' });
  await expect(kept.getByRole('row')).toHaveCount(3);
  await expect(kept).not.toContainText('rejected');
  // The rejected rows come before the others on the page.
  const [rejectedTop, keptTop] = await Promise.all([rejected.boundingBox(), kept.boundingBox()]);
  expect(rejectedTop?.y ?? 0).toBeLessThan(keptTop?.y ?? 0);
});

test('a failed import says nothing was stored and keeps the previous report in sight', async ({
  adminPage: page,
}) => {
  await page.goto('/library/import');
  const input = page.locator('input[type="file"]');
  await input.setInputFiles(csvFile('one.csv', 'title,format,status\nA kept tutorial,Tutorial,draft\n'));
  await page.getByRole('button', { name: 'Dry run' }).click();
  const report = page.getByRole('region', { name: 'Import report' });
  await expect(report.getByRole('heading', { name: 'Dry run: nothing was stored' })).toBeVisible({
    timeout: 20_000,
  });

  await input.setInputFiles(csvFile('empty.csv', 'title,format,status\n'));
  await page.getByRole('button', { name: 'Import' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'Import failed: nothing was stored' })).toBeVisible({
    timeout: 20_000,
  });
  await expect(report.getByText('This is the report of the previous run')).toBeVisible();
  await expect(report.getByRole('table', { name: 'Rows that would be stored' })).toContainText(
    'A kept tutorial',
  );
});
