import { daysBetween } from './time-scale';

export interface Slot {
  /** Position within its group, from 0, left to right. */
  slot: number;
  /** How many claims share the group. */
  slots: number;
}

/** Groups larger than this are too many to set side by side: they stay at their own dates. */
export const MAX_DODGE = 8;

/**
 * Groups items whose dates lie within `windowDays` of the previous one, so that claims made on
 * the same or nearly the same day can be drawn side by side instead of on top of each other.
 * A crowd of more than MAX_DODGE is left where its dates put it: spread out, it would leave
 * its dates behind. Items must come sorted by date; the result is in the same order.
 */
export function dodgeSlots<T>(
  items: readonly T[],
  dateOf: (item: T) => string,
  windowDays: number,
): Slot[] {
  const groups: number[][] = [];
  items.forEach((item, i) => {
    const group = groups[groups.length - 1];
    const previous = i > 0 ? items[i - 1] : undefined;
    if (
      group &&
      previous !== undefined &&
      daysBetween(dateOf(previous), dateOf(item)) <= windowDays
    )
      group.push(i);
    else groups.push([i]);
  });
  const slots: Slot[] = [];
  for (const group of groups) {
    const apart = group.length <= MAX_DODGE;
    group.forEach(
      (index, slot) =>
        (slots[index] = apart ? { slot, slots: group.length } : { slot: 0, slots: 1 }),
    );
  }
  return slots;
}
