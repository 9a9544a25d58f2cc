import { expect, test } from '@playwright/test';
import { SCREENSHOT_DIR, watchConsole, withoutWebGL } from './helpers';

const FIRST = '2025-09-02';
const SECOND = '2026-12-02';
const LATEST = '2026-12-04';
/** A claim the second release added, and one it changed. */
const ADDED = 'guseinova-2025-artillery-shells';
const CHANGED = 'nis-2025-03-31-casualties';

test('the release picker moves to a pinned release, which says newer figures exist', async ({
  page,
}) => {
  const errors = watchConsole(page);
  await page.goto('/?confidence=medium');
  const picker = page.locator('.release-status').getByRole('combobox', { name: /^Release/ });
  await expect(picker).toHaveValue('');
  await expect(picker.locator('option')).toHaveText([
    'Always the latest (4 December 2026)',
    '4 December 2026, the latest, pinned',
    '2 December 2026',
    '2 September 2025',
  ]);
  await picker.selectOption(FIRST);
  await page.waitForURL(`**/v/${FIRST}/?confidence=medium`);
  const notice = page.locator('.release-status__newer');
  await expect(notice).toContainText(`This page shows release ${FIRST}`);
  await expect(notice.getByRole('link')).toHaveText(
    `Newer figures are available (release ${LATEST})`,
  );
  // The first release's figures, as published: none of those the second added.
  await expect(page.locator('[data-panel="claims"]')).toContainText(
    'Dataset updated 2 September 2025',
  );
  await expect(page.locator(`[data-claim="${ADDED}"]`)).toHaveCount(0);
  await page.screenshot({ path: `${SCREENSHOT_DIR}/release-pinned-first.png` });
  await notice.getByRole('link').click();
  await page.waitForURL('**/?confidence=medium');
  await expect(page.locator('.release-status__newer')).toHaveCount(0);
  expect(errors).toEqual([]);
});

test.describe('with JavaScript off', () => {
  test.use({ javaScriptEnabled: false });

  test('a pinned embed shows its release as published and names the newer one', async ({
    page,
  }) => {
    await page.goto(`/v/${FIRST}/embed/shipments/`);
    const panel = page.locator('section[data-panel="shipments"]');
    await expect(
      panel.locator('.claim-mark[data-claim="report-artillery-shells"]').first(),
    ).toBeAttached();
    await expect(panel.locator(`.claim-mark[data-claim="${ADDED}"]`)).toHaveCount(0);
    await expect(page.locator('.release-status__newer')).toContainText(
      `Newer figures are available (release ${LATEST})`,
    );
    await page.goto('/embed/shipments/');
    await expect(page.locator(`.claim-mark[data-claim="${ADDED}"]`).first()).toBeAttached();
    await expect(page.locator('.release-status__newer')).toHaveCount(0);
  });
});

test('a pinned embed works inside an article’s iframe', async ({ page, baseURL }) => {
  await page.setContent(
    `<main><h1>An article</h1><iframe title="Shipments" src="${baseURL}/v/${FIRST}/embed/shipments/" style="width:700px;height:900px;border:0"></iframe></main>`,
  );
  const frame = page.frameLocator('iframe');
  await expect(
    frame.locator('section[data-panel="shipments"] .recharts-surface').first(),
  ).toBeVisible();
  await expect(frame.locator(`.claim-mark[data-claim="${ADDED}"]`)).toHaveCount(0);
  await expect(frame.locator('.release-status__newer')).toContainText(`release ${LATEST}`);
  await page.screenshot({ path: `${SCREENSHOT_DIR}/release-pinned-embed-iframe.png` });
});

