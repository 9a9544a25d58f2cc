/** The id of the element in which a prerendered page carries its dataset, as JSON. */
export const INLINE_DATASET_ID = 'published-dataset';

/** The id of the element in which a prerendered page carries the releases' changes, as JSON. */
export const INLINE_HISTORY_ID = 'release-history';
