import { apiAs } from './api.ts';
import { ADMIN, expect, signInViaApi, test } from './fixtures.ts';

test('two people edit one asset: the second save shows the conflict and applies its own changes on top', async ({
  browser,
}) => {
  const api = await apiAs(ADMIN);
  const asset = await api.post('/api/assets', {
    title: `Two editors ${Date.now()}`,
    summary: 'The summary both editors opened.',
  });
  const [first, second] = [await browser.newContext(), await browser.newContext()];
  const [a, b] = [await first.newPage(), await second.newPage()];
  for (const page of [a, b]) {
    await signInViaApi(page);
    await page.goto(`/library/assets/${asset.id}/edit`);
    await expect(page.getByLabel('Title')).toHaveValue(asset.title);
  }

  await a.getByLabel('Summary').fill('The summary the first editor saved.');
  await a.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(a).toHaveURL(new RegExp(`/library/assets/${asset.id}$`));

  // The second editor still holds the version both opened.
  await b.getByLabel('Key takeaway').fill('The takeaway the second editor wrote.');
  await b.getByRole('button', { name: 'Save', exact: true }).click();
  const dialog = b.getByRole('dialog', { name: 'Someone else saved this while you were editing' });
  await expect(dialog).toBeVisible();
  const rows = dialog.getByRole('table', { name: 'Fields that differ' });
  await expect(rows.getByRole('row', { name: /^Summary/ })).toContainText(
    'The summary the first editor saved.',
  );
  await expect(rows.getByRole('row', { name: /^Summary/ })).toContainText('The summary both editors opened.');
  await expect(rows.getByRole('row', { name: /^Key takeaway/ })).toContainText(
    'The takeaway the second editor wrote.',
  );
  await b.screenshot({ path: 'test-results/version-conflict.png' });
  await dialog.getByRole('button', { name: 'Apply my changes on top' }).click();
  await expect(b).toHaveURL(new RegExp(`/library/assets/${asset.id}$`));

  // Both edits' fields are kept: theirs where the second editor changed nothing.
  const stored = await api.get(`/api/assets/${asset.id}`);
  expect(stored).toMatchObject({
    summary: 'The summary the first editor saved.',
    keyTakeaway: 'The takeaway the second editor wrote.',
    version: asset.version + 2,
  });
  await Promise.all([first.close(), second.close(), api.dispose()]);
});

test('settings saved elsewhere meanwhile: "Discard mine and reload" shows theirs and saves over them from there', async ({
  adminPage: page,
}) => {
  const api = await apiAs(ADMIN);
  const before = await api.get('/api/settings/workspace');
  await page.goto('/settings/workspace');
  const days = page.getByRole('textbox', { name: 'Library items expire after (days)' });
  await expect(days).toHaveValue(String(before.settings.assetExpiryDays));

  // Another admin changes the expiry while this page is open.
  const theirs = before.settings.assetExpiryDays === 400 ? 401 : 400;
  await api.patch('/api/settings/workspace', { settings: { assetExpiryDays: theirs } });

  await days.fill(String(theirs + 30));
  await page.getByRole('button', { name: 'Save changes' }).click();
  const dialog = page.getByRole('dialog', { name: 'Someone else saved this while you were editing' });
  await expect(dialog.getByRole('row', { name: /^Library items expire after/ })).toContainText(
    String(theirs),
  );
  await dialog.getByRole('button', { name: 'Discard mine and reload' }).click();
  await expect(dialog).toBeHidden();
  await expect(days).toHaveValue(String(theirs));

  // The form now holds their version: a save from it goes through.
  await days.fill(String(theirs + 1));
  await page.getByRole('button', { name: 'Save changes' }).click();
  await expect(page.getByText('Workspace settings saved')).toBeVisible();
  expect((await api.get('/api/settings/workspace')).settings.assetExpiryDays).toBe(theirs + 1);
  await api.patch('/api/settings/workspace', {
    settings: { assetExpiryDays: before.settings.assetExpiryDays },
  });
  await api.dispose();
});
