import { expect, test } from '@playwright/test';
import { watchConsole } from './helpers';

test('the page talks to its own origin only, under a strict policy with no inline script', async ({
  page,
  baseURL,
}) => {
  const outside: string[] = [];
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (
      url.origin !== new URL(baseURL!).origin &&
      url.protocol !== 'data:' &&
      url.protocol !== 'blob:'
    )
      outside.push(request.url());
  });
  const errors = watchConsole(page);
  await page.goto('/');
  await expect(page.locator('[data-panel="claims"] table')).toBeVisible();
  await page.mouse.wheel(0, 20_000);
  await page.waitForLoadState('networkidle');
  expect(outside).toEqual([]);
  expect(errors.filter((e) => /Content Security Policy/i.test(e))).toEqual([]);

  const policy = await page
    .locator('meta[http-equiv="Content-Security-Policy"]')
    .getAttribute('content');
  expect(policy).toContain("script-src 'self'");
  expect(policy).not.toContain('unsafe-eval');
  // The only script without a source is the dataset the page carries, which is data, not code.
  const inlineScripts = await page
    .locator('script:not([src]):not([type="application/json"])')
    .count();
  expect(inlineScripts).toBe(0);
});

test('links to sources open apart and pass nothing back', async ({ page }) => {
  await page.goto('/');
  const links = page.locator('a[target="_blank"]');
  await expect(links.first()).toBeVisible();
  const rels = await links.evaluateAll((as) => as.map((a) => a.getAttribute('rel')));
  expect(rels.length).toBeGreaterThan(50);
  for (const rel of rels) expect(rel).toBe('noopener noreferrer');
  const hrefs = await links.evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).protocol));
  for (const protocol of hrefs) expect(['http:', 'https:']).toContain(protocol);
});

test('a failed dataset request says what happened, retries, and recovers', async ({ page }) => {
  // Serve the page without the dataset it carries, so that it must fetch the published file.
  await page.route('**/', async (route) => {
    const response = await route.fetch();
    const html = (await response.text())
      .replace(/<script type="application\/json" id="published-dataset">[\s\S]*?<\/script>/, '')
      .replace(/<div id="root">[\s\S]*<\/div>\s*<\/body>/, '<div id="root"></div></body>');
    await route.fulfill({ response, body: html });
  });
  let calls = 0;
  await page.route('**/data/dataset.json', (route) => {
    calls += 1;
    return calls <= 4 ? route.abort('failed') : route.continue();
  });
  await page.goto('/');
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('Could not reach /data/dataset.json', { timeout: 20_000 });
  expect(calls).toBe(4);
  await alert.getByRole('button', { name: 'Retry' }).click();
  await expect(page.locator('[data-panel="overview"]')).toBeVisible();
});
