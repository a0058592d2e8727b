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
    return this.facetGroup(facet).getByRole('checkbox', { name: new RegExp(`^${value}`) });
  }

  /** Ticks a facet value; the page applies it through the URL, so wait for the box to show it. */
  async applyFacet(facet: string, value: string) {
    // Long facets show their first values only: open the rest when the value is among them.
    const more = this.facetGroup(facet).getByRole('button', { name: /^Show \d+ more$/ });
    await this.facetGroup(facet).getByRole('checkbox').first().waitFor();
    if (!(await this.facet(facet, value).isVisible()) && (await more.isVisible())) await more.click();
    await this.facet(facet, value).click();
    await this.facet(facet, value).and(this.page.locator(':checked')).waitFor();
  }

  facetGroup(facet: string) {
    return this.page.getByRole('group', { name: facet, exact: true });
  }

  /** The filters in force above the results, each a chip with its own remove button. */
  chips() {
    return this.page.getByRole('group', { name: 'Filters in use' });
  }
}
