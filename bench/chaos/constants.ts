/**
 * Defaults and bounds of the chaos run (`npm run chaos`, test/chaos), each with its unit. The
 * bounds are generous on purpose: the run must pass on a loaded 2-core machine, so a check fails
 * only on a real violation (a call that never settles, a tree that does not come back, a process
 * that outlives its tree), never on a slow moment.
 */

/** Length of a run when --minutes is not given. */
export const DEFAULT_DURATION_MS = 5 * 60_000;
/** Seed when --seed is not given (printed, so a run can be repeated). */
export const DEFAULT_SEED = 8;
/** Client processes publishing, subscribing and calling. */
export const DEFAULT_CLIENTS = 4;

/** Traffic of each client. */
export const CALL_TIMEOUT_MS = 2_000;
/** Concurrent call loops per client, and the pause after each call (bounds the call rate and the resolution of recovery times). */
export const CALL_LOOPS = 2;
export const CALL_INTERVAL_MS = 20;
/** One acknowledged publish per client this often. */
export const PUBLISH_INTERVAL_MS = 50;
/** Clients send what they observed this often. */
export const REPORT_INTERVAL_MS = 200;
/** Sequence numbers a subscriber remembers per publisher to recognise a duplicate. */
export const DEDUP_WINDOW = 8_192;

/**
 * A call still open this long past its deadline has not settled: the SDK's own timer fires at
 * deadline + CALL_TIMEOUT_GRACE_MS (250 ms), so this leaves seconds for a stalled event loop.
 */
export const UNSETTLED_MARGIN_MS = 5_000;
/** A successful call slower than this counts as a disruption (its user waited). */
export const SLOW_CALL_MS = 1_000;

/** Before the first fault: traffic only, so every path is warm. */
export const WARMUP_MS = 10_000;
/** Pause between a recovery and the next fault, drawn from this range. */
export const MIN_FAULT_GAP_MS = 500;
export const MAX_FAULT_GAP_MS = 3_000;
/** The tree must be fully running again (status, /ready 200, every desired service) within this. */
export const TREE_BACK_BOUND_MS = 30_000;
/** Every client must be calling, publishing and receiving successfully again within this after the tree is back. */
export const CLIENTS_BACK_BOUND_MS = 30_000;
/** How often the run polls status while a fault is being recovered from. */
export const STATUS_POLL_MS = 50;
/** A client process must connect and report ready within this. */
export const CLIENT_READY_BOUND_MS = 30_000;

/** RSS of every node process is sampled this often. */
export const MEMORY_SAMPLE_MS = 2_000;
/** Memory growth allowed after warm-up (fraction). */
export const MAX_MEMORY_GROWTH = 0.1;
/** Part of the run (after the first fault) that counts as memory warm-up. */
export const MEMORY_WARMUP_FRACTION = 0.25;
/** A process restarted during the run is measured only from this age on. */
export const PROCESS_MEMORY_WARMUP_MS = 20_000;
/** A process is judged only when it lived (after its warm-up) for at least this part of the measured span. */
export const MIN_MEMORY_SPAN_FRACTION = 0.5;
/** Samples averaged (median) at each end of a process's series. */
export const MEMORY_WINDOW_SAMPLES = 5;

/**
 * The gateway's books (/metrics: sessions, subscriptions, registrations, pending calls) may run
 * above what the live clients and peers hold only this long: a SIGKILLed client's session lingers
 * until the gateway's peer-silence timeout (10 s) drops it; one that never goes is a leak.
 */
export const BOOKS_SETTLE_BOUND_MS = 30_000;

/** A process that left the tree must be gone within this (its orderly stop bound and more). */
export const ORPHAN_GRACE_MS = 15_000;
/** After the run, the node and every client must be gone within this. */
export const FINAL_STOP_BOUND_MS = 30_000;
