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
/** Unsent bytes on a channel above which a request waits for 'drain' before it is written. */
export const HIGH_WATER_BYTES = 1024 * 1024;
/** Unsent bytes on a channel above which a fire-and-forget send is refused (`slow_consumer`). */
export const MAX_QUEUED_BYTES = 16 * 1024 * 1024;
/** Largest seq before it wraps back to 1 (uint32, 0 means "no seq"). */
export const MAX_SEQ = 0xffff_ffff;
/** Process names on the IPC hub. */
export const ROOT_NAME = 'root';
/** Mode of a process's sibling socket (its directory is 0700). */
export const SIBLING_SOCKET_MODE = 0o600;
/** A sibling channel's dialer must say hello (and have it accepted) within this time. */
export const SIBLING_HELLO_TIMEOUT_MS = 2_000;
/** Connecting to a sibling's socket gives up after this long (`process_unavailable`). */
export const SIBLING_CONNECT_TIMEOUT_MS = 2_000;
/** Inbound sibling channels one process serves at once (a node has at most ~1,000 peers + 3). */
export const MAX_SIBLING_CHANNELS = 2_048;
/** Directory of the sibling sockets inside the runtime dir. */
export const SIBLING_DIR_NAME = 'sib';
