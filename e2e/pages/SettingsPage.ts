import type { Page } from '@playwright/test';

/** Settings sections and the controls the tests use. */
export class SettingsPage {
  readonly page: Page;
  constructor(page: Page) {
    this.page = page;
  }

  async open(section: string) {
    await this.page
      .getByRole('navigation', { name: 'Settings sections' })
      .getByRole('link', { name: section })
      .click();
    await this.page
      .getByRole('heading', { level: 2, name: section === 'General' ? 'General' : section })
      .waitFor();
  }

  rankedTypes() {
    return this.page.getByRole('list', { name: 'Deliverable types by rank' }).getByRole('listitem');
  }

  /** Moves a deliverable type down by `steps` with the keyboard, as a keyboard user would. */
  async moveTypeDown(name: string, steps: number) {
    const handle = this.page
      .getByRole('button', { name: `Reorder ${name}` })
      .or(this.page.getByLabel(`Reorder ${name}`));
    await handle.first().focus();
    await this.page.keyboard.press('Space');
    for (let step = 0; step < steps; step++) {
      await this.page.keyboard.press('ArrowDown');
      await this.page.waitForTimeout(150);
    }
    await this.page.keyboard.press('Space');
  }
}
