/**
 * macula_gateway_pubsub (seed §4, child 2): subscribe / unsubscribe / publish for the clients of
 * this gateway, one TopicTrie per realm (nothing crosses realms). Each subscription whose pattern
 * matches a publish gets the event once, at most once (qos 0 delivery; qos 1 only acknowledges
 * the hand-off). Fan-out writes to each subscriber's bounded queue and never waits: a subscriber
 * that does not read is disconnected with `slow_consumer` (ClientSession.send) while the
 * publisher and the other subscribers go on.
 *
 * The index is derived state: on (re)start it is rebuilt from the ClientTable's per-client
 * subscription records, so a restart (rest_for_one: pubsub + rpc + mesh) loses no subscription
 * and clients need not resubscribe.
 */
import { MaculaError } from '../errors/index.js';
import type { FrameBody } from '../protocol/index.js';
import { TopicTrie, validatePattern, validateTopic, type SubscriptionHandle } from '../pubsub/index.js';
import { MAX_SUBSCRIPTIONS_PER_CLIENT, MAX_SUBSCRIPTIONS_PER_GATEWAY } from './constants.js';
import { EventFrames } from './EventFrames.js';
import { Lifecycle } from './Lifecycle.js';
import type { ClientSession } from './ClientSession.js';
import type { ClientTable } from './ClientTable.js';

export interface PubSubRouterOptions {
  clients: ClientTable;
  realms: readonly string[];
  /** @default MAX_SUBSCRIPTIONS_PER_CLIENT */
  maxSubscriptionsPerClient?: number;
  /** Subscriptions per realm index. @default MAX_SUBSCRIPTIONS_PER_GATEWAY */
  maxSubscriptions?: number;
}

interface Target {
  session: ClientSession;
  subscriptionId: number;
}

export class PubSubRouter extends Lifecycle {
  readonly #clients: ClientTable;
  readonly #realms: readonly string[];
  readonly #maxPerClient: number;
  readonly #max: number;
  readonly #tries = new Map<string, TopicTrie<Target>>();
  /** session id → subscription id → trie handle. */
  readonly #handles = new Map<string, Map<number, SubscriptionHandle>>();
  #unhook: (() => void) | undefined;

  constructor(options: PubSubRouterOptions) {
    super();
    this.#clients = options.clients;
    this.#realms = options.realms;
    this.#maxPerClient = options.maxSubscriptionsPerClient ?? MAX_SUBSCRIPTIONS_PER_CLIENT;
    this.#max = options.maxSubscriptions ?? MAX_SUBSCRIPTIONS_PER_GATEWAY;
  }

  /** Subscriptions in the index (all realms). */
  get subscriptionCount(): number {
    let n = 0;
    for (const t of this.#tries.values()) n += t.size;
    return n;
  }

  /** Register a pattern for `session`; returns the subscription id. Throws `invalid_topic`, `too_many_subscriptions`. */
  subscribe(session: ClientSession, body: FrameBody<'subscribe'>): number {
    const pattern = body.pattern ?? '';
    validatePattern(pattern);
    if (session.subscriptions.size >= this.#maxPerClient) {
      throw new MaculaError('too_many_subscriptions', `client holds its maximum of ${this.#maxPerClient} subscriptions`, {
        details: { limit: this.#maxPerClient, scope: 'client' },
      });
    }
    const id = session.allocateSubscriptionId();
    this.#index(session, id, pattern);
    session.subscriptions.set(id, pattern);
    session.send({ subscribed: { correlationId: body.correlationId ?? 0, subscriptionId: id } });
    return id;
  }

  /** Idempotent: an unknown subscription id is ignored. */
  unsubscribe(session: ClientSession, body: FrameBody<'unsubscribe'>): boolean {
    const id = body.subscriptionId ?? 0;
    if (!session.subscriptions.delete(id)) return false;
    const mine = this.#handles.get(session.sessionId);
    const handle = mine?.get(id);
    if (handle !== undefined) {
      this.#tries.get(session.realm)?.remove(handle);
      mine!.delete(id);
      if (mine!.size === 0) this.#handles.delete(session.sessionId);
    }
    return true;
  }

  /** Deliver to every matching subscription of the publisher's realm; returns how many were handed an event. Throws `invalid_topic`. */
  publish(session: ClientSession, body: FrameBody<'publish'>): number {
    const topic = body.topic ?? '';
    const trie = this.#tries.get(session.realm);
    let delivered = 0;
    if (trie === undefined) {
      validateTopic(topic);
    } else {
      // match() validates the topic (invalid_topic) before anything is delivered.
      let frames: EventFrames | undefined;
      for (const t of trie.match(topic)) {
        frames ??= new EventFrames(topic, body.payload ?? new Uint8Array(0), session.nodeId || session.sessionId);
        if (t.session.sendEncoded(frames.forSubscription(t.subscriptionId), 'event')) delivered++;
      }
    }
    if (body.qos === 1) session.send({ published: { correlationId: body.correlationId ?? 0 } });
    return delivered;
  }

  protected onStart(): void {
    for (const realm of this.#realms) this.#tries.set(realm, new TopicTrie({ maxSubscriptions: this.#max }));
    for (const session of this.#clients.values()) {
      for (const [id, pattern] of session.subscriptions) this.#index(session, id, pattern);
    }
    this.#unhook = this.#clients.onLeave((session) => this.#forget(session));
  }

  protected onStop(): void {
    this.#unhook?.();
    this.#unhook = undefined;
    this.#tries.clear();
    this.#handles.clear();
  }

  #index(session: ClientSession, id: number, pattern: string): void {
    const trie = this.#tries.get(session.realm);
    if (trie === undefined) throw new MaculaError('process_unavailable', 'pub/sub router is not running');
    const handle = trie.add(pattern, { session, subscriptionId: id });
    let mine = this.#handles.get(session.sessionId);
    if (mine === undefined) this.#handles.set(session.sessionId, (mine = new Map()));
    mine.set(id, handle);
  }

  #forget(session: ClientSession): void {
    const mine = this.#handles.get(session.sessionId);
    if (mine === undefined) return;
    const trie = this.#tries.get(session.realm);
    for (const handle of mine.values()) trie?.remove(handle);
    this.#handles.delete(session.sessionId);
  }
}
