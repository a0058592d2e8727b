import { apiAs, fileRequest } from './api.ts';
import { ADMIN, expect, test } from './fixtures.ts';

const addDays = (day: string, days: number) => {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
};

test('moves a plan entry on the roadmap with the keyboard, a week at a time and to another owner, and shows capacity warnings', async ({
  adminPage: page,
}) => {
  // Plan a piece from a request: assigning it makes its plan entry.
  const api = await apiAs(ADMIN);
  const teams = (await api.get('/api/settings/teams')).teams as { id: string }[];
  const dueDate = addDays(new Date().toISOString().slice(0, 10), 7);
  const request = await fileRequest(api, {
    title: 'Keyboard-moved walkthrough',
    teamId: teams[0]?.id ?? '',
    dueDate,
    budgetOverrideReason: 'Planning test',
  });
  await api.post(`/api/requests/${request.id}/transitions`, { to: 'triage' });
  await api.post(`/api/requests/${request.id}/transitions`, { to: 'assigned', assigneeId: api.user.id });
  const entry = (await api.get(`/api/requests/${request.id}`)).planEntry;
  expect(entry.ownerId).toBe(api.user.id);
  const startDate = entry.startDate as string;
  const session = { user: api.user };
  await api.dispose();

  await page.goto(`/plan?quarter=${entry.quarter}`);
  await expect(page).toHaveTitle('Roadmap · Showcase');
  // The sample plan has one TMM over capacity.
  await expect(
    page.getByRole('alert').getByText(/Tomás Okafor has \d+ pieces planned against a capacity of 6/),
  ).toBeVisible();

  const card = page.getByRole('button', { name: /^Keyboard-moved walkthrough\b.*, due/ });
  const announcement = page.getByTestId('roadmap-announcement');
  await card.focus();
  await page.keyboard.press('Space');
  await expect(announcement).toContainText('Picked up Keyboard-moved walkthrough');
  await page.keyboard.press('ArrowRight');
  await expect(announcement).toContainText(/^Over the week of/);
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('Space');
  await expect(announcement).toContainText('Dropped Keyboard-moved walkthrough on the week of');
  await expect
    .poll(async () => (await (await page.request.get(`/api/plan/entries/${entry.id}`)).json()).startDate)
    .toBe(addDays(startDate, 14));

  // Down a lane: another owner.
  const moved = page.getByRole('button', { name: /^Keyboard-moved walkthrough\b.*, due/ });
  await moved.focus();
  await page.keyboard.press('Space');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await expect
    .poll(async () => (await (await page.request.get(`/api/plan/entries/${entry.id}`)).json()).ownerId)
    .not.toBe(session.user.id);

  // Planned by hand on the roadmap.
  await page.getByRole('button', { name: 'Plan a piece' }).click();
  const dialog = page.getByRole('dialog', { name: /Plan a piece in/ });
  await dialog.getByRole('textbox', { name: 'Title' }).fill('Hand-planned lightning talk');
  await dialog.getByRole('button', { name: 'Plan it' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('button', { name: /^Hand-planned lightning talk\b.*, due/ })).toBeVisible();
});

test('the calendar shows the sample events in month and list views and issues a feed address', async ({
  adminPage: page,
}) => {
  await page.goto('/plan/calendar?view=list');
  await expect(page).toHaveTitle('Calendar · Showcase');
  await page.getByRole('button', { name: 'Get the address' }).first().click();
  const secret = page.getByText(/\/feeds\/calendar\/cal_/);
  await expect(secret).toBeVisible();
  const url = new URL((await secret.textContent()) ?? '');
  const feed = await page.request.get(url.pathname);
  expect(feed.status()).toBe(200);
  expect(await feed.text()).toContain('BEGIN:VCALENDAR');
});
