import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { PLAYER_MESSAGE_TYPE } from '../shared/clickthrough.ts';
import { PlayerPage } from './pages/PlayerPage.ts';
import { startHostServer, startPlayerServer, writeStandaloneExport } from './player-fixture.ts';

/** WCAG 2.2 A and AA, what axe can check. */
const wcag22 = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

test.describe('the click-through player from disk, offline (the standalone export)', () => {
  let url = '';
  test.beforeAll(async () => {
    const { dir } = await writeStandaloneExport();
    url = `${pathToFileURL(join(dir, 'index.html')).href}?company=Acme%20%26%20Co&first_name=Ana`;
  });

  test.beforeEach(async ({ context }) => {
    await context.setOffline(true);
    await context.route(/^(?!file:)/, (route) => route.abort());
  });

  test('walks through every step by keyboard, hotspot and chapter menu', async ({ page }) => {
    const failed: string[] = [];
    page.on('requestfailed', (request) => failed.push(request.url()));
    const player = new PlayerPage(page);
    await page.goto(url);
    await expect(page).toHaveTitle('Lumenstack in ten steps');
    await player.expectStep(1, 10, 'Hello Ana');
    await expect(player.tooltip).toContainText('See how Acme & Co ships a release');

    // The intro's Start, then the hotspot by Tab and Enter: focus stays on the hotspot.
    await player.tooltip.getByRole('button', { name: 'Start' }).click();
    await player.expectStep(2, 10, 'Screen 1');
    await expect(player.hotspot).toBeFocused();
    await expect(player.live).toHaveText('Step 2 of 10: Screen 1. What screen 1 shows, for Acme & Co.');
    await expect(player.player.locator('img')).toHaveJSProperty('complete', true);
    expect(await player.player.locator('img').evaluate((img: HTMLImageElement) => img.naturalWidth)).toBe(
      960,
    );
    await page.keyboard.press('Enter');
    await player.expectStep(3, 10, 'Screen 2');
    await page.keyboard.press('ArrowRight');
    await player.expectStep(4, 10, 'Screen 3');
    await page.keyboard.press('ArrowLeft');
    await player.expectStep(3, 10, 'Screen 2');

    // The hotspot is a button named by what it does, Tab reaches it, and its focus ring shows.
    await page.locator('body').click({ position: { x: 2, y: 2 } });
    await player.tabToHotspot();
    await expect(player.hotspot).toHaveAccessibleName('Screen 2: continue to step 4 of 10');
    expect(await player.hotspot.evaluate((el) => getComputedStyle(el).outlineStyle)).toBe('solid');
    await page.keyboard.press('Enter');
    await player.expectStep(4, 10, 'Screen 3');

    // The chapter menu jumps; Back and Next in the toolbar keep their focus.
    await player.chapter.selectOption({ label: 'Ship' });
    await player.expectStep(6, 10, 'Screen 5');
    await player.nav().getByRole('button', { name: 'Back' }).click();
    await player.expectStep(5, 10, 'Screen 4');
    await expect(player.nav().getByRole('button', { name: 'Back' })).toBeFocused();
    await expect(player.chapter).toHaveValue('1');

    // The last step: the personalised call to action opens in a new tab.
    for (let n = 6; n <= 10; n++) await player.nav().getByRole('button', { name: 'Next' }).click();
    await player.expectStep(10, 10, 'Your turn, Ana');
    const cta = player.tooltip.getByRole('link', { name: /Start a trial for Acme & Co/ });
    await expect(cta).toHaveAttribute('href', 'https://lumenstack.example/trial?company=Acme%20%26%20Co');
    await expect(cta).toHaveAttribute('target', '_blank');
    await expect(player.nav().getByRole('button', { name: 'Next' })).toHaveAttribute('aria-disabled', 'true');

    // Restart, and no keyboard trap: Tab leaves the player for the transcript.
    await player.nav().getByRole('button', { name: 'Restart' }).click();
    await player.expectStep(1, 10, 'Hello Ana');
    await page.getByRole('heading', { name: 'Text version of the 10 steps' }).scrollIntoViewIfNeeded();
    await page.getByRole('link', { name: 'Start a trial for your team' }).focus();
    await page.keyboard.press('Shift+Tab');
    await expect(page.getByRole('link', { name: 'Start a trial for your team' })).not.toBeFocused();
    expect(failed).toEqual([]);
  });

  test('fills tokens from the address as text, never as markup', async ({ page }) => {
    const player = new PlayerPage(page);
    const hostile = encodeURIComponent('<img src=x id=injected>"&');
    await page.goto(`${url.split('?')[0]}?company=${hostile}&first_name=${hostile}`);
    await player.expectStep(1, 10, 'Hello <img src=x id=injected>"&');
    await expect(player.tooltip).toContainText('See how <img src=x id=injected>"& ships');
    await expect(page.locator('#injected')).toHaveCount(0);
    await player.chapter.selectOption({ label: 'Ship' });
    for (let n = 6; n < 10; n++) await player.nav().getByRole('button', { name: 'Next' }).click();
    await expect(player.tooltip.getByRole('link', { name: /Start a trial/ })).toHaveAttribute(
      'href',
      'https://lumenstack.example/trial?company=%3Cimg%20src%3Dx%20id%3Dinjected%3E%22%26',
    );
  });

  test('pauses the timer on hover and by the viewer, and advances when left alone', async ({ page }) => {
    const player = new PlayerPage(page);
    await page.goto(url);
    await player.chapter.selectOption({ label: 'Set up' });
    await player.nav().getByRole('button', { name: 'Next' }).click();
    await player.nav().getByRole('button', { name: 'Next' }).click();
    await player.nav().getByRole('button', { name: 'Next' }).click();
    await player.expectStep(5, 10, 'Screen 4');
    await player.tooltip.getByRole('button', { name: 'Pause' }).click();
    await page.mouse.move(1, 1);
    await player.nav().getByRole('button', { name: 'Back' }).focus();
    await expect(player.tooltip).toContainText('Paused');
    await page.waitForTimeout(2500);
    await player.expectStep(5, 10);
    await player.tooltip.getByRole('button', { name: 'Resume' }).click();
    await player.nav().getByRole('button', { name: 'Back' }).focus();
    await page.mouse.move(1, 1);
    await player.expectStep(6, 10, 'Screen 5');
  });

  test('passes axe (WCAG 2.2 AA) and honours reduced motion', async ({ page }) => {
    const player = new PlayerPage(page);
    await page.goto(url);
    for (const step of [1, 2, 10]) {
      await player.player.locator('select').selectOption(step === 1 ? '0' : step === 2 ? '1' : '5');
      if (step === 10)
        for (let n = 6; n < 10; n++) await player.nav().getByRole('button', { name: 'Next' }).click();
      const { violations } = await new AxeBuilder({ page }).withTags(wcag22).analyze();
      expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual(
        [],
      );
    }
    await player.chapter.selectOption({ label: 'Set up' });
    expect(await player.hotspot.evaluate((el) => getComputedStyle(el).animationName)).toBe('scp-pulse');
    await page.emulateMedia({ reducedMotion: 'reduce' });
    expect(await player.hotspot.evaluate((el) => getComputedStyle(el).animationName)).toBe('none');
  });

  for (const [width, height] of [
    [360, 740],
    [1440, 900],
  ] as const)
    test(`fits a ${width} px wide screen: the hotspot scales with the image`, async ({ page }) => {
      await page.setViewportSize({ width, height });
      const player = new PlayerPage(page);
      await page.goto(url);
      await player.chapter.selectOption({ label: 'Set up' });
      const image = await player.player.locator('img').boundingBox();
      const hotspot = await player.hotspot.boundingBox();
      const tip = await player.tooltip.boundingBox();
      if (!image || !hotspot || !tip) throw new Error('the step is not on screen');
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
      expect(image.width).toBeLessThanOrEqual(width);
      // Screen 1's hotspot: x 0.3, y 0.45, 0.12 × 0.1 of the image (at least 24 px).
      expect(hotspot.x + hotspot.width / 2).toBeCloseTo(image.x + 0.36 * image.width, 0);
      expect(hotspot.y + hotspot.height / 2).toBeCloseTo(image.y + 0.5 * image.height, 0);
      expect(hotspot.width).toBeCloseTo(Math.max(24, 0.12 * image.width), 0);
      if (width < 640) expect(tip.y).toBeGreaterThanOrEqual(image.y + image.height - 12);
      else {
        // Beside the hotspot (room on its right), inside the image.
        expect(tip.x).toBeGreaterThan(hotspot.x + hotspot.width);
        expect(tip.x + tip.width).toBeLessThanOrEqual(image.x + image.width);
      }
    });
});

