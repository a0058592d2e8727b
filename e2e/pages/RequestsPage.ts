import { expect, type Locator, type Page } from '@playwright/test';
import { dragWithKeyboard } from './keyboardDrag.ts';

/** Request intake, the board and a request's page. */
export class RequestsPage {
  readonly page: Page;
  constructor(page: Page) {
    this.page = page;
  }

  /**
   * Picks an option of a select. The intake form grows as suggestions arrive, which can close an
   * open dropdown under the pointer; then the select is opened again and the option picked.
   */
  async choose(label: string, option: string) {
    const input = this.page
      .getByRole('textbox', { name: label })
      .or(this.page.getByRole('combobox', { name: label }))
      .first();
    await expect(async () => {
      await input.click();
      await this.page.getByRole('option', { name: option, exact: true }).click({ timeout: 3_000 });
    }).toPass({ timeout: 20_000 });
  }

  async fileBasics(title: string, type: string) {
    await this.page.goto('/requests/new');
    await this.page.getByLabel('What do you need?').fill(title);
    await this.choose('Deliverable type', type);
    await this.page.getByLabel('Business goal or opportunity').fill('Win the Q1 platform deals');
  }

  column(state: string) {
    return this.page.getByLabel(`${state} column`);
  }

  /**
   * A board card, found as a screen reader finds it: a button named by its text, which starts
   * "#number · team" and holds the title.
   */
  card(number: number | string, title: string, within: Page | Locator = this.page) {
    const escaped = title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    return within.getByRole('button', { name: new RegExp(`^#${number} · .*${escaped}`) });
  }

  /** Every card of a column. */
  cards(state: string) {
    return this.column(state).getByRole('button', { name: /^#\d+ · / });
  }

  /** Moves a board card one column to the right with the keyboard, as a keyboard user would. */
  async moveCardRight(card: Locator) {
    await dragWithKeyboard(this.page, card, ['ArrowRight']);
  }
}
