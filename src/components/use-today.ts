import { useSyncExternalStore } from 'react';
import { todayIso } from '../lib/recency';

const noSubscription = () => () => {};

/**
 * The reader's today, once the page runs in their browser. A prerendered page was drawn on
 * another day, so the server, and hydration, render no age at all.
 */
export function useToday(): string | null {
  return useSyncExternalStore(noSubscription, todayIso, () => null);
}
