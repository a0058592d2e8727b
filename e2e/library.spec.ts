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
