import { expect, test } from '@playwright/test';
import { watchConsole } from './helpers';

// A browser with WebGL switched off: --disable-gpu alone leaves SwiftShader's WebGL on.
test.use({
  launchOptions: {
    executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
    args: ['--disable-gpu', '--disable-webgl', '--disable-software-rasterizer'],
  },
});

test('without WebGL the map becomes text and the charts and ledger work as usual', async ({
  page,
  baseURL,
}) => {
  const errors = watchConsole(page);
  const requests: string[] = [];
  page.on('request', (request) => requests.push(request.url()));
  await page.goto('/');
  const panel = page.locator('section[data-panel="map"]');

  await test.step('the panel says so in words and lists the places as text', async () => {
    await expect(panel.getByText('The map cannot be drawn here.')).toBeVisible();
    await expect(panel.locator('[data-map-state]')).toHaveAttribute('data-map-state', 'no-webgl');
    await expect(panel).toContainText('WebGL is switched off or not available in this browser.');
    await expect(panel.locator('[data-place]')).toHaveCount(12);
    const plant = panel.locator('[data-place="february-11-plant"]');
    await expect(plant).toContainText('February 11 Plant, Hamhung, production site; exact site.');
    await expect(plant).toContainText('Identification inferred');
    const kursk = panel.locator('[data-place="kursk-oblast"]');
    await expect(kursk).toContainText('region: the point stands for the region');
    await expect(kursk).toContainText("more than 100 killed (South Korea's NIS, 23 December 2024;");
    await expect(panel.locator('[data-place="kharkiv"]')).toContainText(
      '2 Jan, 6 Jan and 7 Feb 2024',
    );
    await expect(panel).toContainText('Flows drawn as arcs');
    await expect(panel.locator('canvas')).toHaveCount(0);
    await expect(panel.getByRole('button', { name: 'Zoom in' })).toHaveCount(0);
    await expect(panel.getByRole('checkbox')).toHaveCount(0);
    await expect(panel.getByRole('button', { name: 'PNG' })).toHaveCount(0);
    await page.screenshot({ path: 'e2e/screenshots/map-no-webgl.png' });
    await panel.screenshot({ path: 'e2e/screenshots/map-no-webgl-panel.png' });
  });

  await test.step('the charts and the ledger still work, and the list selects claims', async () => {
    await expect(page.locator('[data-panel="overview"]')).toContainText('about 12,000 troops');
    await expect(page.locator('[data-panel="casualties"] svg').first()).toBeVisible();
    const ledger = page.locator('section[data-panel="claims"]');
    await ledger.getByRole('searchbox', { name: 'Search' }).fill('Ramstein');
    await expect(ledger.locator('tbody tr')).toHaveCount(1);
    await ledger.getByRole('searchbox', { name: 'Search' }).fill('');
    await panel
      .locator('[data-place="kharkiv"]')
      .getByRole('button', { name: '2 KN-23 missiles, of 5 in the attack' })
      .click();
    await expect(page.locator('aside[data-claim="kharkiv-police-2024-02-07"]')).toBeVisible();
    await expect(page.locator('#claim-kharkiv-police-2024-02-07')).toHaveAttribute(
      'data-selected',
      'true',
    );
  });

  await test.step('no map code is fetched, and nothing leaves the origin', async () => {
    await page.waitForLoadState('networkidle');
    expect(requests.filter((url) => /map-canvas/.test(url))).toEqual([]);
    const origin = new URL(baseURL ?? '').origin;
    expect(
      requests.filter((url) => !/^(data|blob):/.test(url) && new URL(url).origin !== origin),
    ).toEqual([]);
  });

  expect(errors).toEqual([]);
});
