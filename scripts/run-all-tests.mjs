// Runs every test the project has: unit and component tests (vitest), then the production
// build, then the end-to-end tests in Chromium (Playwright). Ends with one line that counts them all.
// The browser tests need Chromium: it is installed first where that can be done (as root, with
// apt-get), and otherwise the run stops at once with the command that installs it.
import { spawnSync } from 'node:child_process';
import { accessSync, constants, existsSync, mkdirSync, readFileSync } from 'node:fs';

const RESULTS = 'test-results';
const env = { ...process.env, TZ: 'UTC' };

function run(command, args) {
  console.log(`\n$ ${command} ${args.join(' ')}`);
  return spawnSync(command, args, { stdio: 'inherit', env }).status ?? 1;
}

const runnable = (path) => {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
};

/** Makes sure the browser tests have a Chromium; returns the one line to stop with when they cannot. */
function chromiumProblem() {
  const chrome = process.env.CHROME_PATH ?? '/usr/bin/chromium';
  if (runnable(chrome)) return null;
  if (process.env.CHROME_PATH)
    return `No browser at CHROME_PATH=${chrome}: point CHROME_PATH at Chromium, or unset it and run \`sudo apt-get install -y chromium\`.`;
  const hasApt = runnable('/usr/bin/apt-get');
  if (hasApt && process.getuid?.() === 0) {
    console.log('Chromium is missing: installing it with apt-get (about a minute).');
    const aptEnv = { ...env, DEBIAN_FRONTEND: 'noninteractive' };
    const aptGet = (args) => spawnSync('apt-get', args, { stdio: 'inherit', env: aptEnv }).status;
    if (aptGet(['update', '-qq']) === 0 && aptGet(['install', '-y', '-qq', 'chromium']) === 0)
      if (runnable(chrome)) return null;
    return 'Chromium could not be installed: run `apt-get update && apt-get install -y chromium` to see why, then `npm test` again.';
  }
  return hasApt
    ? 'Chromium is missing: run `sudo apt-get install -y chromium`, then `npm test` again.'
    : 'Chromium is missing: install it and set CHROME_PATH to its executable, then run `npm test` again.';
}

const problem = chromiumProblem();
if (problem !== null) {
  console.log(problem);
  process.exit(1);
}
mkdirSync(RESULTS, { recursive: true });

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
