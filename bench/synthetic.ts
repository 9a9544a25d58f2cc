import type { Claim, Dataset } from '../src/dataset/schema';
import { QUALIFIERS, CONFIDENCES } from '../src/dataset/schema';
import { MAX_DATASET_BYTES } from '../src/dataset/limits';

/** A small deterministic generator, so that every run measures the same data. */
function random(seed: number) {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

const METRICS = [
  'troops-deployed',
  'killed',
  'injured',
  'killed-or-wounded',
  'artillery-shells',
  'railcars',
  'oil-barrels',
];

/**
 * A synthetic dataset of n claims in the published schema: generated for the benchmark only,
 * never shipped and never shown. Claimants, sources and places grow with n.
 */
export function syntheticDataset(
  n: number,
  seed = 1,
  placeCount = Math.max(5, Math.ceil(n / 100)),
  metrics: readonly string[] = METRICS,
): Dataset {
  const next = random(seed);
  const pick = <T>(items: readonly T[]) => items[Math.floor(next() * items.length)]!;
  const claimants = Array.from({ length: Math.max(5, Math.ceil(n / 200)) }, (_, i) => ({
    id: `claimant-${i}`,
    name: `Claimant ${i}`,
    kind: pick(['government', 'intelligence service', 'research centre']),
  }));
  const sources = Array.from({ length: Math.max(5, Math.ceil(n / 20)) }, (_, i) => ({
    id: `source-${i}`,
    title: `Report ${i}`,
    publisher: `Outlet ${i % 50}`,
    url: `https://example.org/reports/${i}`,
    published: '2024-12-23',
  }));
  const places = Array.from({ length: placeCount }, (_, i) => ({
    id: `place-${i}`,
    name: `Place ${i}`,
    kind: pick(['station', 'strike site', 'production site']),
    lat: next() * 40 + 35,
    lon: next() * 100 + 30,
    precision: pick(['exact', 'approximate', 'city', 'region'] as const),
  }));
  const claims: Claim[] = Array.from({ length: n }, (_, i) => {
    const qualifier = pick(QUALIFIERS);
    const value = Math.round(next() * 100_000);
    const day = String(1 + Math.floor(next() * 28)).padStart(2, '0');
    const month = String(1 + Math.floor(next() * 12)).padStart(2, '0');
    const claim: Claim = {
      id: `claim-${i}`,
      metric: pick(metrics),
      value,
      qualifier,
      unit: 'troops',
      claimant: pick(claimants).id,
      source: pick(sources).id,
      claimedOn: `${pick(['2023', '2024', '2025'])}-${month}-${day}`,
      confidence: pick(CONFIDENCES),
      place: pick(places).id,
      period: { from: `2024-${month}-${day}`, to: `2024-${month}-${day}` },
      note: 'A synthetic claim for measuring speed.',
    };
    if (qualifier === 'between') claim.low = Math.floor(value / 2);
    return claim;
  });
  return {
    schemaVersion: 3,
    title: `Synthetic dataset of ${n} claims`,
    updated: '2025-12-28',
    sources,
    claimants,
    claims,
    places,
    events: [{ id: 'event-0', date: '2024-01-01', title: 'An event', source: 'source-0' }],
  };
}

/**
 * The most claims, in steps of 500, for which `make(claims)` is a file the app still accepts
 * (at most MAX_DATASET_BYTES), with that file's text.
 */
export function largestAccepted(
  make: (claims: number) => Dataset = (claims) => syntheticDataset(claims),
): { claims: number; text: string } {
  let best = { claims: 0, text: '' };
  for (let claims = 500; ; claims += 500) {
    const text = JSON.stringify(make(claims));
    if (Buffer.byteLength(text) > MAX_DATASET_BYTES) return best;
    best = { claims, text };
  }
}
