/**
 * What the interaction benchmark does on the dashboard, as a reader would: each step is one
 * input, made with real key presses and pointer moves so that the browser times it.
 */
import type { Page } from '@playwright/test';

export interface Interaction {
  name: string;
  /** Brings the page to where the interaction starts; not measured. */
  prepare?: (page: Page) => Promise<void>;
  /** Before each try, not measured. */
  before?: (page: Page) => Promise<void>;
  /** Try number `i`: one interaction, measured. */
  run: (page: Page, i: number) => Promise<void>;
  /** It happens beside the map, so that the map is always drawn by then. */
  byTheMap?: true;
}

// Plain CSS selectors: finding by role or label walks every element, and a dashboard of
// thousands of marks makes that walk take seconds of the page's time.
const casualties = (page: Page) => page.locator('section[data-panel="casualties"]');
const ledger = (page: Page) => page.locator('section[data-panel="claims"]');
const search = (page: Page) => ledger(page).locator('input[type="search"]');
const moreButton = (page: Page) => ledger(page).locator('button.ledger-more');
const asOf = (page: Page) => page.locator('.view-controls input[type="date"]');
const confidence = (page: Page) => page.locator('.view-controls select').first();
const measureChoice = (page: Page, i: number) =>
  casualties(page)
    .locator('.chart-switch label')
    .nth(i % 5);

/** The i-th of the first 20 casualty marks that no other mark covers at its centre. */
async function mark(page: Page, i: number) {
  const claim = await page.evaluate((n) => {
    const marks = document.querySelectorAll(
      'section[data-panel="casualties"] .recharts-surface .claim-mark',
    );
    const open = [...marks].filter((m) => {
      const box = m.getBoundingClientRect();
      const hit = document.elementFromPoint(box.x + box.width / 2, box.y + box.height / 2);
      return hit !== null && m.contains(hit);
    });
    return open[n % Math.min(open.length, 20)]?.getAttribute('data-claim');
  }, i);
  if (claim == null) throw new Error('no casualty mark can be pointed at');
  return casualties(page).locator(`.recharts-surface .claim-mark[data-claim="${claim}"]`);
}

const SEARCH_WORDS = ['killed', 'place', 'outlet', 'troops', 'claimant'];

export const INTERACTIONS: Interaction[] = [
  {
    name: 'select a claim (a chart mark)',
    prepare: (page) => casualties(page).scrollIntoViewIfNeeded(),
    run: async (page, i) => (await mark(page, i)).click(),
  },
  {
    name: 'change "known as of" (a month back or forth)',
    prepare: async (page) => {
      const input = asOf(page);
      await input.fill('2025-06-15');
      // The date's first part, the month, has the focus: arrows move it, as a reader does.
      await input.click({ position: { x: 8, y: 10 }, timeout: 120_000 });
    },
    run: (page, i) => page.keyboard.press(i % 2 === 0 ? 'ArrowDown' : 'ArrowUp'),
  },
  {
    name: 'change confidence',
    prepare: async (page) => {
      await asOf(page).fill('');
      await confidence(page).focus();
    },
    run: (page, i) => page.keyboard.press(i % 3 === 2 ? 'Home' : 'ArrowDown'),
  },
  {
    name: 'type a word in the ledger search (its slowest key)',
    byTheMap: true,
    prepare: async (page) => {
      await confidence(page).selectOption('low');
    },
    before: (page) => search(page).fill(''),
    run: (page, i) => search(page).pressSequentially(SEARCH_WORDS[i % SEARCH_WORDS.length]!),
  },
  {
    name: 'show the next page of the ledger',
    byTheMap: true,
    prepare: (page) => search(page).fill(''),
    // At the last page, sorting the other way round starts again at the first.
    before: async (page) => {
      if ((await moreButton(page).count()) === 0)
        await ledger(page).locator('th:nth-child(5) .sort-button').click();
    },
    run: (page) => moreButton(page).click(),
  },
  {
    name: 'switch the casualty measure',
    prepare: (page) => casualties(page).scrollIntoViewIfNeeded(),
    run: (page, i) => measureChoice(page, i + 3).click(),
  },
  {
    name: 'hover a mark',
    // Killed: a measure with marks in the published dataset and in the synthetic one.
    prepare: (page) =>
      casualties(page).locator('.chart-switch label:has(input[value="killed"])').click(),
    run: async (page, i) => (await mark(page, i)).hover(),
  },
];
