import type { ReleaseChanges } from '../dataset/releases';

/** A release's changes, none unless given. */
export const releaseChanges = (
  changes: Partial<ReleaseChanges> & Pick<ReleaseChanges, 'id'>,
): ReleaseChanges => ({
  previous: null,
  claims: 0,
  added: [],
  changed: [],
  retracted: [],
  removed: [],
  sourcesAdded: 0,
  eventsAdded: 0,
  namesChanged: 0,
  ...changes,
});
