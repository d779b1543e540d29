/**
 * Types shared by the broker's components. Collaborators are narrow interfaces (STYLE §8): the
 * metrics registry is a BrokerObserver, a built-in procedure is a LocalHandler.
 */
import type { Action } from '../auth/index.js';
import type { ErrorCode } from '../errors/index.js';
import type { FrameCase } from '../protocol/index.js';
import type { SubscriptionHandle } from '../pubsub/index.js';
import type { Invocation } from '../rpc/index.js';
import type { EventFrames } from './EventFrames.js';

/** What the broker reports as it works (lib/metrics implements it; every method optional). */
export interface BrokerObserver {
  frameIn?(kind: FrameCase | 'malformed'): void;
  frameOut?(kind: FrameCase): void;
  /** A call answered: ok, or the error code; with its latency. */
  callDone?(outcome: 'ok' | ErrorCode, latencyMs: number): void;
  clientRejected?(code: ErrorCode): void;
  /** A client's action refused (`permission_denied`): the action and details.reason. */
  permissionDenied?(action: Action, reason: string): void;
  /** A node link refused at its handshake (`not_trusted`, `realm_mismatch`, …), by the side that refused it. */
  linkRefused?(code: ErrorCode, side: LinkSide): void;
}

/** Which end of a node link's handshake refused it: the node dialled (`accept`) or the dialler (`dial`). */
export type LinkSide = 'accept' | 'dial';

/** Where refusals are logged (pino's warn, narrowed). */
export interface WarnLogger {
  warn(fields: Record<string, unknown>, message: string): void;
}

/** Who called a built-in procedure. */
export interface LocalCallContext {
  realm: string;
  /** Caller's node id (the identity permission rules name). */
  caller: string;
}

/** A procedure served inside the gateway (not over the network). Throwing → `handler_error`. */
export type LocalHandler = (args: Uint8Array, ctx: LocalCallContext) => Uint8Array | Promise<Uint8Array>;

/** A source of built-in procedures (Diagnostics). */
export interface LocalProviders {
  /** Procedure → handler; read each time the RPC router (re)starts. */
  procedures(): ReadonlyMap<string, LocalHandler>;
}

/** Live counts the broker exposes (diagnostics.info, metrics, tests). */
export interface BrokerCounts {
  clients: number;
  subscriptions: number;
  registrations: number;
  pendingCalls: number;
}

/**
 * Where pub/sub hands an event that matched a subscription: a client session on this gateway
 * today (ClientSession), a remote node's link once interest crosses the mesh. `closing` targets
 * are skipped.
 */
export interface DeliveryTarget {
  readonly closing: boolean;
  /** Queue the event for `subscriptionId`; false when it was dropped (target leaving or cut off). */
  deliverEvent(frames: EventFrames, subscriptionId: number): boolean;
}

/**
 * Where RPC sends an invocation: a client session that advertised the procedure, a built-in
 * provider of the gateway, or (later) a remote node. Throws when unreachable: the call fails over.
 */
export interface InvocationTarget {
  invoke(invocation: Invocation): void;
}

/**
 * One subscription of one client. Its owner is the ClientSession (the only copy, which outlives
 * pub/sub restarts); the pub/sub index refers to this record and keeps its handle in it.
 */
export interface SubscriptionRecord {
  readonly id: number;
  readonly pattern: string;
  readonly target: DeliveryTarget;
  /** Handle in the running pub/sub incarnation's index (0 = not indexed). */
  handle: SubscriptionHandle;
}

/**
 * A worker that takes part in cross-node traffic: the mesh worker hands it the frames of the
 * kinds it owns (MeshPool's LINK_FRAME_ROUTES) and tells it when a link comes up or goes, so it can
 * resync (interest, providers) with that node. Called through GatewayState (its FaultBoundary).
 */
export interface LinkAware {
  onLinkFrame?(link: import('./NodeLink.js').MeshLink, frame: import('../protocol/index.js').Frame): void;
  onLinkUp?(link: import('./NodeLink.js').MeshLink): void;
  onLinkDown?(link: import('./NodeLink.js').MeshLink): void;
}

/**
 * The DHT as the gateway's workers use it (the node's routing process does the work; the gateway
 * process injects a client over the sibling channel). Undefined in a broker without a node around
 * it (in-process tests): everything stays local.
 */
export interface DhtAccess {
  /** Publish this node's record under key (republished until unpublish or a graceful stop). */
  publish(key: string, metadata: Readonly<Record<string, string>>): Promise<void>;
  unpublish(key: string): Promise<void>;
  /** Provider records of key from the closest nodes (this node's own included when it holds one). */
  findProviders(key: string, want?: number): Promise<Array<{ nodeId: string; endpoint: string; metadata: Readonly<Record<string, string>>; ttlMs: number; seq: number }>>;
  /** Where node `nodeId` is (a lookup that ends when it answers), or undefined. */
  locate(nodeId: string): Promise<{ nodeId: string; endpoint: string } | undefined>;
}
