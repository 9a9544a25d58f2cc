import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { PANEL_IDS } from '../src/lib/panel-ids';

/** Serious and critical findings only: the ones that stop a person from using the page. */
async function seriousViolations(page: Page) {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map(
      (v) =>
        `${v.id}: ${v.help} (${v.nodes
          .map((n) => n.target.join(' '))
          .slice(0, 3)
          .join(', ')})`,
    );
}

for (const scheme of ['light', 'dark'] as const) {
  test(`the dashboard has no serious accessibility violation (${scheme})`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto('/');
    await expect(page.locator('[data-panel="claims"] table')).toBeVisible();
    expect(await seriousViolations(page)).toEqual([]);
  });

  test(`every embed has no serious accessibility violation (${scheme})`, async ({ page }) => {
    const found: string[] = [];
    for (const id of PANEL_IDS) {
      await page.goto(`/embed/${id}/?theme=${scheme}`);
      await expect(page.locator(`section[data-panel="${id}"]`)).toBeVisible({ timeout: 20_000 });
      for (const v of await seriousViolations(page)) found.push(`${id}: ${v}`);
    }
    expect(found).toEqual([]);
  });
}

/** Controls a keyboard user must be able to reach: enabled, visible, and one radio per group. */
const CONTROLS =
  ':is(main, header) :is(button, a[href], select, input:not([type="radio"]), input[type="radio"]:checked, [role="button"][tabindex="0"]):visible:not(:disabled)';

test('the keyboard alone reaches every control of the dashboard', async ({ page }) => {
  await page.goto('/');
  await expect(page.locator('[data-panel="claims"] table')).toBeVisible();
  const reachable = (els: Element[]) =>
    els.filter((el) => !el.closest('[hidden]') && (el as HTMLElement).tabIndex >= 0);
  const count = (await page.locator(CONTROLS).evaluateAll(reachable)).length;
  for (let i = 0; i < count * 2 + 40; i++) {
    await page.keyboard.press('Tab');
    await page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      if (el && el !== document.body) el.dataset.walked = 'yes';
    });
  }
  const unreached = await page
    .locator(CONTROLS)
    .evaluateAll((els) =>
      els
        .filter(
          (el) =>
            !el.closest('[hidden]') &&
            (el as HTMLElement).tabIndex >= 0 &&
            !(el as HTMLElement).dataset.walked,
        )
        .map((el) => el.outerHTML.slice(0, 120)),
    );
  expect(unreached).toEqual([]);
});

test('with reduced motion asked for, nothing animates', async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.goto('/');
  await expect(page.locator('[data-panel="claims"] table')).toBeVisible();
  const animated = await page.evaluate(
    () =>
      [...document.querySelectorAll('*')].filter((el) => {
        const style = getComputedStyle(el);
        const durations = [style.animationDuration, style.transitionDuration].join(',').split(',');
        return durations.some((d) => parseFloat(d) > 0.011);
      }).length,
  );
  expect(animated).toBe(0);
});
