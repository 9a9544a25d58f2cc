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
  // Every element the keyboard focuses is marked as it is reached.
  await page.evaluate(() =>
    document.addEventListener('focusin', (e) => {
      if (e.target instanceof HTMLElement || e.target instanceof SVGElement)
        e.target.dataset.walked = 'yes';
    }),
  );
  const unreachedControls = () =>
    page
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
  const count = (await unreachedControls()).length;
  // Tab until every control has been reached, or well past the number of controls.
  let unreached = await unreachedControls();
  for (let pressed = 0; unreached.length > 0 && pressed < count * 2 + 40; pressed += 25) {
    for (let i = 0; i < 25; i++) await page.keyboard.press('Tab');
    unreached = await unreachedControls();
  }
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
