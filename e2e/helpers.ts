import type { Page } from '@playwright/test';
import { mkdirSync } from 'node:fs';

export const SCREENSHOT_DIR = 'e2e/screenshots';
mkdirSync(SCREENSHOT_DIR, { recursive: true });

export const WIDTHS = { phone: 390, desktop: 1366 } as const;

/** Saves what the window shows, and the whole page, where a person can look at them after the run. */
export async function saveScreenshot(page: Page, name: string) {
  await page.screenshot({ path: `${SCREENSHOT_DIR}/${name}.png` });
  await page.screenshot({ path: `${SCREENSHOT_DIR}/${name}-full.png`, fullPage: true });
}

/** Collects console errors and page errors so a test can assert there were none. */
export function watchConsole(page: Page) {
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(error.message));
  return errors;
}
