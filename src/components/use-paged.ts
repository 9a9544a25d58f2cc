import { useState } from 'react';

/**
 * Rows put on the page at a time, in the ledger and in every chart's data table: a few phone
 * screens of cards, a screen or two of table, and quick to draw however many claims there are.
 */
export const PAGE_SIZE = 20;

export interface Paged<T> {
  /** The items of the pages shown so far, in order. */
  visible: readonly T[];
  /**
   * An item past those pages that must be seen (a selected claim), shown after them on its own,
   * with its place in the list; null when there is none.
   */
  pinned: { item: T; index: number } | null;
  /** How many items are not on the page yet. */
  rest: number;
  /** How many the next press of "Show more" adds. */
  next: number;
  /** Puts the next page on the page. */
  more: () => void;
}

/**
 * Pages through a long list a page at a time. It starts again at one page when `resetKey`
 * changes (a new filter, a new dataset). The item at index `mustShow` (a selected claim) is
 * always on the page: past the pages shown, it is shown after them on its own, however far down
 * it is, without putting every item before it on the page too.
 */
export function usePaged<T>(
  items: readonly T[],
  resetKey: unknown,
  mustShow = -1,
  page = PAGE_SIZE,
): Paged<T> {
  const [shown, setShown] = useState({ resetKey, limit: page, pinned: -1 });
  const current = Object.is(shown.resetKey, resetKey)
    ? shown
    : { resetKey, limit: page, pinned: -1 };
  const { limit } = current;
  // A row shown for a selection stays when the selection is cleared or moves up the list.
  const pinnedAt = mustShow >= limit ? mustShow : current.pinned;
  if (pinnedAt !== current.pinned) setShown({ resetKey, limit, pinned: pinnedAt });
  const visible = items.length > limit ? items.slice(0, limit) : items;
  const pinnedItem = pinnedAt >= visible.length ? items[pinnedAt] : undefined;
  const pinned = pinnedItem === undefined ? null : { item: pinnedItem, index: pinnedAt };
  const rest = items.length - visible.length - (pinned === null ? 0 : 1);
  // The next page takes in the pinned item if it reaches it: that one is on screen already.
  const reachesPinned = pinned !== null && pinned.index < visible.length + page;
  return {
    visible,
    pinned,
    rest,
    next: Math.min(items.length - visible.length, page) - (reachesPinned ? 1 : 0),
    more: () => setShown({ resetKey, limit: visible.length + page, pinned: pinnedAt }),
  };
}
