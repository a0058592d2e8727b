import { expect, type Locator, type Page } from '@playwright/test';

/** The click-through player (web/player) as a viewer meets it. */
export class PlayerPage {
  readonly page: Page;
  readonly player: Locator;
  readonly hotspot: Locator;
  readonly tooltip: Locator;
  readonly count: Locator;
  readonly chapter: Locator;
  readonly live: Locator;

  constructor(page: Page) {
    this.page = page;
    this.player = page.getByRole('region', { name: 'Interactive demo' });
    this.hotspot = this.player.locator('.scp-hotspot');
    this.tooltip = this.player.locator('.scp-tip');
    this.count = this.player.locator('.scp-count');
    this.chapter = this.player.getByLabel('Chapter');
    this.live = this.player.locator('[aria-live="polite"]');
  }

  nav() {
    return this.player.getByRole('navigation', { name: 'Demo steps' });
  }

  async expectStep(n: number, total: number, title?: string) {
    await expect(this.count).toHaveText(`Step ${n} of ${total}`);
    if (title) await expect(this.tooltip.getByRole('heading', { level: 2 })).toHaveText(title);
  }

  /** Presses Tab until the hotspot has focus (a real button in the tab order). */
  async tabToHotspot(limit = 12) {
    for (let i = 0; i < limit; i++) {
      await this.page.keyboard.press('Tab');
      if (await this.hotspot.evaluate((element) => element === document.activeElement)) return;
    }
    throw new Error(`the hotspot was not reached in ${limit} presses of Tab`);
  }
}
