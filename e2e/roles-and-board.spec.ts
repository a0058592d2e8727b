import { ANA, apiAs, fileRequest, JORDAN } from './api.ts';
import { expect, signInViaApi, test } from './fixtures.ts';
import { RequestsPage } from './pages/RequestsPage.ts';

test('pages and actions follow the role: requesters and viewers see only what they may use', async ({
  page,
}) => {
  await signInViaApi(page, JORDAN);
  await page.goto('/requests');
  const views = page.getByRole('radiogroup', { name: 'Saved views' });
  await expect(views.getByText('All', { exact: true })).toBeVisible();
  await expect(views.getByText('Needs triage')).toHaveCount(0);
  await expect(views.getByText('Assigned to me')).toHaveCount(0);
  await page.goto('/library');
  await expect(page.getByRole('heading', { level: 1, name: 'Library' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Import' })).toHaveCount(0);
  await page.goto('/library/import');
  await expect(page.getByRole('heading', { level: 1, name: 'Not allowed' })).toBeVisible();
  await expect(page.getByText('Your account may not import assets into the library')).toBeVisible();

  await page.context().clearCookies();
  await signInViaApi(page, ANA);
  await page.goto('/library/new');
  await expect(page.getByRole('heading', { level: 1, name: 'Not allowed' })).toBeVisible();
  await expect(page.getByLabel('Title')).toHaveCount(0);
  await page.goto('/requests/new');
  await expect(page.getByRole('heading', { level: 1, name: 'Not allowed' })).toBeVisible();
});

test('the board: only legal columns take a dragged card, a card is one tab stop and Enter opens it', async ({
  adminPage: page,
}) => {
  const admin = await apiAs({ email: 'admin@showcase.test', password: 'e2e-admin-password' });
  const team = await admin.post('/api/settings/teams', {
    name: 'Partner, Alliances and Ecosystem Marketing for Northern Europe',
    quarterlyBudget: 50,
  });
  const filed = await fileRequest(admin, { title: 'Board keyboard check', teamId: team.id });
  await admin.dispose();
  const requests = new RequestsPage(page);
  await page.setViewportSize({ width: 390, height: 800 });
  await page.goto('/requests');
  const card = requests.card(filed.number, filed.title);
  await expect(card).toBeVisible();
  // On a phone the saved views are a select, not a row that runs off the screen.
  const views = page.getByRole('combobox', { name: 'Saved views' });
  await expect(views).toHaveValue('All');
  expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);

  // The score badge is whole even beside a team name that wraps, on a phone-sized screen.
  const badge = card.getByLabel(/Priority score/);
  const clipped = await badge.evaluate((element) => {
    const label = element.querySelector('.mantine-Badge-label') ?? element;
    return label.scrollWidth > label.clientWidth + 1;
  });
  expect(clipped).toBe(false);

  // Lifting the card lights up only where it may go: from New, Triage (not Backlog, Assigned…).
  await card.focus();
  await page.keyboard.press('Space');
  await expect(requests.column('Triage')).toHaveAttribute('data-drop-target', 'legal');
  await page.screenshot({ path: 'test-results/board-dragging-phone.png' });
  for (const closed of ['Backlog', 'Assigned', 'Awaiting results'])
    await expect(requests.column(closed)).toHaveAttribute('data-drop-target', 'closed');
  await expect(page.getByText(/It can move to Triage\./)).toBeAttached();
  await page.keyboard.press('Escape');
  await expect(requests.column('Triage')).not.toHaveAttribute('data-drop-target');

  // One tab stop per card: Tab leaves the card instead of entering its title link.
  await card.focus();
  await page.keyboard.press('Tab');
  expect(await card.evaluate((element) => element.contains(document.activeElement))).toBe(false);
  await card.focus();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`/requests/${filed.id}$`));
  await expect(page.getByRole('heading', { level: 1, name: new RegExp(filed.title) })).toBeVisible();
  await page.screenshot({ path: 'test-results/board-request-phone.png', fullPage: true });
});

test('a request’s work stage and due date can be changed after filing, and buttons name the action', async ({
  adminPage: page,
}) => {
  const admin = await apiAs({ email: 'admin@showcase.test', password: 'e2e-admin-password' });
  const teams = (await admin.get('/api/settings/teams')).teams as { id: string; name: string }[];
  const filed = await fileRequest(admin, {
    title: 'Stage and due date check',
    teamId: teams[0]?.id as string,
    budgetOverrideReason: 'End-to-end check',
  });
  await admin.post(`/api/requests/${filed.id}/transitions`, { to: 'triage' });
  await admin.post(`/api/requests/${filed.id}/transitions`, { to: 'assigned', assigneeId: admin.user.id });
  await admin.dispose();

  await page.goto(`/requests/${filed.id}`);
  await expect(page.getByRole('button', { name: 'Cancel request' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Transfer request' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Canceled', exact: true })).toHaveCount(0);

  const work = page.getByRole('region', { name: 'Work' });
  await work.getByRole('combobox', { name: 'Work stage' }).click();
  await page.getByRole('option', { name: 'In progress' }).click();
  await expect(page.getByText('· In progress')).toBeVisible();
  const next = new Date(Date.now() + 20 * 86_400_000).toISOString().slice(0, 10);
  const due = work
    .getByRole('textbox', { name: 'Due date' })
    .or(work.getByRole('button', { name: 'Due date' }));
  await due.first().click();
  await page.keyboard.type(next);
  await page.keyboard.press('Enter');
  await page.getByRole('heading', { level: 1 }).click();
  const history = page.getByRole('region', { name: 'History' });
  // The history writes the day as the reader's browser writes dates, never as 2026-12-22.
  const inWords = await page.evaluate((day) => {
    const [year, month, date] = day.split('-').map(Number) as [number, number, number];
    return new Intl.DateTimeFormat(undefined, { dateStyle: 'medium' }).format(
      new Date(year, month - 1, date),
    );
  }, next);
  await expect(history.getByText(`Due date: ${inWords}`)).toBeVisible();
  await expect(history.getByText(next)).toHaveCount(0);
  await expect(history.getByText('Work stage: In progress')).toBeVisible();
  // Dates read relatively, with the exact date on hover.
  const dueCell = page.getByRole('row', { name: /^Due/ }).locator('time');
  await expect(dueCell).toHaveText(/in (2|3) weeks/);
  await expect(dueCell).toHaveAttribute('datetime', next);
  await expect(dueCell).toHaveAttribute(
    'title',
    new RegExp(String(new Date(`${next}T12:00:00`).getFullYear())),
  );
  await page.screenshot({ path: 'test-results/request-work.png', fullPage: true });
});

