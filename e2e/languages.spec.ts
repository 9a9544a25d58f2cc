import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { readPngText } from '../src/lib/png-text';

/** Every font file the page asks for, as it asks. */
function fontRequests(page: Page): string[] {
  const urls: string[] = [];
  page.on('request', (r) => {
    if (r.url().includes('/fonts/')) urls.push(new URL(r.url()).pathname);
  });
  return urls;
}

const CASES = [
  {
    lang: 'uk',
    title: 'Головні цифри',
    killed: 'понад 100 загиблих',
    newest: 'приблизно 2\u00a0000 загиблих',
    date: '23 грудня 2024 р.',
    font: 'Dashboard Cyrillic',
    file: '/fonts/cyrillic-',
  },
  {
    lang: 'ko',
    title: '주요 수치',
    killed: '사망자 100명 초과',
    newest: '사망자 약 2,000명',
    date: '2024년 12월 23일',
    font: 'Dashboard Hangul',
    file: '/fonts/hangul-',
  },
] as const;

for (const c of CASES) {
  test(`at ?lang=${c.lang} the headline figures, dates and a PNG are in that language`, async ({
    page,
  }) => {
    const fonts = fontRequests(page);
    await page.setViewportSize({ width: 1366, height: 900 });
    await page.goto(`/?lang=${c.lang}`);
    await expect(page.locator('html')).toHaveAttribute('lang', c.lang);
    const panel = page.locator('section[data-panel="overview"]');
    await expect(panel.locator('.panel__title')).toHaveText(c.title);
    const killed = panel.locator('li.headline[data-claim="report-killed"]');
    await expect(killed.locator('.headline__cell--report .headline__words')).toHaveText(c.killed);
    await expect(killed.locator('.headline__cell--newer .headline__words')).toHaveText(c.newest);
    await expect(killed.locator('.headline__cell--report .headline__by')).toContainText(c.date);
    // The dataset's own words stay English, marked so that a screen reader says them so.
    await expect(killed.locator('.headline__label')).toHaveAttribute('lang', 'en');
    await expect(page.getByRole('navigation', { name: /Мова|언어/ })).toBeVisible();

    // The language's own font is on the page and drawn with.
    await expect
      .poll(() => page.evaluate((f) => document.fonts.check(`16px '${f}'`), c.font))
      .toBe(true);
    expect(fonts.some((f) => f.startsWith(c.file))).toBe(true);

    const [file] = await Promise.all([
      page.waitForEvent('download'),
      panel.getByRole('button', { name: 'PNG', exact: true }).click(),
    ]);
    const png = readFileSync(await file.path());
    expect(file.suggestedFilename()).toMatch(/^[a-z0-9.-]+$/);
    expect(readPngText(png).Title).toBe(c.title);
    await page.screenshot({ path: `e2e/screenshots/languages-${c.lang}-desktop.png` });
    await page.setViewportSize({ width: 390, height: 844 });
    await page.screenshot({ path: `e2e/screenshots/languages-${c.lang}-phone.png` });
  });
}

test('an English page loads no extra font, and the switch goes to Ukrainian with the view kept', async ({
  page,
}) => {
  const fonts = fontRequests(page);
  await page.goto('/?measure=injured');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.locator('section[data-panel="overview"] .panel__title')).toHaveText(
    'The headline figures',
  );
  await expect(page.locator('section[data-panel="casualties"] .recharts-surface')).toBeVisible();
  expect(fonts).toEqual([]);
  await page.getByRole('link', { name: 'Українська' }).click();
  await expect(page).toHaveURL(/measure=injured/);
  await expect(page).toHaveURL(/lang=uk/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'uk');
  await expect(page.locator('section[data-panel="overview"] .panel__title')).toHaveText(
    'Головні цифри',
  );
});