test.describe('the served player', () => {
  test('sends its events in batches with sendBeacon and posts step views to a host page of another origin', async ({
    page,
  }) => {
    const players = await startPlayerServer();
    const host = await startHostServer(`${players.origin}/play?embed=1&company=Acme`);
    try {
      await page.goto(host.origin);
      const frame = page.frameLocator('iframe[title="Lumenstack demo"]');
      const inFrame = {
        count: frame.locator('.scp-count'),
        start: frame.getByRole('button', { name: 'Start', exact: true }),
        hotspot: frame.locator('.scp-hotspot'),
      };
      await expect(inFrame.count).toHaveText('Step 1 of 10');
      await inFrame.start.click();
      await inFrame.hotspot.click();
      await expect(inFrame.count).toHaveText('Step 3 of 10');

      const messages = () =>
        page.evaluate(
          () => (window as unknown as { received: { origin: string; data: unknown }[] }).received,
        );
      await expect
        .poll(async () => (await messages()).map((m) => (m.data as { step: number }).step))
        .toEqual([1, 2, 3]);
      const [first] = await messages();
      expect(first).toEqual({
        origin: players.origin,
        data: {
          type: PLAYER_MESSAGE_TYPE,
          event: 'step_viewed',
          stepId: players.document.steps[0]?.id,
          step: 1,
          steps: 10,
        },
      });

      // Leaving the page flushes the batch: one session, every event in order, as text/plain JSON.
      await page.goto('about:blank');
      await expect.poll(() => players.batches.flatMap((b) => b.batch.events).length).toBe(5);
      const events = players.batches.flatMap((b) => b.batch.events);
      const [intro, screen1] = players.document.steps;
      expect(events.map((e) => [e.kind, e.stepId])).toEqual([
        ['session_start', undefined],
        ['step_viewed', intro?.id],
        ['step_viewed', screen1?.id],
        ['hotspot_clicked', screen1?.id],
        ['step_viewed', players.document.steps[2]?.id],
      ]);
      expect(events.every((e, i) => e.at >= 0 && e.at >= (events[i - 1]?.at ?? 0))).toBe(true);
      expect(new Set(players.batches.map((b) => b.batch.sessionId)).size).toBe(1);
      expect(players.batches[0]?.batch.versionId).toBe(players.document.versionId);
      expect(players.batches[0]?.contentType).toMatch(/^text\/plain/);
      expect(await page.context().cookies()).toEqual([]);
    } finally {
      await host.close();
      await players.close();
    }
  });
});
