/**
 * One measurement, in a process of its own so that its peak memory is its own:
 * `tsx bench/measure.ts <claims>` prints one JSON line.
 */
import { parseDatasetText } from '../src/dataset/parse';
import { deriveAll } from './derive-all';
import { syntheticDataset } from './synthetic';

const n = Number(process.argv[2]);
const RUNS = n >= 100_000 ? 3 : 7;
const text = JSON.stringify(syntheticDataset(n));
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

function time(work: () => void): number {
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const start = performance.now();
    work();
    times.push(performance.now() - start);
  }
  return median(times);
}

const parse = time(() => JSON.parse(text));
const full = time(() => {
  const result = parseDatasetText(text);
  if (!result.ok) throw new Error(result.problems[0]?.message);
  deriveAll(result.dataset);
});
const validate = time(() => parseDatasetText(text));
console.log(
  JSON.stringify({
    claims: n,
    megabytes: Buffer.byteLength(text) / 1e6,
    parse,
    validate,
    full,
    peakMegabytes: process.resourceUsage().maxRSS / 1024,
  }),
);
