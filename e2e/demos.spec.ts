import { expect, test } from './fixtures.ts';
import { DemosPage } from './pages/DemosPage.ts';

test('a TMM imports a release, sees the flags it raises, opens one and turns it into an update request', async ({
  page,
}) => {
  await page.request.post('/api/auth/sign-in', {
    data: { email: 'priya@lumenstack.example', password: 'showcase-sample' },
  });
  const demos = new DemosPage(page);
  const release = {
    changes: [
      { name: 'SAST in merge requests', significance: 'removal' },
      { name: 'Faster dependency graphs', significance: 'secondary', categories: ['Dependency Scanning'] },
    ],
  };
  const dialog = await demos.importRelease('4.9', {
    name: 'lumenstack-4.9.json',
    content: JSON.stringify(release),
  });
  await expect(dialog.getByText('Release 4.9 imported')).toBeVisible();
  await expect(dialog.getByText(/2 changes from 1 files\. Impact analysis raised [1-9]/)).toBeVisible();
  await dialog.getByRole('button', { name: 'Done' }).click();

  await demos.open('Freshness');
  await page.getByRole('combobox', { name: 'Sort by' }).click();
  await page.getByRole('option', { name: 'Highest score' }).click();
  const row = demos.row('Shift-left security scanning in merge requests');
  await expect(row.getByText('Flagged')).toBeVisible();
  await row.getByRole('link', { name: 'Shift-left security scanning in merge requests' }).click();

  await expect(
    page.getByRole('heading', { level: 1, name: 'Shift-left security scanning in merge requests' }),
  ).toBeVisible();
  await expect(page.getByRole('listitem', { name: 'Step 2, flagged' })).toBeVisible();
  const flag = demos.flag('4.9');
  await expect(
    flag.getByText(
      "removal of 'SAST in merge requests' changes SAST in merge requests, which is a core step 2 of 5",
    ),
  ).toBeVisible();
  await flag.getByRole('button', { name: 'Request update' }).click();

  await expect(
    page.getByRole('heading', {
      level: 1,
      name: 'Update demo: Shift-left security scanning in merge requests',
    }),
  ).toBeVisible();
  await expect(page.getByText('None: demo upkeep is the team’s own work')).toBeVisible();
  await page.goBack();
  await expect(demos.flag('4.9').getByText('Update request #')).toBeVisible();
});

test('a flag from a second release joins the demo’s open update request, and says so', async ({ page }) => {
  await page.request.post('/api/auth/sign-in', {
    data: { email: 'priya@lumenstack.example', password: 'showcase-sample' },
  });
  const demos = new DemosPage(page);
  for (const [version, change] of [
    ['5.1', { name: 'Approval rules rework', significance: 'removal', categories: ['Deployment Approvals'] }],
    ['5.2', { name: 'Approvals by group', significance: 'primary', categories: ['Deployment Approvals'] }],
  ] as const) {
    const dialog = await demos.importRelease(version, {
      name: `lumenstack-${version}.json`,
      content: JSON.stringify({ changes: [change] }),
    });
    await expect(dialog.getByText(`Release ${version} imported`)).toBeVisible();
    await dialog.getByRole('button', { name: 'Done' }).click();
  }
  const title = 'Deployment approvals and protected environments';
  await demos.open('Freshness');
  await demos.row(title).getByRole('link', { name: title }).click();
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
  await demos.flag('5.1').getByRole('button', { name: 'Request update' }).click();
  await expect(page.getByRole('heading', { level: 1, name: `Update demo: ${title}` })).toBeVisible();
  const requestPath = new URL(page.url()).pathname;
  await page.goBack();
  const filed = demos.flag('5.1').getByRole('link', { name: /^#\d+$/ });
  await expect(filed).toBeVisible();
  const requestNumber = (await filed.textContent())?.slice(1);

  await demos.flag('5.2').getByRole('button', { name: 'Request update' }).click();
  await expect(page.getByText(`Added to the open update request #${requestNumber}`)).toBeVisible();
  await expect(page).toHaveURL((url) => url.pathname === requestPath);
  await expect(page.getByRole('heading', { level: 1, name: `Update demo: ${title}` })).toBeVisible();
  await expect(page.getByText('Release flag added')).toBeVisible();
});
