import { expect, test } from './fixtures.ts';
import { GITLAB_TOKEN } from './gitlab.ts';
import { RequestsPage } from './pages/RequestsPage.ts';
import { SettingsPage } from './pages/SettingsPage.ts';

test('a requester starts a request and takes the suggested existing asset instead', async ({ page }) => {
  await page.request.post('/api/auth/sign-in', {
    data: { email: 'jordan@lumenstack.example', password: 'showcase-sample' },
  });
  const requests = new RequestsPage(page);
  await requests.fileBasics('Kubernetes deployments demo for a prospect', 'Sales Support');
  const suggestion = page
    .getByRole('region', { name: 'Existing content' })
    .getByLabel('Kubernetes deployments with the cluster agent');
  await expect(suggestion).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: 'reusing existing content 1' })).toBeVisible();
  await suggestion.getByRole('button', { name: 'Use this instead' }).click();
  await expect(page.getByText('Answered with existing content').first()).toBeVisible();
  await expect(
    page.getByRole('link', { name: 'Kubernetes deployments with the cluster agent' }),
  ).toBeVisible();
  await expect(page.getByRole('region', { name: 'Results' })).toBeVisible();
});

test('a TMM triages a new request on the board, assigns it, completes it with an asset, and results close it', async ({
  adminPage: page,
}) => {
  const requests = new RequestsPage(page);
  const title = 'Platform engineering webinar for EMEA';
  await requests.fileBasics(title, 'Tech Webinars');
  await requests.choose('Requesting team (pays from its budget)', 'Alliances');
  await page.getByRole('button', { name: 'File request' }).click();
  await expect(page.getByRole('heading', { level: 1, name: new RegExp(title) })).toBeVisible();
  const number = (await page.getByRole('heading', { level: 1 }).textContent())?.match(/#(\d+)/)?.[1];

  await page.goto('/requests');
  const card = requests.card(number ?? '', title, requests.column('New'));
  await expect(card).toBeVisible();
  await requests.moveCardRight(card);
  await page.getByRole('dialog').getByRole('button', { name: 'Move to triage' }).click();
  await expect(requests.card(number ?? '', title, requests.column('Triage'))).toBeVisible();

  await requests.card(number ?? '', title, requests.column('Triage')).click();
  await page.getByRole('button', { name: 'Assign', exact: true }).click();
  const assign = page.getByRole('dialog');
  await assign
    .getByRole('textbox', { name: 'Assignee' })
    .or(assign.getByRole('combobox', { name: 'Assignee' }))
    .first()
    .click();
  await page.getByRole('option', { name: 'Mei Lindqvist' }).click();
  await assign.getByRole('button', { name: 'Assign' }).click();
  await expect(page.getByText('Mei Lindqvist · Not started')).toBeVisible();

  await page.getByRole('button', { name: 'Mark delivered' }).click();
  const complete = page.getByRole('dialog');
  await complete
    .getByRole('textbox', { name: 'Delivered assets' })
    .or(complete.getByRole('combobox', { name: 'Delivered assets' }))
    .first()
    .fill('platform engineering maturity');
  await page.getByRole('option', { name: 'Platform engineering maturity model' }).click();
  await complete.getByText(title).click();
  await complete.getByRole('button', { name: 'Mark delivered' }).click();
  await expect(page.getByRole('link', { name: 'Platform engineering maturity model' })).toBeVisible();

  const results = page.getByRole('region', { name: 'Results' });
  await results.getByLabel('What happened').fill('420 registrants, 180 attended live');
  await results.getByLabel('Audience reached').fill('420');
  await results.getByRole('button', { name: 'Add results and close' }).click();
  await expect(page.getByText('420 registrants, 180 attended live')).toBeVisible();
  await expect(page.getByRole('region', { name: 'History' }).getByText('→ Closed')).toBeVisible();
});

test('the intake form warns about a similar open request of the team, with a link to it', async ({
  page,
}) => {
  await page.request.post('/api/auth/sign-in', {
    data: { email: 'jordan@lumenstack.example', password: 'showcase-sample' },
  });
  const requests = new RequestsPage(page);
  await requests.fileBasics('Compliance webinar for banking customers', 'Tech Webinars');
  const warning = page.getByRole('status', { name: 'Your team may have asked for this already' });
  await expect(warning).toBeVisible();
  const link = warning.getByRole('link', { name: /Compliance webinar with a banking customer/ });
  await expect(link).toHaveAttribute('href', /^\/requests\/[0-9a-f-]{36}$/);
  await page.screenshot({ path: 'test-results/intake-similar-warning.png', fullPage: true });
});

test('an admin links a GitLab user; issues of others are filed by GitLab intake with the author shown', async ({
  adminPage: page,
  request,
}) => {
  const settings = new SettingsPage(page);
  await page.goto('/settings/workspace');
  await settings.open('GitLab intake');
  await page.getByRole('button', { name: 'Link a GitLab user' }).click();
  const dialog = page.getByRole('dialog', { name: 'Link a GitLab user' });
  await dialog.getByLabel('GitLab username').fill('@jordan.gl');
  await dialog
    .getByRole('textbox', { name: 'Showcase person' })
    .or(dialog.getByRole('combobox', { name: 'Showcase person' }))
    .first()
    .fill('Jordan');
  await page.getByRole('option', { name: /Jordan Blake/ }).click();
  await dialog.getByRole('button', { name: 'Link' }).click();
  const table = page.getByRole('table', { name: 'Linked GitLab users' });
  await expect(table.getByRole('row', { name: /@jordan\.gl.*Jordan Blake/ })).toBeVisible();
  await page.screenshot({ path: 'test-results/settings-gitlab-intake.png', fullPage: true });

  // GitLab calls without anyone's session: a request context of its own, not the page's.
  const deliver = async (username: string, issue: number) => {
    const response = await request.post('/api/integrations/gitlab/issues', {
      headers: { 'x-gitlab-token': GITLAB_TOKEN, 'x-gitlab-event': 'Issue Hook' },
      data: {
        object_kind: 'issue',
        user: { name: 'Ada Field', username },
        object_attributes: {
          title: `Partner webinar from GitLab ${issue}`,
          description: '### Business goal\nCo-marketing with a partner',
          url: `https://gitlab.example/marketing/content-requests/-/issues/${issue}`,
          action: 'open',
        },
        labels: [],
      },
    });
    expect(response.status()).toBe(200);
    return (await response.json()) as { requestId: string };
  };
  const unlinked = await deliver('ada.field', 9001);
  await page.goto(`/requests/${unlinked.requestId}`);
  await expect(page.getByRole('row', { name: 'Requester GitLab intake' })).toBeVisible();
  await expect(page.getByRole('row', { name: 'Opened in GitLab by Ada Field (@ada.field)' })).toBeVisible();
  await page.screenshot({ path: 'test-results/request-from-gitlab.png', fullPage: true });

  const linked = await deliver('Jordan.GL', 9002);
  await page.goto(`/requests/${linked.requestId}`);
  await expect(page.getByRole('row', { name: 'Requester Jordan Blake' })).toBeVisible();

  await page.goto('/settings/gitlab');
  await page.getByRole('button', { name: 'Delete link of @jordan.gl' }).click();
  await page.getByRole('button', { name: 'Delete', exact: true }).click();
  await expect(page.getByText('No GitLab users linked yet')).toBeVisible();
});

test('the list pages through every request, highest score first however old, and board columns show more', async ({
  page,
}) => {
  const signIn = await page.request.post('/api/auth/sign-in', {
    data: { email: 'priya@lumenstack.example', password: 'showcase-sample' },
  });
  const headers = { 'x-csrf-token': (await signIn.json()).csrfToken as string };
  const types = (await (await page.request.get('/api/settings/terms?kind=deliverable_type')).json()).terms;
  const [team] = (await (await page.request.get('/api/settings/teams')).json()).teams;
  const file = async (title: string, deliverableTypeId: string, dueDate?: string) => {
    const response = await page.request.post('/api/requests', {
      headers,
      data: {
        title,
        businessGoal: 'Paging check',
        deliverableTypeId,
        dueDate,
        teamId: team.id,
        budgetOverrideReason: 'Paging check',
      },
    });
    expect(response.status()).toBe(201);
    return response.json();
  };
  // The first filed, so the oldest of these: priority 1, the top deliverable type, due in 3 days.
  const soon = new Date(Date.now() + 3 * 86_400_000).toISOString().slice(0, 10);
  const urgent = await file('Oldest but most urgent analyst briefing', types[0].id, soon);
  await page.request.patch(`/api/requests/${urgent.id}`, { headers, data: { priority: 1 } });
  for (let i = 1; i <= 55; i++) await file(`Routine paging request ${i}`, types.at(-1).id);
  const total = (await (await page.request.get('/api/requests?limit=1')).json()).total;

  await page.goto('/requests?layout=list');
  await expect(page.getByRole('status').filter({ hasText: `1–50 of ${total} requests` })).toBeVisible();
  const rows = page.getByRole('table', { name: 'Requests' }).getByRole('row');
  await expect(rows.nth(1)).toContainText('Oldest but most urgent analyst briefing');
  await page.getByRole('navigation', { name: 'Pages' }).getByRole('button', { name: 'Page 2' }).click();
  await expect(
    page.getByRole('status').filter({ hasText: `51–${Math.min(100, total)} of ${total} requests` }),
  ).toBeVisible();
  await page.screenshot({ path: 'test-results/requests-list-page-2.png', fullPage: true });

  await page.goto('/requests');
  const column = page.getByLabel('New column');
  const board = new RequestsPage(page);
  await expect(board.card(urgent.number, 'Oldest but most urgent analyst briefing', column)).toBeVisible();
  // The column counts every new request and shows 25 cards, then 25 more.
  const count = Number(await column.getByLabel(/^\d+ requests$/).textContent());
  expect(count).toBeGreaterThan(50);
  await expect(board.cards('New')).toHaveCount(25);
  await column.getByRole('button', { name: `Show more (${count - 25} more)` }).click();
  await expect(board.cards('New')).toHaveCount(50);
  await page.screenshot({ path: 'test-results/requests-board-more.png' });
});
