import { test as base, expect, type Page } from '@playwright/test';

export const ADMIN = { email: 'admin@showcase.test', password: 'e2e-admin-password' };

/** Signs in through the API; the session cookie lands in the page's browser context. */
export async function signInViaApi(page: Page, account = ADMIN) {
  const response = await page.request.post('/api/auth/sign-in', { data: account });
  expect(response.status()).toBe(200);
}

export const test = base.extend<{ adminPage: Page }>({
  adminPage: async ({ page }, use) => {
    await signInViaApi(page);
    await use(page);
  },
});

export { expect };
