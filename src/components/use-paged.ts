import { useState } from 'react';

/** Rows put on the page at a time: a table of many thousand claims stays quick to scroll. */
export const PAGE_SIZE = 200;

export interface Paged<T> {
  /** The items on the page: the first pages, and always the one at `mustShow`. */
  visible: readonly T[];
  /** How many items are not on the page yet. */
  rest: number;
  /** How many the next press of "Show more" adds. */
  next: number;
  /** Puts the next page on the page. */
  more: () => void;
}

/**
 * Pages through a long list a page at a time. It starts again at one page when `resetKey`
 * changes (a new filter, a new dataset), and always shows the item at index `mustShow`
 * (a selected claim), however far down it is.
 */
export function usePaged<T>(
  items: readonly T[],
  resetKey: unknown,
  mustShow = -1,
  page = PAGE_SIZE,
): Paged<T> {
  const [shown, setShown] = useState({ resetKey, limit: page });
  const limit = Object.is(shown.resetKey, resetKey) ? shown.limit : page;
  const end = Math.max(limit, mustShow + 1);
  // Rows put on the page for a selection stay there when it is cleared or moves up.
  if (end > limit) setShown({ resetKey, limit: end });
  const visible = items.length > end ? items.slice(0, end) : items;
  const rest = items.length - visible.length;
  return {
    visible,
    rest,
    next: Math.min(rest, page),
    more: () => setShown({ resetKey, limit: visible.length + page }),
  };
}
