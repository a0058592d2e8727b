import { expect, test } from './fixtures.ts';
import { SettingsPage } from './pages/SettingsPage.ts';

test('adds a webhook to an internal host once it is allowed, sees its secret once and rotates it', async ({
  adminPage: page,
}) => {
  await page.goto('/settings');
  const settings = new SettingsPage(page);
  await settings.open('Webhooks');
  await expect(page.getByRole('heading', { name: 'Checking signatures' })).toBeVisible();
  await expect(page.getByText(/X-Showcase-Signature is "v1=" followed by the hex HMAC-SHA256/)).toBeVisible();

  // An internal address is refused, naming the field.
  const addWebhook = async () => {
    await page.getByRole('button', { name: 'Add webhook' }).click();
    const dialog = page.getByRole('dialog', { name: 'Add webhook' });
    await dialog.getByLabel('Name').fill('Internal Slack proxy');
    await dialog.getByLabel('URL').fill('http://127.0.0.1:9/slack');
    await dialog.getByRole('button', { name: 'Add' }).click();
    return dialog;
  };
  const refused = await addWebhook();
  await expect(
    refused.getByText(/must not point at a loopback, link-local or private address/),
  ).toBeVisible();
  await refused.getByRole('button', { name: 'Cancel' }).click();

  // Allowed, it is added, and its signing secret is shown this once.
  const hosts = page.getByRole('combobox', { name: 'Hosts' });
  await hosts.fill('127.0.0.1');
  await hosts.press('Enter');
  await page.getByRole('button', { name: 'Save allowed hosts' }).click();
  await expect(page.getByText('Allowed hosts saved')).toBeVisible();
  await addWebhook();
  const reveal = page.getByRole('dialog', { name: 'Signing secret of Internal Slack proxy' });
  const secret = ((await reveal.locator('pre').textContent()) ?? '').trim();
  expect(secret).toMatch(/^whsec_/);
  await expect(reveal.getByRole('button', { name: 'Done' })).toBeVisible();
  await page.screenshot({ path: 'test-results/webhooks-secret.png', animations: 'disabled' });
  await reveal.getByRole('button', { name: 'Done' }).click();
  await expect(page.getByRole('table', { name: 'Webhooks' }).getByText('Internal Slack proxy')).toBeVisible();
  await expect(page.getByText(secret)).toHaveCount(0);
  await page.screenshot({ path: 'test-results/webhooks-page.png', fullPage: true });

  // Rotating asks first, then shows the new secret.
  await page.getByRole('button', { name: 'Rotate secret of Internal Slack proxy' }).click();
  await page
    .getByRole('dialog', { name: 'Rotate the secret of Internal Slack proxy?' })
    .getByRole('button', { name: 'Rotate secret' })
    .click();
  const rotated = page.getByRole('dialog', { name: 'Signing secret of Internal Slack proxy' });
  const next = ((await rotated.locator('pre').textContent()) ?? '').trim();
  expect(next).toMatch(/^whsec_/);
  expect(next).not.toBe(secret);
  await rotated.getByRole('button', { name: 'Done' }).click();

  // A host that is not a host is refused with a reason.
  await hosts.fill('https://proxy.internal/path');
  await hosts.press('Enter');
  await page.getByRole('button', { name: 'Save allowed hosts' }).click();
  await expect(page.getByText(/must be a host name or IP address/)).toBeVisible();
});
