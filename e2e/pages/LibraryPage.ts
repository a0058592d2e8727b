import type { Page } from '@playwright/test';

/** The library search page and an asset's page. */
export class LibraryPage {
  readonly page: Page;
  constructor(page: Page) {
    this.page = page;
  }

  async search(text: string) {
    await this.page.getByRole('textbox', { name: 'Search the library' }).fill(text);
    await this.page.waitForURL((url) => url.searchParams.get('q') === text);
  }

  results() {
    return this.page.getByRole('article');
  }

  facet(facet: string, value: string) {
    return this.page
      .getByRole('group', { name: facet })
      .getByRole('checkbox', { name: new RegExp(`^${value}`) });
  }

  /** Ticks a facet value; the page applies it through the URL, so wait for the box to show it. */
  async applyFacet(facet: string, value: string) {
    await this.facet(facet, value).click();
    await this.facet(facet, value).and(this.page.locator(':checked')).waitFor();
  }
}