test('notifications read as sentences with a time; @ suggests people and warns about who will not hear', async ({
  adminPage: page,
}) => {
  // A requester and a team of this test's own, so no other test's spending can exhaust its budget.
  const admin = await apiAs({ email: 'admin@showcase.test', password: 'e2e-admin-password' });
  const suffix = Array.from({ length: 6 }, () =>
    String.fromCharCode(97 + Math.floor(Math.random() * 26)),
  ).join('');
  const team = await admin.post('/api/settings/teams', {
    name: `Field marketing ${suffix}`,
    quarterlyBudget: 50,
  });
  const account = { email: `quinn${suffix}@lumenstack.example`, password: 'e2e-requester-password' };
  const created = await admin.post('/api/users', { ...account, name: 'Quinn Lake', role: 'requester' });
  await admin.patch(`/api/users/${created.user.id}`, { teamId: team.id });
  const quinn = await apiAs(account);
  const filed = await fileRequest(quinn, { title: 'Notification check', teamId: team.id });
  await admin.post(`/api/requests/${filed.id}/transitions`, { to: 'triage' });
  await admin.dispose();

  await page.goto(`/requests/${filed.id}`);
  const box = page.getByRole('textbox', { name: 'New comment' });
  await box.fill('**Draft** is ready, ');
  await box.press('End');
  await page.keyboard.type('@qui');
  await expect(page.getByRole('option', { name: /Quinn Lake/ })).toBeVisible();
  await page.keyboard.press('Enter');
  await expect(box).toHaveValue(`**Draft** is ready, @quinn${suffix} `);
  await page.keyboard.type('and @ana');
  await page.keyboard.press('Escape');
  await page.keyboard.type(' too');
  await expect(page.getByRole('status').filter({ hasText: '@ana will not be notified' })).toBeVisible();
  await page.getByRole('button', { name: 'Comment' }).click();
  await expect(page.getByText('Some mentions notified nobody')).toBeVisible();

  await page.context().clearCookies();
  await signInViaApi(page, account);
  await page.goto('/library');
  await page.getByRole('button', { name: /Notifications/ }).click();
  const menu = page.getByRole('menu');
  await expect(menu.getByText(`Request #${filed.number} moved to Triage`)).toBeVisible();
  const comment = menu.getByRole('menuitem').filter({ hasText: `commented on request #${filed.number}` });
  await expect(comment).toContainText(`Draft is ready, @quinn${suffix} and @ana too`);
  await expect(comment).not.toContainText('**');
  await expect(comment.locator('time')).toHaveText(/now|second|minute/);
  await page.screenshot({ path: 'test-results/notifications.png' });
  await quinn.dispose();
});

test('a requester in no team is told why they cannot file, and a requester in one files for it alone', async ({
  page,
}) => {
  const admin = await apiAs({ email: 'admin@showcase.test', password: 'e2e-admin-password' });
  const suffix = Array.from({ length: 6 }, () =>
    String.fromCharCode(97 + Math.floor(Math.random() * 26)),
  ).join('');
  const account = { email: `sam${suffix}@lumenstack.example`, password: 'e2e-requester-password' };
  await admin.post('/api/users', { ...account, name: 'Sam Teamless', role: 'requester' });
  await admin.dispose();

  await signInViaApi(page, account);
  await page.goto('/requests/new');
  await expect(
    page.getByRole('alert').filter({ hasText: 'You are not in a requesting team yet' }),
  ).toBeVisible();
  await expect(page.getByRole('button', { name: 'File request' })).toBeDisabled();
  await page.screenshot({ path: 'test-results/new-request-teamless.png', fullPage: true });

  await page.context().clearCookies();
  await signInViaApi(page, JORDAN);
  await page.goto('/requests/new');
  const team = page.getByRole('combobox', { name: 'Requesting team (pays from its budget)' });
  await expect(team).toBeDisabled();
  await expect(team).toHaveValue('Sales');
  await expect(page.getByText('You are not in a requesting team yet')).toHaveCount(0);
});
