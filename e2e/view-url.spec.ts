import { expect, test, type Page } from '@playwright/test';
import { withoutWebGL } from './helpers';

const casualties = (page: Page) => page.locator('section[data-panel="casualties"]');
const ledger = (page: Page) => page.locator('section[data-panel="claims"]');

/** What every control shows, read off the page as a reader would see it set. */
async function controls(page: Page) {
  const filters = ledger(page).getByRole('search', { name: 'Filter the claims' });
  const sorted = ledger(page).locator('th[aria-sort]:not([aria-sort="none"])');
  return {
    path: new URL(page.url()).pathname,
    release: await page.locator('.release-status__picker select').inputValue(),
    measure: await casualties(page).locator('input[type="radio"]:checked').inputValue(),
    asOf: await page.getByLabel('Known as of').inputValue(),
    confidence: await page.getByLabel('Confidence').inputValue(),
    theme: await page.getByLabel('Theme').inputValue(),
    dark: await page.evaluate(() => document.documentElement.dataset.theme),
    selected: await page.locator('.claim-mark[data-selected]').first().getAttribute('data-claim'),
    ledgerMeasure: await filters.getByLabel('Measure').inputValue(),
    claimant: await filters.getByLabel('Claimant').inputValue(),
    newIn: await filters.getByLabel('Release').inputValue(),
    search: await filters.getByRole('searchbox', { name: 'Search' }).inputValue(),
    sort: `${await sorted.locator('button').innerText()} ${await sorted.getAttribute('aria-sort')}`,
  };
}

test.use({ viewport: { width: 1366, height: 900 } });

test('every control of the view round-trips through the address, the release too', async ({
  page,
}) => {
  await withoutWebGL(page);
  await page.goto('/');
  await page.getByLabel('Known as of').fill('2025-06-30');
  await page.getByLabel('Confidence').selectOption('medium');
  await page.getByLabel('Theme').selectOption('dark');
  await casualties(page).getByRole('radio', { name: 'Injured', exact: true }).check();
  // The chart of the new measure is drawn just after the switch answers.
  const mark = casualties(page).locator('.claim-mark[data-claim*="injured"]').first();
  await expect(mark).toBeVisible();
  const claim = await mark.getAttribute('data-claim');
  await mark.click();
  await expect(page).toHaveURL(new RegExp(`[?&]claim=${claim}(&|$)`));

  // Twice: the second click turns the order round.
  const byClaimant = ledger(page).getByRole('button', { name: /^Claimant/ });
  // A reader sees the ledger sorted before asking for the other direction.
  await byClaimant.click();
  await expect(page).toHaveURL(/[?&]sort=claimant-asc(&|$)/);
  await byClaimant.click();
  await expect(page).toHaveURL(/[?&]sort=claimant-desc(&|$)/);

  const filters = ledger(page).getByRole('search', { name: 'Filter the claims' });
  const claimant = filters.getByLabel('Claimant');
  const nis = await claimant.locator('option', { hasText: 'NIS' }).first().getAttribute('value');
  await claimant.selectOption(nis!);
  await filters.getByRole('searchbox', { name: 'Search' }).fill('killed');
  // The address follows typing a moment later, once the typing stops.
  await expect(page).toHaveURL(/[?&]q=killed(&|$)/);
  await expect(page).toHaveURL(/[?&]claimant=nis(&|$)/);
  const before = await controls(page);
  expect(before).toMatchObject({
    measure: 'injured',
    asOf: '2025-06-30',
    confidence: 'medium',
    theme: 'dark',
    dark: 'dark',
    selected: claim,
    search: 'killed',
  });
  expect(before.claimant).toBe(nis);
  expect(before.sort).toMatch(/^Claimant\s.*descending$/);

  // The address alone, in a fresh page, puts back every control.
  const address = page.url();
  const fresh = await page.context().newPage();
  await fresh.goto(address);
  await expect(casualties(fresh).locator('.claim-mark').first()).toBeVisible();
  // A prerendered page shows the published view first, then the address's once it is live.
  await expect.poll(() => controls(fresh)).toEqual(before);

  // The ledger's "new in release" filter, then the release picker: a pinned page keeps the view.
  // Typing waits for the page to be live and its deferred panels loaded.
  await fresh.waitForLoadState('networkidle');
  const freshFilters = fresh.getByRole('search', { name: 'Filter the claims' });
  await freshFilters.getByRole('searchbox', { name: 'Search' }).fill('');
  await expect(fresh).not.toHaveURL(/[?&]q=/);
  // The first release, which holds most of the claims: the ledger keeps rows to sort.
  const newIn = freshFilters.getByLabel('Release');
  await newIn.selectOption((await newIn.locator('option').last().getAttribute('value'))!);
  await expect(fresh).toHaveURL(/[?&]new=\d{4}-\d{2}-\d{2}(&|$)/);
  await expect(fresh).not.toHaveURL(/[?&]q=/);
  const withNew = await controls(fresh);
  const releases = fresh.locator('.release-status__picker select option');
  const oldest = await releases.last().getAttribute('value');
  await fresh.locator('.release-status__picker select').selectOption(oldest!);
  await expect(fresh).toHaveURL(new RegExp(`/v/${oldest}/`));
  await expect(casualties(fresh).locator('.claim-mark').first()).toBeVisible();
  const pinned = { ...withNew, path: `/v/${oldest}/`, release: oldest };
  await expect.poll(() => controls(fresh)).toEqual(pinned);
  await fresh.reload();
  await expect(casualties(fresh).locator('.claim-mark').first()).toBeVisible();
  await expect.poll(() => controls(fresh)).toEqual(pinned);
});
