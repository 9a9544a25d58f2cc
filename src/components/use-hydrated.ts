import { useSyncExternalStore } from 'react';

const subscribe = () => () => {};

/**
 * False while React renders on the server and while the browser hydrates that HTML; true once the
 * page is live, and at once in a page rendered in the browser from scratch. Charts draw a static
 * SVG until then, because recharts draws nothing before its effects run.
 */
export function useHydrated(): boolean {
  return useSyncExternalStore(
    subscribe,
    () => true,
    () => false,
  );
}
