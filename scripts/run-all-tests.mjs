// Runs every test the project has: unit and component tests (vitest), then the production
// build, then the end-to-end tests in Chromium (Playwright). Ends with one line that counts them all.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';

const RESULTS = 'test-results';
mkdirSync(RESULTS, { recursive: true });
const env = { ...process.env, TZ: 'UTC' };

function run(command, args) {
  console.log(`\n$ ${command} ${args.join(' ')}`);
  return spawnSync(command, args, { stdio: 'inherit', env }).status ?? 1;
}

function readJson(path) {
  try {
    return existsSync(path) ? JSON.parse(readFileSync(path, 'utf8')) : null;
  } catch {
    return null;
  }
}

let passed = 0;
let failed = 0;

const unitReport = `${RESULTS}/unit-report.json`;
const unitStatus = run('npx', [
  'vitest',
  'run',
  '--reporter=default',
  '--reporter=json',
  `--outputFile.json=${unitReport}`,
]);
const unit = readJson(unitReport);
if (unit) {
  passed += unit.numPassedTests;
  failed += unit.numFailedTests;
}
if (unitStatus !== 0 && (!unit || unit.numFailedTests === 0)) failed += 1; // the runner itself failed

const buildStatus = run('npm', ['run', 'build']);
if (buildStatus !== 0) {
  failed += 1;
} else {
  const e2eStatus = run('npx', ['playwright', 'test']);
  const e2e = readJson(`${RESULTS}/e2e-report.json`);
  if (e2e) {
    passed += e2e.stats.expected + e2e.stats.flaky;
    failed += e2e.stats.unexpected;
  }
  if (e2eStatus !== 0 && (!e2e || e2e.stats.unexpected === 0)) failed += 1;
}

console.log(`\n${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
