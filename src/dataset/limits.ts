/** Larger than any plausible claims file; a bigger response is refused unread. */
export const MAX_DATASET_BYTES = 5 * 1024 * 1024;
