import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { expect, test, type Page } from '@playwright/test';
import { saveScreenshot, watchConsole } from './helpers';

// A publisher's site: another origin, on a server of its own, serving whatever page a test sets.
let article = '';
let host: Server;
let hostOrigin = '';
test.beforeAll(async () => {
  host = createServer((_req, res) => {
    res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
    res.end(article);
  });
  await new Promise<void>((resolve) => host.listen(0, '127.0.0.1', resolve));
  hostOrigin = `http://127.0.0.1:${(host.address() as AddressInfo).port}`;
});
test.afterAll(() => new Promise<void>((resolve) => host.close(() => resolve())));

/** Serves a page on another origin that embeds a panel, as a publisher's article would. */
async function hostPage(
  page: Page,
  baseURL: string,
  embeds: string[],
  { script = true, dark = false } = {},
) {
  const frames = embeds
    .map(
      (src) =>
        `<iframe src="${baseURL}${src}" title="panel" width="100%" height="150" style="border:0;width:100%"></iframe>`,
    )
    .join('\n');
  const html = `<!doctype html><html><head><meta charset="utf-8"><title>An article</title>
    <style>body{font-family:serif;margin:2rem;background:${dark ? '#111' : '#fff'};color:${dark ? '#eee' : '#111'}}</style></head>
    <body><h1>An article about the war</h1><p>Some text before the chart.</p>${frames}<p>Some text after.</p>
    ${script ? `<script src="${baseURL}/embed-host.js" async></script>` : ''}</body></html>`;
  article = html;
  await page.goto(`${hostOrigin}/article.html`);
}

test('an embed shows only its panel, with title, sources, date and a link to the full dashboard', async ({
  page,
}) => {
  const errors = watchConsole(page);
  await page.goto('/embed/overview/');
  await expect(page.locator('section[data-panel]')).toHaveCount(1);
  const panel = page.locator('section[data-panel="overview"]');
  await expect(panel.getByRole('heading', { name: 'The headline figures' })).toBeVisible();
  await expect(panel.locator('.panel__sources')).toContainText('Euromaidan Press');
  await expect(panel.locator('.panel__asof')).toContainText(
    /Newest claim shown 2 September 2025, \d+ months before today/,
  );
  const link = page.getByRole('link', { name: 'Open in the full dashboard' });
  await expect(link).toHaveAttribute('href', /\/#overview$/);
  expect(errors).toEqual([]);
});

test('the host script sizes the frame to the panel through the resize message', async ({
  page,
  baseURL,
}) => {
  await hostPage(page, baseURL!, ['/embed/overview/']);
  const frame = page.locator('iframe').first();
  await expect
    .poll(async () => (await frame.boundingBox())?.height ?? 0, { timeout: 15_000 })
    .toBeGreaterThan(400);
  const inner = await page
    .frameLocator('iframe')
    .first()
    .locator('html')
    .evaluate((el) => el.getBoundingClientRect().height);
  const outer = (await frame.boundingBox())!.height;
  expect(Math.abs(outer - inner)).toBeLessThanOrEqual(2);
  await saveScreenshot(page, 'embed-host-light');
});

test('without the host script the frame keeps its height and the panel still works', async ({
  page,
  baseURL,
}) => {
  await hostPage(page, baseURL!, ['/embed/overview/'], { script: false });
  await expect(page.frameLocator('iframe').locator('section[data-panel="overview"]')).toBeVisible();
  expect((await page.locator('iframe').boundingBox())!.height).toBe(150);
});

test('the host script ignores messages from other origins and of other shapes', async ({
  page,
  baseURL,
}) => {
  await hostPage(page, baseURL!, ['/embed/overview/']);
  const frame = page.locator('iframe').first();
  await expect.poll(async () => (await frame.boundingBox())?.height ?? 0).toBeGreaterThan(400);
  const before = (await frame.boundingBox())!.height;
  // Messages from one window arrive in the order sent: once a last one has come, the host
  // script has had the two before it, and has done whatever it does with them.
  await page.evaluate(
    () =>
      new Promise<void>((resolve) => {
        window.addEventListener('message', (event) => event.data === 'after' && resolve());
        window.postMessage({ type: 'nk-russia-arms:resize', panel: 'overview', height: 5 }, '*');
        window.postMessage(
          { type: 'nk-russia-arms:resize', panel: 'overview', height: 'tall' },
          '*',
        );
        window.postMessage('after', '*');
      }),
  );
  expect((await frame.boundingBox())!.height).toBe(before);
});

for (const [theme, host, expected] of [
  ['dark', 'light', 'dark'],
  ['light', 'dark', 'light'],
  ['auto', 'dark', 'dark'],
  ['auto', 'light', 'light'],
] as const) {
  test(`theme=${theme} on a ${host} page gives a ${expected} panel`, async ({ page, baseURL }) => {
    await page.emulateMedia({ colorScheme: host });
    await hostPage(page, baseURL!, [`/embed/overview/?theme=${theme}`], { dark: host === 'dark' });
    const panel = page.frameLocator('iframe').locator('section[data-panel="overview"]');
    await expect(panel).toBeVisible();
    const background = await panel.evaluate((el) => getComputedStyle(el).backgroundColor);
    const [r, g, b] = background.match(/\d+/g)!.map(Number);
    const light = (r! + g! + b!) / 3 > 128;
    expect(light ? 'light' : 'dark').toBe(expected);
    if (theme !== 'auto') await saveScreenshot(page, `embed-${theme}-on-${host}`);
  });
}
