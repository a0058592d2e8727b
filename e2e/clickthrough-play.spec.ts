import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import AxeBuilder from '@axe-core/playwright';
import { expect, type Page, test } from '@playwright/test';
import { unzipSync } from 'fflate';
import { PLAYER_MESSAGE_TYPE } from '../shared/clickthrough.ts';
import { publishClickThrough } from './clickthrough-api.ts';
import { signInViaApi } from './fixtures.ts';
import { PlayerPage } from './pages/PlayerPage.ts';
import { baseURL, startHostServer } from './player-fixture.ts';

/** WCAG 2.2 A and AA, what axe can check. */
const wcag22 = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

async function expectNoAxeViolations(page: Page) {
  const { violations } = await new AxeBuilder({ page }).withTags(wcag22).analyze();
  expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
}

test.describe('a published click-through demo', () => {
  let demo: Awaited<ReturnType<typeof publishClickThrough>>;
  test.beforeAll(async () => {
    test.setTimeout(120_000);
    demo = await publishClickThrough({
      title: `Lumenstack release walk-through ${Date.now()}`,
      visibility: 'external',
    });
  });
  test.afterAll(async () => demo?.dispose());

  test('plays on its public page by keyboard alone: Tab to the hotspot, Enter, arrows, chapter menu, restart', async ({
    page,
  }) => {
    const player = new PlayerPage(page);
    await page.goto(`/play/${demo.id}?company=Acme&first_name=Ana`);
    await expect(page.locator('link[rel="alternate"][type="application/json+oembed"]')).toHaveCount(1);
    await player.expectStep(1, 10, 'Hello Ana');
    await expect(player.tooltip).toContainText('See how Acme ships a release');
    await expectNoAxeViolations(page);

    // Tab order: chapter menu, the intro's Start; Enter starts, focus lands on the hotspot.
    await player.chapter.focus();
    await page.keyboard.press('Tab');
    await expect(player.tooltip.getByRole('button', { name: 'Start' })).toBeFocused();
    await page.keyboard.press('Enter');
    await player.expectStep(2, 10, 'Screen 1');
    await expect(player.hotspot).toBeFocused();
    await expect(player.player.locator('img')).toHaveJSProperty('complete', true);
    expect(await player.player.locator('img').evaluate((img: HTMLImageElement) => img.naturalWidth)).toBe(
      960,
    );
    await expectNoAxeViolations(page);
    await page.keyboard.press('Enter');
    await player.expectStep(3, 10, 'Screen 2');
    await expect(player.live).toHaveText('Step 3 of 10: Screen 2. What screen 2 shows, for Acme.');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await player.expectStep(5, 10, 'Screen 4');
    await page.keyboard.press('ArrowLeft');
    await player.expectStep(4, 10, 'Screen 3');

    // The chapter menu by keyboard, then on to the end; the call to action carries the company.
    await player.chapter.focus();
    await player.chapter.selectOption({ label: 'Ship' });
    await player.expectStep(6, 10, 'Screen 5');
    await player.tabToHotspot();
    for (let n = 6; n <= 10; n++) await page.keyboard.press('Enter');
    await player.expectStep(10, 10, 'Your turn');
    await expect(player.tooltip.getByRole('link', { name: /Start a trial/ })).toHaveAttribute(
      'href',
      'https://lumenstack.example/trial?company=Acme',
    );
    await expectNoAxeViolations(page);

    // Restart from the keyboard, and Tab leaves the player (no trap).
    await player.nav().getByRole('button', { name: 'Restart' }).focus();
    await page.keyboard.press('Enter');
    await player.expectStep(1, 10, 'Hello Ana');
    await page.keyboard.press('Tab');
    await expect(player.player.locator(':focus')).toHaveCount(0);
  });

  test('embedded on a page of another origin, it tells the host about step views, the CTA and completion', async ({
    page,
  }) => {
    const host = await startHostServer(`${baseURL}/play/${demo.id}?embed=1&company=Acme`);
    try {
      await page.goto(host.origin);
      const frame = page.frameLocator('iframe[title="Lumenstack demo"]');
      await expect(frame.locator('.scp-count')).toHaveText('Step 1 of 10');
      await frame.getByRole('button', { name: 'Start', exact: true }).click();
      for (let n = 1; n <= 8; n++) await frame.locator('.scp-hotspot').click();
      await expect(frame.locator('.scp-count')).toHaveText('Step 10 of 10');
      const popup = page.context().waitForEvent('page');
      await frame.getByRole('link', { name: /Start a trial/ }).click();
      await (await popup).close();

      const received = () =>
        page.evaluate(
          () =>
            (window as unknown as { received: { origin: string; data: { event: string; step: number } }[] })
              .received,
        );
      await expect.poll(async () => (await received()).length).toBe(12);
      const messages = await received();
      expect(
        messages.every(
          (m) => m.origin === baseURL && (m.data as { type?: string }).type === PLAYER_MESSAGE_TYPE,
        ),
      ).toBe(true);
      expect(messages.map((m) => [m.data.event, m.data.step])).toEqual([
        ...Array.from({ length: 10 }, (_, i) => ['step_viewed', i + 1]),
        ['completed', 10],
        ['cta_clicked', 10],
      ]);
    } finally {
      await host.close();
    }
  });

  test('its exported zip plays from disk with the network off', async ({ page, context }) => {
    const dir = mkdtempSync(join(tmpdir(), 'showcase-export-'));
    const files = unzipSync(new Uint8Array(await demo.exportZip()));
    for (const [name, bytes] of Object.entries(files)) {
      mkdirSync(dirname(join(dir, name)), { recursive: true });
      writeFileSync(join(dir, name), bytes);
    }
    expect(Object.keys(files).filter((name) => name.startsWith('images/'))).toHaveLength(8);
    await context.setOffline(true);
    await context.route(/^(?!file:)/, (route) => route.abort());
    const failed: string[] = [];
    page.on('requestfailed', (request) => failed.push(request.url()));

    const player = new PlayerPage(page);
    await page.goto(`${pathToFileURL(join(dir, 'index.html')).href}?company=Acme`);
    await player.expectStep(1, 10, 'Hello there');
    await expect(player.tooltip).toContainText('See how Acme ships a release');
    await player.tooltip.getByRole('button', { name: 'Start' }).click();
    for (let n = 1; n <= 8; n++) {
      await player.expectStep(n + 1, 10, `Screen ${n}`);
      await expect(player.player.locator('img')).toHaveJSProperty('complete', true);
      expect(await player.player.locator('img').evaluate((img: HTMLImageElement) => img.naturalWidth)).toBe(
        960,
      );
      await player.hotspot.click();
    }
    await player.expectStep(10, 10, 'Your turn');
    expect(failed).toEqual([]);
  });
});

test('an internal click-through demo plays only for signed-in people', async ({ page, browser }) => {
  const demo = await publishClickThrough({
    title: `Internal walk-through ${Date.now()}`,
    visibility: 'internal',
  });
  try {
    const anonymous = await browser.newContext({ baseURL });
    const signedOut = await anonymous.request.get(`/play/${demo.id}`);
    expect(signedOut.status()).toBe(404);
    expect(await signedOut.text()).not.toContain('player-document');
    expect(
      (
        await anonymous.request.get(
          `/api/oembed?url=${encodeURIComponent(`${baseURL}/play/${demo.id}`)}&format=json`,
        )
      ).status(),
    ).toBe(404);
    await anonymous.close();

    await signInViaApi(page);
    const player = new PlayerPage(page);
    await page.goto(`/play/${demo.id}`);
    await player.expectStep(1, 10, 'Hello there');
    await expect(page.locator('link[rel="alternate"][type="application/json+oembed"]')).toHaveCount(0);
  } finally {
    await demo.dispose();
  }
});
