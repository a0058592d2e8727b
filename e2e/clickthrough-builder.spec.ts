import AxeBuilder from '@axe-core/playwright';
import { apiAs } from './api.ts';
import { ADMIN, expect, test } from './fixtures.ts';
import { screenPng } from './player-fixture.ts';

test('builds a click-through demo in the builder: drop and paste screenshots, draw a hotspot, reorder by keyboard, burn in a redaction, publish', async ({
  adminPage: page,
}) => {
  test.setTimeout(120_000);
  const api = await apiAs(ADMIN);
  const formats = (await api.get('/api/settings/terms?kind=format')).terms as { id: string; name: string }[];
  const lists = (await api.get('/api/lists')).lists as { id: string }[];
  const asset = await api.post('/api/assets', {
    title: 'Builder walk-through of merge trains',
    summary: 'Merge trains keep the main branch green.',
    formatId: formats.find((format) => format.name === 'Click-through demo')?.id,
    listIds: [lists[0]?.id],
    visibility: 'external',
  });
  const id = asset.id as string;
  await api.put(`/api/demos/${id}`, {});
  await api.dispose();

  await page.goto(`/demos/${id}/click-through`);
  await expect(page.getByText('No steps yet')).toBeVisible();

  // Three screenshots dropped at once (the picker takes the same path), in order.
  const files = await Promise.all(
    [1, 2, 3].map(async (n) => ({
      name: `screen-${n}.png`,
      mimeType: 'image/png',
      buffer: await screenPng(n, null),
    })),
  );
  await page.locator('input[type="file"]').setInputFiles(files);
  const steps = page.getByRole('list', { name: 'Steps in order' }).getByRole('listitem');
  await expect(steps).toHaveCount(3);

  // A fourth pasted from the clipboard anywhere on the page.
  const pasted = (await screenPng(4, null)).toString('base64');
  await page.evaluate((base64) => {
    const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
    const data = new DataTransfer();
    data.items.add(new File([bytes], 'image.png', { type: 'image/png' }));
    document.body.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true }));
  }, pasted);
  await expect(steps).toHaveCount(4);

  // Draw the first step's hotspot with the mouse, then nudge it with the keyboard.
  await page.getByRole('button', { name: /^Step 1/ }).click();
  const screenshot = page.getByRole('img', { name: /^Screenshot of/ });
  const box = (await screenshot.boundingBox()) as { x: number; y: number; width: number; height: number };
  await page.mouse.move(box.x + box.width * 0.2, box.y + box.height * 0.3);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width * 0.35, box.y + box.height * 0.4, { steps: 5 });
  await page.mouse.up();
  const hotspot = page.getByRole('button', { name: /^Hotspot at 20% from the left, 30% from the top/ });
  await expect(hotspot).toBeVisible();
  await hotspot.focus();
  await page.keyboard.press('ArrowRight');
  await expect(page.getByRole('button', { name: /^Hotspot at 21% from the left/ })).toBeVisible();

  // The tooltip saves when the field is left.
  await page.getByLabel('Tooltip title').fill('Open the merge train');
  await page.getByLabel('Tooltip text').click();
  await expect(page.getByRole('button', { name: 'Step 1 Open the merge train' })).toBeVisible();

  // Move the last step up one place with the keyboard on its handle.
  await page.getByRole('button', { name: /^Reorder Step 4/ }).focus();
  await page.keyboard.press('Space');
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('Space');
  await expect(steps.nth(2)).toContainText(/pasted-|screen-4|Step 3/);
  await page.reload();
  await expect(page.getByRole('button', { name: 'Step 1 Open the merge train' })).toBeVisible();

  // A solid box over a secret, burned into the screenshot.
  await page.getByRole('button', { name: /^Step 2/ }).click();
  await page.getByText('Solid box', { exact: true }).click();
  const second = (await screenshot.boundingBox()) as { x: number; y: number; width: number; height: number };
  await page.mouse.move(second.x + second.width * 0.6, second.y + second.height * 0.6);
  await page.mouse.down();
  await page.mouse.move(second.x + second.width * 0.8, second.y + second.height * 0.7, { steps: 5 });
  await page.mouse.up();
  await page.getByRole('button', { name: 'Burn in the redaction' }).click();
  await expect(page.getByText(/^Solid box at 60%, 60%/)).toBeVisible();

  // Warnings say what is missing; publishing freezes a version.
  await expect(page.getByText(/A click-through demo has 8–12 steps; this one has 4/)).toBeVisible();
  await page.getByRole('button', { name: 'Publish' }).click();
  await expect(page.getByText('Version 1 published', { exact: true })).toBeVisible();

  await page.waitForLoadState('networkidle');
  const { violations } = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
    .analyze();
  expect(violations.map((violation) => `${violation.id}: ${violation.nodes[0]?.target.join(' ')}`)).toEqual(
    [],
  );
});
