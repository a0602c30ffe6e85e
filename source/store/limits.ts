/** Larger store files are not read: they are set aside as corrupt, and the player is told the limit. Store files are a few KiB. */
export const MAX_FILE_BYTES = 8 * 1024 * 1024;
