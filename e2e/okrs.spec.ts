import { expect, test } from './fixtures.ts';

test('sets an objective with a live key result and a manual one, and sees both against their targets', async ({
  adminPage: page,
}) => {
  // Numbers are entered while their quarter runs: this quarter.
  const now = new Date();
  const quarter = `${now.getUTCFullYear()}-Q${Math.floor(now.getUTCMonth() / 3) + 1}`;
  await page.goto('/insights/okrs');
  await page.getByRole('button', { name: 'Add objective' }).first().click();
  const objectiveDialog = page.getByRole('dialog', {
    name: `New objective for ${quarter.replace('-', ' ')}`,
  });
  await objectiveDialog.getByRole('textbox', { name: 'Objective' }).fill('Answer every request within a day');
  await objectiveDialog.getByRole('button', { name: 'Add objective' }).click();
  await expect(objectiveDialog).toBeHidden();
  const objective = page.getByRole('region', { name: 'Answer every request within a day' });
  await expect(objective.getByText('No key result yet')).toBeVisible();

  // A live measure: the form offers only the filters it takes (a requesting team, not a format).
  await objective.getByRole('button', { name: 'Add key result' }).click();
  const dialog = page.getByRole('dialog', { name: /New key result/ });
  await dialog.getByRole('textbox', { name: 'Key result' }).fill('Requests delivered');
  await dialog.getByRole('combobox', { name: 'Measured by' }).click();
  await page.getByRole('option', { name: 'Requests delivered' }).click();
  await expect(dialog.getByRole('combobox', { name: 'Requesting team' })).toBeVisible();
  await expect(dialog.getByRole('combobox', { name: 'Format' })).toHaveCount(0);
  await dialog.getByRole('textbox', { name: 'Target' }).fill('8');
  await dialog.getByRole('button', { name: 'Add key result' }).click();
  await expect(dialog).toBeHidden();

  // A number entered by hand, and its entry.
  await objective.getByRole('button', { name: 'Add key result' }).click();
  await dialog.getByRole('textbox', { name: 'Key result' }).fill('Campaigns influenced');
  await dialog.getByRole('combobox', { name: 'Measured by' }).click();
  await page.getByRole('option', { name: 'A number entered by hand' }).click();
  await dialog.getByRole('textbox', { name: 'Target' }).fill('12');
  await dialog.getByRole('button', { name: 'Add key result' }).click();
  await expect(dialog).toBeHidden();
  await objective.getByRole('button', { name: 'Enter today’s number for Campaigns influenced' }).click();
  const entry = page.getByRole('dialog', { name: /Today’s number/ });
  await entry.getByRole('textbox', { name: 'Value today' }).fill('3');
  await entry.getByRole('button', { name: 'Enter number' }).click();
  await expect(entry).toBeHidden();

  // What the page shows is what the API computes.
  const list = await (await page.request.get(`/api/okrs?quarter=${quarter}`)).json();
  const [delivered, manual] = list.objectives.find(
    (found: { title: string }) => found.title === 'Answer every request within a day',
  ).keyResults;
  expect(manual.value).toBe(3);
  await expect(objective.getByRole('listitem', { name: 'Campaigns influenced' })).toContainText('3 of 12');
  await expect(objective.getByRole('listitem', { name: 'Requests delivered' })).toContainText(
    `${delivered.value} of 8`,
  );
  await expect(
    objective.getByRole('progressbar', { name: 'Campaigns influenced: 25 % of the target' }),
  ).toBeVisible();
  await page.screenshot({ path: 'test-results/okrs.png', fullPage: true });

  await objective.getByRole('button', { name: 'Delete Answer every request within a day' }).click();
  await page.getByRole('button', { name: 'Delete', exact: true }).click();
  await expect(objective).toHaveCount(0);
});
