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
    summary:
      /^Загиблі: \d+ заяв(и)?; \d+ заявник(и|ів)?; зроблено в проміжку 15 грудня 2024 р\. – /,
    sentence: 'понад 100 загиблих, за даними: НРС Південної Кореї, 23 грудня 2024 р.',
    claimedBy: 'Заявник: НРС Південної Кореї, 23 грудня 2024 р.; джерело:',
    nis: 'НРС Південної Кореї',
    label: 'Загиблі',
    oil: 'понад 1 млн барелів нафти',
    heading: 'Постачання зброї з Північної Кореї до Росії: що заявлено і ким',
    meaning: 'Понад (>) нижня межа: справжня цифра більша',
    embed: 'Вбудувати',
    newestWords: 'Найновіша заява',
  },
  {
    lang: 'ko',
    title: '주요 수치',
    killed: '사망자 100명 초과',
    newest: '사망자 약 2,000명',
    date: '2024년 12월 23일',
    font: 'Dashboard Hangul',
    file: '/fonts/hangul-',
    summary: /^사망자: 주장 \d+건 \(주장한 쪽 \d+곳\), 2024년 12월 15일~/,
    sentence: '국가정보원에 따르면 사망자 100명 초과, 2024년 12월 23일.',
    claimedBy: '국가정보원, 2024년 12월 23일에 주장; 출처:',
    nis: '국가정보원',
    label: '사망자',
    oil: '석유 100만 배럴 초과',
    heading: '북한의 대러시아 무기 공급: 누가 무엇을 주장했나',
    meaning: '초과 (>) 하한: 실제 수치는 이보다 큼',
    embed: '퍼가기',
    newestWords: '최신 주장',
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
    await expect(page.locator('.site-header__title')).toHaveText(c.heading);
    await expect(page.locator('.site-header__title')).not.toHaveAttribute('lang');
    const panel = page.locator('section[data-panel="overview"]');
    await expect(panel.locator('.panel__title')).toHaveText(c.title);
    const killed = panel.locator('li.headline[data-claim="report-killed"]');
    await expect(killed.locator('.headline__cell--report .headline__words')).toHaveText(c.killed);
    await expect(killed.locator('.headline__cell--newer .headline__words')).toHaveText(c.newest);
    await expect(killed.locator('.headline__cell--report .headline__by')).toContainText(c.date);
    // The measure and the claimant are named in the language, as the dataset gives them.
    await expect(killed.locator('.headline__label')).toHaveText(c.label);
    await expect(killed.locator('.headline__cell--report .headline__by')).toContainText(c.nis);
    await expect(panel.locator('.untranslated')).toHaveCount(0);
    // A unit the interface has no words for reads in the dataset's own words for it.
    await expect(
      panel.locator(
        'li.headline[data-claim="report-oil"] .headline__cell--report .headline__words',
      ),
    ).toHaveText(c.oil);
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

for (const c of CASES) {
  test(`at ?lang=${c.lang} a chart's description, key, tooltip, SVG and embed snippet are in that language`, async ({
    page,
  }) => {
    await page.setViewportSize({ width: 1366, height: 900 });
    await page.goto(`/?lang=${c.lang}&measure=killed`);
    const casualties = page.locator('section[data-panel="casualties"]');
    await casualties.scrollIntoViewIfNeeded();
    const chart = casualties.locator('[aria-describedby]').first();
    const description = page.locator(`[id="${await chart.getAttribute('aria-describedby')}"]`);
    await expect(description.locator('p').first()).toHaveText(c.summary);
    await expect(description.locator('li', { hasText: c.sentence })).toHaveCount(1);
    await expect(casualties.locator('.chart-legend')).toContainText(c.meaning);

    await casualties
      .locator('.claim-mark[data-claim="report-killed"] .claim-mark__hit')
      .first()
      .hover();
    const tooltip = casualties.locator('.chart-tooltip');
    await expect(tooltip.locator('.claim-summary__figure')).toHaveText(c.killed);
    await expect(tooltip).toContainText(c.claimedBy);
    // The claimant's name is the dataset's translation; the note stays English, marked as such.
    await expect(tooltip.locator('strong').first()).toHaveText(c.nis);
    await expect(tooltip.locator('strong[lang]')).toHaveCount(0);
    await expect(tooltip.locator('.claim-summary__note')).toHaveAttribute('lang', 'en');
    await casualties.screenshot({ path: `e2e/screenshots/languages-${c.lang}-tooltip.png` });

    // The SVG carries the language's fonts, since it cannot reach the page's once saved.
    const [svgFile] = await Promise.all([
      page.waitForEvent('download'),
      casualties.getByRole('button', { name: 'SVG', exact: true }).click(),
    ]);
    const svg = readFileSync(await svgFile.path(), 'utf8');
    expect(svgFile.suggestedFilename()).toMatch(/^[a-z0-9.-]+\.svg$/);
    expect(svg).toContain(`font-family:'${c.font}'`);
    expect(svg).toMatch(/src:url\(data:font\/woff2;base64,/);
    expect(svg).toContain(
      c.summary.source.startsWith('^Загиблі') ? 'Найновіша заява' : '최신 주장',
    );

    // The embed snippet points at the language's own page, which reads without the script.
    await casualties.getByRole('button', { name: c.embed, exact: true }).click();
    // Pinned to the release on screen by default, which has its pages in each language too.
    const snippet = casualties.locator('.embed-drawer textarea');
    await expect(snippet).toHaveValue(
      new RegExp(`/v/\\d{4}-\\d{2}-\\d{2}/${c.lang}/embed/casualties/\\?measure=killed`),
    );
    await expect(snippet).not.toHaveValue(/lang=/);
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
  await expect(page).toHaveURL(/\/uk\/\?measure=injured/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'uk');
  await expect(page.locator('section[data-panel="overview"] .panel__title')).toHaveText(
    'Головні цифри',
  );
});

test.describe("each language's prerendered pages, with JavaScript off", () => {
  test.use({ javaScriptEnabled: false });

  for (const c of CASES)
    test(`/${c.lang}/ and its chart embed read in that language, in its font`, async ({ page }) => {
      await page.goto(`/${c.lang}/embed/casualties/`);
      await expect(page.locator('html')).toHaveAttribute('lang', c.lang);
      await expect(page).toHaveTitle(
        c.lang === 'uk'
          ? /^Постачання зброї з Північної Кореї до Росії: /
          : /^북한의 대러시아 무기 공급: /,
      );
      const panel = page.locator('section[data-panel="casualties"]');
      await expect(panel.locator('.panel__title')).toHaveText(
        c.lang === 'uk'
          ? 'Північнокорейські війська та втрати, за заявами'
          : '북한군 병력과 사상자: 주장별',
      );
      expect(await panel.locator('svg [data-claim]').count()).toBeGreaterThan(0);
      await expect(panel.locator('.chart-legend')).toContainText(c.meaning);
      await expect
        .poll(() => page.evaluate((f) => document.fonts.check(`16px '${f}'`), c.font))
        .toBe(true);

      await page.goto(`/${c.lang}/`);
      const killed = page.locator('li.headline[data-claim="report-killed"]');
      await expect(killed.locator('.headline__cell--report .headline__words')).toHaveText(c.killed);
      await page.screenshot({ path: `e2e/screenshots/languages-${c.lang}-no-script.png` });
    });
});

test('a prerendered Korean embed takes over without rendering again, and stays Korean', async ({
  page,
}) => {
  const errors: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(e.message));
  // The prerendered panel, taken when the HTML is parsed and before any module script runs.
  await page.addInitScript(() => {
    document.addEventListener('readystatechange', () => {
      if (document.readyState === 'interactive')
        (window as unknown as { prerendered: Element | null }).prerendered =
          document.querySelector('section[data-panel]');
    });
  });
  await page.goto('/ko/embed/casualties/');
  const panel = page.locator('section[data-panel="casualties"]');
  await expect(panel.locator('.recharts-surface')).toBeVisible();
  // Hydrated: the element the HTML made is the one on the page now.
  expect(
    await page.evaluate(
      () => (window as unknown as { prerendered: Element | null }).prerendered?.isConnected,
    ),
  ).toBe(true);
  await expect(panel.locator('.panel__title')).toHaveText('북한군 병력과 사상자: 주장별');
  await expect(panel.getByRole('radio', { name: '부상자' })).toBeVisible();
  // A mismatch between the HTML and the first render would be reported as an error.
  expect(errors).toEqual([]);

  // Asked for in English, the same page is drawn afresh in English.
  await page.goto('/ko/embed/casualties/?lang=en');
  await expect(panel.locator('.panel__title')).toHaveText(
    'North Korean troops and casualties, as claimed',
  );
  expect(
    await page.evaluate(
      () => (window as unknown as { prerendered: Element | null }).prerendered?.isConnected,
    ),
  ).toBe(false);
});

test('names the dataset translates read in the language; a release without them falls back to English, marked', async ({
  page,
}) => {
  await page.goto('/uk/');
  const ledger = page.locator('section[data-panel="claims"]');
  const claimants = ledger.getByLabel('Заявник');
  await expect(claimants.locator('option[value="nis"]')).toHaveText('НРС Південної Кореї');
  await expect(claimants.locator('option[value="nis"]')).not.toHaveAttribute('lang');

  // The release of 2 December 2026 gave names in English only: they stand in, marked, never blank.
  await page.goto('/v/2026-12-02/uk/');
  const killed = page.locator('li.headline[data-claim="report-killed"]');
  await expect(killed.locator('.headline__label')).toHaveText('Загиблі');
  const name = killed.locator('.headline__cell--report .headline__by .untranslated');
  await expect(name).toHaveText("South Korea's NIS");
  await expect(name).toHaveAttribute('lang', 'en');
  await expect(name).toHaveAttribute('title', /^Не перекладено/);
  await expect(
    page
      .locator('section[data-panel="claims"]')
      .getByLabel('Заявник')
      .locator('option[value="nis"]'),
  ).toHaveAttribute('lang', 'en');
  await killed.screenshot({ path: 'e2e/screenshots/languages-uk-untranslated.png' });
});
