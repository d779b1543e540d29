/**
 * A client of the pub/sub simulation (lib/broker/sim/PubSubSim): a real ClientSession on its
 * node's running incarnation over an in-memory stream. Its subscriptions outlive the node's
 * restarts: it re-subscribes them all when it reconnects, as the SDK's restore does.
 */
import type { Frame } from '../../protocol/index.js';
import type { ClientSession } from '../ClientSession.js';
import { CLIENT_QUEUE_BYTES } from '../constants.js';
import type { PubSubSim } from './PubSubSim.js';
import { idFor } from './ids.js';
import { SimConnection, SimStream } from './SimTransport.js';

/** A client of one node: its subscriptions outlive the node's restarts (it re-subscribes them). */
export class SimClient {
  readonly #subs = new Map<number, { pattern: string; queue: string | undefined; remoteId: number }>();
  readonly #byRemote = new Map<number, number>();
  readonly #nodeId: string;
  #session: ClientSession | undefined;
  #nextKey = 1;

  constructor(
    private readonly sim: PubSubSim,
    readonly node: number,
    readonly index: number,
  ) {
    this.#nodeId = idFor(sim.random);
  }

  /** The subscriptions it holds: key → pattern and queue. */
  get subscriptions(): ReadonlyMap<number, { pattern: string; queue: string | undefined }> {
    return this.#subs;
  }

  get connected(): boolean {
    return this.#session !== undefined;
  }

  /** Connect to the node's running incarnation and (re)subscribe everything (the SDK's restore). */
  connect(): void {
    const state = this.sim.stateOf(this.node);
    const stream = new SimStream((f) => this.#onFrame(f));
    const connection = new SimConnection(this.#nodeId, stream);
    const realm = this.sim.realm;
    this.#session = state.call('clients', (t) =>
      t.admit({
        sessionId: idFor(this.sim.random).slice(0, 16),
        realm,
        nodeId: this.#nodeId,
        grant: state.auth.grantFor({ nodeId: this.#nodeId, realm, remoteAddress: connection.remoteAddress }),
        clientName: `sim${this.node}.${this.index}`,
        protocolVersion: 1,
        connection,
        stream,
        queueBytes: CLIENT_QUEUE_BYTES,
      }),
    );
    this.#byRemote.clear();
    for (const [key, s] of this.#subs) this.#remote(key, s);
  }

  /** The node died under it. */
  drop(): void {
    this.#session = undefined;
    this.#byRemote.clear();
    for (const s of this.#subs.values()) s.remoteId = 0;
  }

  subscribe(pattern: string, queue?: string): number {
    const key = this.#nextKey++;
    const s = { pattern, queue, remoteId: 0 };
    this.#subs.set(key, s);
    if (this.#session !== undefined) this.#remote(key, s);
    return key;
  }

  unsubscribe(key: number): void {
    const s = this.#subs.get(key);
    if (s === undefined) return;
    this.#subs.delete(key);
    if (this.#session === undefined || s.remoteId === 0) return;
    this.#byRemote.delete(s.remoteId);
    const session = this.#session;
    this.sim.stateOf(this.node).call('pubsub', (p) => p.unsubscribe(session, { subscriptionId: s.remoteId }));
  }

  publish(topic: string, payload: Uint8Array): void {
    const session = this.#session;
    if (session === undefined) return;
    this.sim.stateOf(this.node).call('pubsub', (p) => p.publish(session, { topic, payload, qos: 0 }));
  }

  #remote(key: number, s: { pattern: string; queue: string | undefined; remoteId: number }): void {
    const session = this.#session!;
    s.remoteId = this.sim.stateOf(this.node).call('pubsub', (p) => p.subscribe(session, { correlationId: 1, pattern: s.pattern, queue: s.queue ?? '' }));
    this.#byRemote.set(s.remoteId, key);
  }

  #onFrame(frame: Frame): void {
    const e = frame.event;
    if (e == null) return;
    const key = this.#byRemote.get(e.subscriptionId ?? 0);
    if (key !== undefined) this.sim.delivered({ node: this.node, client: this.index, key, topic: e.topic ?? '', payload: e.payload ?? new Uint8Array(0) });
  }
}
