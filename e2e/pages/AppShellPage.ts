import type { Page } from '@playwright/test';

/** Navigation that every signed-in page shares. */
export class AppShellPage {
  readonly page: Page;
  constructor(page: Page) {
    this.page = page;
  }

  nav() {
    return this.page.getByRole('navigation', { name: 'Main navigation' });
  }

  async goToSection(name: 'Library' | 'Requests' | 'Demos' | 'Plan' | 'Insights' | 'Settings') {
    await this.nav().getByRole('link', { name }).click();
    await this.page.getByRole('heading', { level: 1, name }).waitFor();
  }

  async signOut() {
    await this.page.getByRole('button', { name: 'User menu' }).click();
    await this.page.getByRole('menuitem', { name: 'Sign out' }).click();
    await this.page.getByRole('heading', { name: 'Sign in to Showcase' }).waitFor();
  }
}
