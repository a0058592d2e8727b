import { expect, test } from './fixtures.ts';

test('an admin makes a read-only library token on the account page, and it reads but cannot write', async ({
  adminPage: page,
}) => {
  await page.goto('/account');
  await page.getByRole('button', { name: 'New token' }).click();
  const dialog = page.getByRole('dialog', { name: 'New API token' });
  await dialog.getByLabel('What is it for?').fill('Library report script');
  await dialog.getByRole('radio', { name: 'Selected areas' }).check();
  // None ticked would be full access: the form asks for an area first.
  await dialog.getByRole('button', { name: 'Create token' }).click();
  await expect(dialog.getByText('Tick at least one area')).toBeVisible();
  await dialog.getByRole('checkbox', { name: 'Library' }).check();
  await dialog.getByRole('switch', { name: 'Read only in these areas' }).check();
  await dialog.getByRole('combobox', { name: 'Expires after' }).click();
  await page.getByRole('option', { name: '30 days' }).click();
  await page.screenshot({ path: test.info().outputPath('new-token.png') });
  await dialog.getByRole('button', { name: 'Create token' }).click();

  const reveal = page.getByRole('dialog', { name: 'Copy your token now' });
  const secret = (await reveal.locator('pre').textContent())?.trim() ?? '';
  expect(secret).toMatch(/^sc_/);
  await page.keyboard.press('Escape');
  await expect(reveal).toBeHidden();

  const row = page
    .getByRole('table', { name: 'API tokens' })
    .getByRole('row', { name: /Library report script/ });
  await expect(row.getByText('Read only: Library')).toBeVisible();
  await page.screenshot({ path: test.info().outputPath('tokens.png'), fullPage: true });

  const headers = { authorization: `Bearer ${secret}` };
  expect((await page.request.get('/api/assets', { headers })).status()).toBe(200);
  const write = await page.request.post('/api/lists', { headers, data: { name: 'Not allowed' } });
  expect(write.status()).toBe(403);
  expect((await page.request.get('/api/requests', { headers })).status()).toBe(403);
});
