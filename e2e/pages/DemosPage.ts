import type { Page } from '@playwright/test';

/** The Demos section: freshness view, releases and a demo's page. */
export class DemosPage {
  readonly page: Page;
  constructor(page: Page) {
    this.page = page;
  }

  async open(tab: 'Freshness' | 'Releases' | 'Product catalogue' = 'Freshness') {
    await this.page.goto('/demos');
    await this.page.getByRole('tab', { name: tab }).click();
  }

  async importRelease(version: string, file: { name: string; content: string }) {
    await this.open('Releases');
    await this.page.getByRole('button', { name: 'Import release' }).click();
    const dialog = this.page.getByRole('dialog', { name: 'Import a release' });
    await dialog.getByRole('combobox', { name: 'Format' }).click();
    await this.page.getByRole('option', { name: /^JSON/ }).click();
    await dialog.getByRole('textbox', { name: 'Version' }).fill(version);
    await dialog.locator('input[type="file"]').setInputFiles({
      name: file.name,
      mimeType: 'application/json',
      buffer: Buffer.from(file.content),
    });
    await dialog.getByRole('button', { name: 'Import and analyse' }).click();
    return dialog;
  }

  row(title: string) {
    return this.page.getByRole('row').filter({ has: this.page.getByRole('link', { name: title }) });
  }

  flag(version: string) {
    return this.page.getByLabel(`Flag from release ${version}`);
  }
}
