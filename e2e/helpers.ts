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

/**
 * For a test of something other than the map: the page finds no WebGL, so the map is its text
 * version, and the test does not wait on the seconds a software-drawn map holds the page's one
 * thread (e2e/map*.spec.ts test the map itself).
 */
export async function withoutWebGL(page: Page) {
  await page.addInitScript(() => {
    const getContext = HTMLCanvasElement.prototype.getContext;
    HTMLCanvasElement.prototype.getContext = function (
      this: HTMLCanvasElement,
      type: string,
      ...rest: unknown[]
    ) {
      if (type === 'webgl' || type === 'webgl2') return null;
      return (getContext as (...args: unknown[]) => unknown).call(this, type, ...rest);
    } as typeof getContext;
  });
}
