/** Defaults and bounds of lib/ipc. Every one is an option somewhere; units are in the names. */

/** The child's end of the IPC pipe (execa `stdio[3]`). */
export const IPC_FD = 3;
/** Bytes of the big-endian length prefix in front of every frame. */
export const FRAME_HEADER_BYTES = 4;
/** Largest frame a receiver accepts; a larger length prefix is a `frame_too_large` error. */
export const MAX_FRAME_BYTES = 4 * 1024 * 1024;
/** How long `request()` waits for the reply. */
export const REQUEST_TIMEOUT_MS = 5_000;
/** Bound of the pending-request table; one more request fails with `too_many_pending_calls`. */
export const MAX_PENDING_REQUESTS = 1_024;
/** Largest seq before it wraps back to 1 (uint32, 0 means "no seq"). */
export const MAX_SEQ = 0xffff_ffff;
/** Process names on the IPC hub. */
export const ROOT_NAME = 'root';
