import { ADMIN, expect, test } from './fixtures.ts';
import { AppShellPage } from './pages/AppShellPage.ts';
import { SettingsPage } from './pages/SettingsPage.ts';

test('signs in with email and password, is sent back where it started, and signs out', async ({ page }) => {
  await page.goto('/settings/teams');
  await expect(page).toHaveURL(/\/sign-in\?next=/);
  await page.getByLabel('Email').fill(ADMIN.email);
  await page.getByRole('textbox', { name: 'Password' }).fill('wrong password!');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('alert')).toContainText('Email or password is wrong');
  await page.getByRole('textbox', { name: 'Password' }).fill(ADMIN.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page).toHaveURL(/\/settings\/teams$/);
  await expect(page.getByRole('heading', { level: 2, name: 'Requesting teams' })).toBeVisible();

  await new AppShellPage(page).signOut();
  await page.goto('/library');
  await expect(page).toHaveURL(/\/sign-in/);
});

test('navigates between the sections of the app shell', async ({ adminPage: page }) => {
  await page.goto('/');
  const shell = new AppShellPage(page);
  for (const section of ['Requests', 'Demos', 'Plan', 'Insights', 'Library', 'Settings'] as const) {
    await shell.goToSection(section);
  }
  await expect(page.getByRole('heading', { level: 2, name: 'General' })).toBeVisible();
});

test('edits a setting: adds a persona, renames it, and sees an in-use format refused with a reason', async ({
  adminPage: page,
}) => {
  await page.goto('/settings');
  const settings = new SettingsPage(page);
  await settings.open('Personas');
  await page.getByLabel('New persona name').fill('Site Reliability Engineer');
  await page.getByRole('button', { name: 'Add' }).click();
  const table = page.getByRole('table', { name: 'Personas' });
  await expect(table.getByText('Site Reliability Engineer')).toBeVisible();

  await page.getByRole('button', { name: 'Edit Site Reliability Engineer' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel('Name').fill('SRE Lead');
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(table.getByText('SRE Lead')).toBeVisible();
  await expect(table.getByText('Site Reliability Engineer')).toHaveCount(0);

  await settings.open('Content formats');
  await page.getByRole('button', { name: 'Delete Webinar' }).click();
  await page
    .getByRole('dialog')
    .getByRole('button', { name: 'Delete' })
    .or(page.getByRole('button', { name: 'Delete', exact: true }))
    .first()
    .click();
  await expect(page.getByText(/“Webinar” is used by/)).toBeVisible();
  await expect(
    page.getByRole('table', { name: 'Content formats' }).getByText('Webinar', { exact: true }),
  ).toBeVisible();

  await settings.open('Requesting teams');
  const budget = page.getByLabel('Budget of Sales');
  await budget.fill('20');
  await budget.blur();
  await page.reload();
  await expect(page.getByLabel('Budget of Sales')).toHaveValue('20');
});

test('reorders deliverable types with the keyboard, and the new rank is stored', async ({
  adminPage: page,
}) => {
  await page.goto('/settings/deliverable-types');
  const settings = new SettingsPage(page);
  await expect(settings.rankedTypes().first()).toHaveAccessibleName('1. Analyst Demos/Analyst Evaluations');
  await settings.moveTypeDown('Analyst Demos/Analyst Evaluations', 2);
  await expect(settings.rankedTypes().nth(2)).toHaveAccessibleName('3. Analyst Demos/Analyst Evaluations');
  await expect(settings.rankedTypes().first()).toHaveAccessibleName('1. Core Solutions Demos');
  await page.waitForLoadState('networkidle');
  await page.reload();
  await expect(settings.rankedTypes().first()).toHaveAccessibleName('1. Core Solutions Demos');
  await expect(settings.rankedTypes().nth(2)).toHaveAccessibleName('3. Analyst Demos/Analyst Evaluations');
  const stored = await page.request.get('/api/settings/terms?kind=deliverable_type');
  const names = (await stored.json()).terms.map((term: { name: string }) => term.name);
  expect(names.slice(0, 3)).toEqual([
    'Core Solutions Demos',
    'Tech Webinars',
    'Analyst Demos/Analyst Evaluations',
  ]);
});
