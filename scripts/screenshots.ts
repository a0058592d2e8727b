/**
 * Takes screenshots of the main pages of a running Showcase, for the README and for looking at
 * what was built: node scripts/screenshots.ts [baseUrl] [outDir]
 */
import { mkdirSync } from 'node:fs';
import { chromium } from '@playwright/test';

const baseUrl = process.argv[2] ?? 'http://localhost:3000';
const outDir = process.argv[3] ?? 'docs/screenshots';
const email = process.env.SCREENSHOT_EMAIL ?? 'admin@showcase.test';
const password = process.env.SCREENSHOT_PASSWORD ?? 'e2e-admin-password';
mkdirSync(outDir, { recursive: true });

const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: [
    '--headless',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
  ],
});
for (const scheme of ['light', 'dark'] as const) {
  for (const [width, height, label] of [
    [1440, 900, 'desktop'],
    [390, 844, 'phone'],
  ] as const) {
    const context = await browser.newContext({
      viewport: { width, height },
      colorScheme: scheme,
      baseURL: baseUrl,
    });
    const page = await context.newPage();
    await page.goto('/sign-in');
    await page.waitForLoadState('networkidle');
    if (scheme === 'light' && label === 'desktop') await page.screenshot({ path: `${outDir}/sign-in.png` });
    await page.request.post('/api/auth/sign-in', { data: { email, password } });
    for (const path of [
      '/settings/deliverable-types',
      '/settings/team-members',
      '/settings/taxonomy/use_case',
      '/settings/users',
      '/library',
      '/account',
    ]) {
      await page.goto(path);
      await page.waitForLoadState('networkidle');
      const name = path.replace(/^\//, '').replaceAll('/', '-');
      await page.screenshot({
        path: `${outDir}/${name}-${label}-${scheme}.png`,
        fullPage: label === 'phone',
      });
    }
    await context.close();
  }
}
await browser.close();
console.log(`Screenshots in ${outDir}`);
