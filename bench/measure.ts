/**
 * One measurement, in a process of its own so that its peak memory is its own:
 * `tsx bench/measure.ts <claims>` prints one JSON line.
 */
import { parseDatasetText } from '../src/dataset/parse';
import { deriveAll, deriveFirstScreen } from './derive-all';
import { largestAccepted, syntheticDataset } from './synthetic';

// A number of claims, or "limit": the largest synthetic file the app accepts.
const arg = process.argv[2];
const { claims: n, text } =
  arg === 'limit'
    ? largestAccepted()
    : { claims: Number(arg), text: JSON.stringify(syntheticDataset(Number(arg))) };
const RUNS = 7;
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

const validated = () => {
  const result = parseDatasetText(text);
  if (!result.ok) throw new Error(result.problems[0]?.message);
  return result.dataset;
};
const parse = time(() => JSON.parse(text));
const validate = time(validated);
const firstScreen = time(() => deriveFirstScreen(validated()));
const full = time(() => deriveAll(validated()));
console.log(
  JSON.stringify({
    claims: n,
    megabytes: Buffer.byteLength(text) / 1e6,
    parse,
    validate,
    firstScreen,
    full,
    peakMegabytes: process.resourceUsage().maxRSS / 1024,
  }),
);
