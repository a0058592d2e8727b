import { expect, test } from './fixtures.ts';
import { RequestsPage } from './pages/RequestsPage.ts';

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
  const cardName = `#${number} ${title}`;
  await expect(requests.column('New').getByLabel(cardName)).toBeVisible();
  await requests.moveCardRight(cardName);
  await page.getByRole('dialog').getByRole('button', { name: 'Move to triage' }).click();
  await expect(requests.column('Triage').getByLabel(cardName)).toBeVisible();

  await requests.column('Triage').getByRole('link', { name: title }).click();
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
