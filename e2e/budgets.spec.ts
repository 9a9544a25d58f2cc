import { spawnSync } from 'node:child_process';
import { expect, test } from '@playwright/test';

/** The size check that ends every build, run again on the build under test. */
function checkBudgets(scale?: number) {
  const result = spawnSync('npx', ['tsx', 'scripts/check-budgets.ts'], {
    encoding: 'utf8',
    env: {
      ...process.env,
      BUDGET_DIST: process.env.E2E_DIST ?? 'dist',
      ...(scale === undefined ? {} : { BUDGET_SCALE: String(scale) }),
    },
  });
  return { status: result.status, out: `${result.stdout}${result.stderr}` };
}

test('the build is within every budget, and the check fails a build that is not', () => {
  const within = checkBudgets();
  expect(within.status, within.out).toBe(0);
  expect(within.out.match(/^ok {3}/gm)).toHaveLength(14);
  expect(within.out).toMatch(/^ok {3}Tumen river data/m);

  // At 90% of each budget, the chart embeds (about 231 of 232 kB) are over: the check must say
  // which, and fail.
  const tight = checkBudgets(0.9);
  expect(tight.status).toBe(1);
  expect(tight.out).toMatch(/^OVER embed\/casualties\/ script/m);
  expect(tight.out).toMatch(/budgets? exceeded/);
});
