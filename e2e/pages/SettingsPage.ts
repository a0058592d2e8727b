import type { Page } from '@playwright/test';
import { dragWithKeyboard } from './keyboardDrag.ts';

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
    await dragWithKeyboard(this.page, handle.first(), Array(steps).fill('ArrowDown'));
  }
}
