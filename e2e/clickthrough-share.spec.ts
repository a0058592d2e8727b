import AxeBuilder from '@axe-core/playwright';
import { apiAs } from './api.ts';
import { ADMIN, expect, test } from './fixtures.ts';

const DEMO = 'Click-through: set up your first pipeline';

test('a share link to a click-through demo plays it for its recipient, by name, and counts the play for the link', async ({
  adminPage: page,
  browser,
}) => {
  test.setTimeout(90_000);
  const admin = await apiAs(ADMIN);
  const found = await admin.get(`/api/assets?q=${encodeURIComponent(DEMO)}`);
  const asset = (found.hits as { id: string; title: string }[]).find((hit) => hit.title === DEMO);
  expect(asset, 'the sample click-through demo').toBeTruthy();
  const assetId = asset?.id as string;
  const linkName = `Pipeline tour for Ada ${Date.now()}`;
  const made = await admin.post(`/api/assets/${assetId}/share-links`, {
    name: linkName,
    audience: 'recipient',
    accountName: 'Acme Robotics',
    recipients: [{ name: 'Ada Lovelace', email: 'ada@acme-robotics.example' }],
  });
  const address = new URL(made.url as string);

  // The recipient: a fresh browser, no session of the workspace, and a forged name in the address.
  const outsider = await browser.newContext();
  const visitor = await outsider.newPage();
  await visitor.goto(`${address.pathname}?first_name=Mallory`);
  await expect(visitor.getByRole('heading', { level: 1, name: DEMO })).toBeVisible();
  const frame = visitor.frameLocator(`iframe[title="${DEMO} (interactive demo)"]`);
  const player = frame.getByRole('region', { name: 'Interactive demo' });
  const tip = player.locator('.scp-tip');
  await expect(tip.getByRole('heading', { level: 2 })).toHaveText('Your first pipeline, Ada');
  await expect(tip).toContainText('Acme Robotics');
  await expect(frame.locator('body')).not.toContainText('Mallory');
  await visitor.screenshot({ path: 'test-results/share-click-through.png', fullPage: true });
  // The page and the player in its frame pass the same accessibility checks as the app.
  const { violations } = await new AxeBuilder({ page: visitor })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
    .analyze();
  expect(violations.map((violation) => `${violation.id}: ${violation.help}`)).toEqual([]);

  // Play a step: the intro's Start, then the first screen's hotspot.
  await tip.getByRole('button', { name: 'Start' }).click();
  await expect(player.locator('.scp-count')).toHaveText(/^Step 2 of \d+$/);
  await expect(tip.getByRole('heading', { level: 2 })).toHaveText('Open the project');
  await player.locator('.scp-hotspot').click();
  await expect(player.locator('.scp-count')).toHaveText(/^Step 3 of \d+$/);
  // Leaving the page sends what is queued (sendBeacon on pagehide).
  await visitor.close();
  await outsider.close();

  // The session is the link's and Ada's: the link counts the play, on the API and on the asset's page.
  await expect
    .poll(
      async () => {
        const { links } = await admin.get(`/api/assets/${assetId}/share-links`);
        return links.find((link: { name: string }) => link.name === linkName)?.stats.plays;
      },
      { timeout: 20_000 },
    )
    .toBe(1);
  await page.goto(`/library/assets/${assetId}`);
  const row = page
    .getByRole('table', { name: 'Share links' })
    .getByRole('row', { name: new RegExp(linkName) });
  await expect(row).toContainText('1 play, 0 to the end');
  await admin.dispose();
});
