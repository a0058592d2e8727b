import { apiAs, fileRequest } from './api.ts';
import { ADMIN, expect, test } from './fixtures.ts';

test('one record from a request to its plan entry, moved on the roadmap, to the published asset: checklist ticked, a channel done, the announcement naming the plan entry', async ({
  adminPage: page,
  context,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const api = await apiAs(ADMIN);
  const formats = (await api.get('/api/settings/terms?kind=format')).terms as { id: string; name: string }[];
  const blog = formats.find((format) => format.name === 'Blog post');
  const lists = (await api.get('/api/lists')).lists as { id: string }[];
  const title = `Distribution walkthrough ${Date.now()}`;
  const asset = await api.post('/api/assets', {
    title,
    summary: 'What a published piece goes through before it reaches readers.',
    formatId: blog?.id,
    listIds: [lists[0]?.id],
  });
  // The request it answers is planned when assigned.
  const teams = (await api.get('/api/settings/teams')).teams as { id: string }[];
  const request = await fileRequest(api, {
    title,
    teamId: teams[0]?.id ?? '',
    dueDate: new Date(Date.now() + 14 * 86_400_000).toISOString().slice(0, 10),
    budgetOverrideReason: 'Distribution test',
  });
  await api.post(`/api/requests/${request.id}/transitions`, { to: 'triage' });
  await api.post(`/api/requests/${request.id}/transitions`, { to: 'assigned', assigneeId: api.user.id });

  // Moved a week later on the roadmap, with the keyboard.
  const planned = (await api.get(`/api/requests/${request.id}`)).planEntry;
  await page.goto(`/plan?quarter=${planned.quarter}`);
  const card = page.getByRole('button', { name: new RegExp(`^${title}\\b.*, due`) });
  await card.focus();
  await page.keyboard.press('Space');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('Space');
  await expect
    .poll(async () => (await api.get(`/api/plan/entries/${planned.id}`)).startDate)
    .not.toBe(planned.startDate);

  // Publishing waits for the format's required items.
  await page.goto(`/library/assets/${asset.id}`);
  const checklist = page.getByRole('region', { name: 'Publishing checklist' });
  const items = checklist.getByRole('checkbox');
  await expect(items.first()).toBeVisible();
  for (const item of await items.all()) {
    // Each tick is saved before the next can be made (the boxes wait while one saves).
    await expect(item).toBeEnabled();
    await item.click();
    await expect(item).toBeChecked();
  }
  await page.goto(`/library/assets/${asset.id}/edit`);
  await page.getByRole('combobox', { name: 'Status' }).click();
  await page.getByRole('option', { name: 'Published' }).click();
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(page).toHaveURL(new RegExp(`/library/assets/${asset.id}$`));
  // Delivering the request links the asset to its plan entry.
  await api.post(`/api/requests/${request.id}/transitions`, {
    to: 'completed',
    deliveredAssetIds: [asset.id],
  });
  const planEntry = (await api.get(`/api/requests/${request.id}`)).planEntry;
  expect(planEntry).toMatchObject({ asset: { id: asset.id }, status: 'published' });
  await api.dispose();
  await page.reload();

  // Published: the distribution checklist opens, one row per channel.
  const distribution = page.getByRole('region', { name: 'Distribution checklist' });
  await expect(distribution).toBeVisible();
  await distribution
    .getByRole('textbox', { name: 'Where it was posted on LinkedIn' })
    .fill('https://www.linkedin.com/posts/merge-trains');
  await distribution.getByRole('textbox', { name: 'Where it was posted on LinkedIn' }).blur();
  await expect(
    page.getByRole('region', { name: 'Distribution' }).getByText(/^1 of \d+ channels$/),
  ).toBeVisible();

  await page.getByRole('button', { name: 'Copy announcement' }).click();
  await expect(page.getByRole('button', { name: 'Copied' })).toBeVisible();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toContain(`Blog post published: ${title}`);
  expect(copied).toContain(`Plan: Content: ${title} - `);
  await page.screenshot({ path: 'test-results/distribution.png', fullPage: true });
});
