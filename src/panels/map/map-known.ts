import type { Dataset } from '../../dataset/schema';
import { visibleDataset } from '../../dataset/visible';

/** What was on record at the "known as of" date: the claim, event and place ids. */
export interface Known {
  claimIds: Set<string>;
  eventIds: Set<string>;
  /**
   * Places with a claim or event on record by then, and places that have none at all (pure
   * geography, drawn for orientation). Capitals always count as known.
   */
  placeIds: Set<string>;
}

/**
 * Which places and evidence were known at the date. The dataset's own visibility rule decides
 * (a claim dated to a month or a year counts from the end of it): the full dataset is compared with
 * what `visibleDataset` keeps at that date, confidence aside, so a place fades for its date only.
 */
export function knownAsOf(full: Dataset, asOf: string | null): Known {
  const seen = visibleDataset(full, { asOf, minConfidence: 'low' });
  const claimIds = new Set(seen.claims.map((c) => c.id));
  const eventIds = new Set(seen.events.map((e) => e.id));
  const evidenced = new Set<string>();
  const shown = new Set<string>();
  for (const c of full.claims) if (c.place) evidenced.add(c.place);
  for (const e of full.events) if (e.place) evidenced.add(e.place);
  for (const c of seen.claims) if (c.place) shown.add(c.place);
  for (const e of seen.events) if (e.place) shown.add(e.place);
  const placeIds = new Set(
    full.places
      .filter((p) => p.kind === 'capital' || !evidenced.has(p.id) || shown.has(p.id))
      .map((p) => p.id),
  );
  return { claimIds, eventIds, placeIds };
}