test('what changed, and a claim’s history', async ({ page }) => {
  await page.goto('/');
  const changes = page.locator('#changes');
  await expect(changes.getByRole('heading', { level: 2 })).toHaveText(
    `What changed in release ${LATEST} (4 December 2026)`,
  );
  // The latest release changed no figure: it named the claimants, places and measures in
  // Ukrainian and Korean.
  await expect(changes).toContainText(
    `0 claims added, 0 changed, 0 withdrawn and 0 removed since release ${SECOND}; 0 sources and 0 events added; names in Ukrainian and Korean new or changed for 130 claimants, places, measures and units. 110 claims in all.`,
  );
  await changes.screenshot({ path: `${SCREENSHOT_DIR}/release-what-changed.png` });
  await page.goto(`/?claim=${CHANGED}`);
  const details = page.getByRole('complementary', { name: 'Selected claim' });
  await expect(details).toContainText(
    `First released in release ${FIRST}; changed in release ${SECOND} (claimedBy, claimedOn, corrections)`,
  );
});

test('Embed and Cite pin this release unless asked for the latest', async ({ page }) => {
  await withoutWebGL(page);
  await page.goto('/');
  const panel = page.locator('section[data-panel="oil"]');
  await panel.getByRole('button', { name: 'Embed' }).click();
  const snippet = panel.getByLabel('Embed code');
  await expect(snippet).toHaveValue(new RegExp(`/v/${LATEST}/embed/oil/`));
  await panel.getByLabel('Figures').selectOption('latest');
  await expect(snippet).toHaveValue(/src="http:\/\/127\.0\.0\.1:\d+\/embed\/oil\/\?chrome=none"/);
  await panel.getByRole('button', { name: 'Cite' }).click();
  const citation = panel.getByLabel('Cite this panel');
  await expect(citation).toHaveValue(new RegExp(`release ${LATEST}.*/v/${LATEST}/#oil`));
});

test('the feed is named in the page head and lists every release in Atom', async ({
  page,
  request,
}) => {
  await page.goto('/');
  const href = await page
    .locator('head link[rel="alternate"][type="application/atom+xml"]')
    .getAttribute('href');
  expect(href).toBe('/data/feed.xml');
  const response = await request.get(href!);
  expect(response.headers()['content-type']).toContain('xml');
  const xml = await response.text();
  const feed = await page.evaluate((source) => {
    const doc = new DOMParser().parseFromString(source, 'application/xml');
    const ns = 'http://www.w3.org/2005/Atom';
    const root = doc.documentElement;
    const text = (el: Element, name: string) => el.getElementsByTagNameNS(ns, name)[0]?.textContent;
    return {
      error: doc.querySelector('parsererror')?.textContent ?? null,
      root: `${root.namespaceURI} ${root.localName}`,
      id: text(root, 'id'),
      updated: text(root, 'updated'),
      author: text(root, 'name'),
      entries: [...root.getElementsByTagNameNS(ns, 'entry')].map((entry) => ({
        id: text(entry, 'id'),
        title: text(entry, 'title'),
        updated: text(entry, 'updated'),
        link: entry.getElementsByTagNameNS(ns, 'link')[0]?.getAttribute('href'),
      })),
    };
  }, xml);
  expect(feed.error).toBeNull();
  expect(feed.root).toBe('http://www.w3.org/2005/Atom feed');
  expect(feed.id).toMatch(/^urn:uuid:/);
  expect(feed.updated).toBe(`${LATEST}T00:00:00Z`);
  expect(feed.author).toBeTruthy();
  expect(feed.entries.map((e) => e.title)).toEqual([
    `Release ${LATEST} (4 December 2026)`,
    `Release ${SECOND} (2 December 2026)`,
    `Release ${FIRST} (2 September 2025)`,
  ]);
  for (const entry of feed.entries) {
    expect(entry.id).toMatch(/^urn:uuid:/);
    expect(entry.updated).toMatch(/^\d{4}-\d{2}-\d{2}T00:00:00Z$/);
    // Relative to the feed: the release's pinned dashboard, which is served.
    const page = await request.get(new URL(entry.link!, `http://x${href}`).pathname);
    expect(page.ok()).toBe(true);
  }
});
