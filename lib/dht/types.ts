/**
 * DHT types. Everything that crosses a process or the wire is plain data (hex strings, numbers,
 * string maps: JSON and protobuf friendly, no classes); in memory an id is a bigint (XOR and
 * comparison are native), converted at the edges by ids.ts.
 */

/** A node id or DHT key in memory: 256 bits as an unsigned bigint. */
export type Id = bigint;
/** A node id or DHT key at the edges: 64 lowercase hex characters (the node id is SHA-256 of its public key). */
export type IdHex = string;

/** A node as messages name it. `endpoint` is a dial hint; messages are routed by node id. */
export interface Contact {
  readonly nodeId: IdHex;
  readonly endpoint: string;
}

/** One provider of one key (what macula_bootstrap_registry holds), upserted by nodeId. */
export interface ProviderRecord {
  readonly nodeId: IdHex;
  readonly endpoint: string;
  readonly metadata: Readonly<Record<string, string>>;
  /** Lifetime from receipt; 0 in a STORE = withdraw. In a reply: the time left. */
  readonly ttlMs: number;
  /** Version: a higher seq replaces, an equal or lower one is ignored. */
  readonly seq: number;
}

/** Opaque timer handle of a Clock. */
export type TimerHandle = unknown;

/**
 * Time and timers, injected so the simulation runs the same code on virtual time. `now()` is wall
 * time in ms (record seqs derive from it, so it must not go backwards across a restart).
 */
export interface Clock {
  now(): number;
  setTimeout(fn: () => void, ms: number): TimerHandle;
  clearTimeout(handle: TimerHandle): void;
}

/** Uniform in [0, 1); injected so jitter and random ids are seeded in the simulation. */
export type Random = () => number;

/** A table member as the table keeps it (and `macula-cluster mesh` will show it). */
export interface TableEntry {
  readonly id: Id;
  readonly nodeId: IdHex;
  /** Its bucket: the common-prefix length of its id with ours. */
  readonly bucket: number;
  endpoint: string;
  /** Last time it answered us (or, for a member, sent us a request). */
  lastSeenMs: number;
  /** Consecutive failed RPCs; 0 after any answer. */
  failures: number;
  /** Smoothed RTT of its answers, undefined until one was timed. */
  rttMs: number | undefined;
  readonly addedAtMs: number;
}

/** Why a member left the table. */
export type RemovalReason = 'failed' | 'replaced' | 'removed';

/** Kinds of lookup: FIND_NODE (closest contacts) or FIND_VALUE (providers, plus contacts). */
export type LookupKind = 'find_node' | 'find_value';

/** Why a lookup ended. */
export type LookupEnd = 'converged' | 'found' | 'enough_providers' | 'exhausted' | 'rpc_budget' | 'deadline';

/**
 * What one lookup cost. `rounds` is the length of the discovery path to the result (the IPFS
 * measurement's hops): a contact from our own table is at hop 1, one first returned by a contact
 * at hop h is at hop h + 1; rounds = the hop of the target when it answered (locate), of the first
 * contact that returned providers (FIND_VALUE), else of the closest contact that answered.
 */
export interface LookupStats {
  rounds: number;
  /** RPCs sent (each answered or timed out exactly once). */
  rpcs: number;
  /** RPCs that timed out, could not be sent or were answered with an error. */
  failures: number;
  /** Contacts that answered. */
  answered: number;
  durationMs: number;
  end: LookupEnd;
}

export interface LookupResult {
  /** Contacts that answered, closest first, at most k. */
  closest: Contact[];
  /** The target itself, when a locate found it answering. */
  found: Contact | undefined;
  /** FIND_VALUE: providers collected (deduplicated by nodeId, the highest seq of each). */
  providers: ProviderRecord[];
  stats: LookupStats;
}
