import { expect, test } from './fixtures.ts';

test('a negative team budget is explained and not saved, instead of showing 0', async ({
  adminPage: page,
}) => {
  await page.goto('/settings/teams');
  const budget = page.getByRole('textbox', { name: 'Budget of Alliances' });
  const stored = await budget.inputValue();
  await budget.fill('-10');
  await budget.blur();
  await expect(budget).toHaveValue('-10');
  await expect(page.getByText('A budget cannot be negative; use 0 for none')).toBeVisible();
  await page.screenshot({ path: 'test-results/team-budget.png' });
  await page.reload();
  await expect(page.getByRole('textbox', { name: 'Budget of Alliances' })).toHaveValue(stored);
});

test('the asset editor asks before leaving with unsaved edits', async ({ adminPage: page }) => {
  await page.goto('/library/new');
  await page.getByLabel('Title').fill('Half-written asset');
  await page.getByRole('link', { name: 'Requests' }).click();
  const prompt = page.getByRole('dialog', { name: 'Leave without saving?' });
  await expect(prompt).toBeVisible();
  await page.screenshot({ path: 'test-results/unsaved-prompt.png' });
  await prompt.getByRole('button', { name: 'Stay on this page' }).click();
  await expect(page).toHaveURL(/\/library\/new$/);
  await expect(page.getByLabel('Title')).toHaveValue('Half-written asset');
  await page.getByRole('link', { name: 'Requests' }).click();
  await page
    .getByRole('dialog', { name: 'Leave without saving?' })
    .getByRole('button', { name: 'Discard changes' })
    .click();
  await expect(page).toHaveURL(/\/requests$/);
  // Nothing typed, nothing to ask about.
  await page.goto('/library/new');
  await page.getByRole('link', { name: 'Requests' }).click();
  await expect(page).toHaveURL(/\/requests$/);
});
