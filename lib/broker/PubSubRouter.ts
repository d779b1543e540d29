/**
 * macula_gateway_pubsub (seed §4, child 2): subscribe / unsubscribe / publish for the clients of
 * this gateway, one TopicTrie per realm (nothing crosses realms). Each subscription whose pattern
 * matches a publish gets the event once, at most once (qos 0 delivery; qos 1 only acknowledges
 * the hand-off). Fan-out writes to each target's bounded queue and never waits; a subscriber
 * left congested holds the publisher's reads until it drains (EventFrames.holdPublisher), and
 * one that does not read is disconnected with `slow_consumer` (ClientSession) while the
 * publisher and the other subscribers go on.
 *
 * The index is derived state: each incarnation builds its tries from the subscription records
 * the ClientTable's sessions own (the one copy), so a restart (rest_for_one: pubsub + rpc + mesh)
 * loses no subscription and clients need not resubscribe. Targets are DeliveryTargets (a local
 * session now; a remote node's link when interest crosses the mesh).
 */
import { MaculaError } from '../errors/index.js';
import type { FrameBody } from '../protocol/index.js';
import { TopicTrie, validatePattern } from '../pubsub/index.js';
import { topicSegments } from '../pubsub/validate.js';
import type { Worker, WorkerContext } from '../supervisor/types.js';
import type { ClientSession } from './ClientSession.js';
import type { ClientTable } from './ClientTable.js';
import { MAX_SUBSCRIPTIONS_PER_CLIENT, MAX_SUBSCRIPTIONS_PER_GATEWAY } from './constants.js';
import { EventFrames } from './EventFrames.js';
import type { GatewayState } from './GatewayState.js';
import type { SubscriptionRecord } from './types.js';

export interface PubSubRouterOptions {
  /** @default MAX_SUBSCRIPTIONS_PER_CLIENT */
  maxSubscriptionsPerClient?: number;
  /** Subscriptions per realm index. @default MAX_SUBSCRIPTIONS_PER_GATEWAY */
  maxSubscriptions?: number;
}

export class PubSubRouter implements Worker {
  readonly #state: GatewayState;
  readonly #maxPerClient: number;
  readonly #max: number;
  readonly #tries = new Map<string, TopicTrie<SubscriptionRecord>>();
  #unhook: (() => void) | undefined;

  constructor(state: GatewayState, options: PubSubRouterOptions = {}) {
    this.#state = state;
    this.#maxPerClient = options.maxSubscriptionsPerClient ?? MAX_SUBSCRIPTIONS_PER_CLIENT;
    this.#max = options.maxSubscriptions ?? MAX_SUBSCRIPTIONS_PER_GATEWAY;
  }

  /** Subscriptions in the index (all realms). */
  get subscriptionCount(): number {
    let n = 0;
    for (const t of this.#tries.values()) n += t.size;
    return n;
  }

  /** Register a pattern for `session`; returns the subscription id. Throws `invalid_topic`, `permission_denied`, `too_many_subscriptions`. */
  subscribe(session: ClientSession, body: FrameBody<'subscribe'>): number {
    const pattern = body.pattern ?? '';
    validatePattern(pattern);
    // checked as a pattern: allowed only if every topic it could match is allowed
    this.#state.auth.authorize(session, 'subscribe', pattern);
    if (session.subscriptions.size >= this.#maxPerClient) {
      throw new MaculaError('too_many_subscriptions', `client holds its maximum of ${this.#maxPerClient} subscriptions`, {
        details: { limit: this.#maxPerClient, scope: 'client' },
      });
    }
    const rec: SubscriptionRecord = { id: session.allocateSubscriptionId(), pattern, target: session, handle: 0 };
    this.#index(session.realm, rec);
    session.subscriptions.set(rec.id, rec);
    session.send({ subscribed: { correlationId: body.correlationId ?? 0, subscriptionId: rec.id } });
    return rec.id;
  }

  /** Idempotent: an unknown subscription id is ignored. */
  unsubscribe(session: ClientSession, body: FrameBody<'unsubscribe'>): boolean {
    const rec = session.subscriptions.get(body.subscriptionId ?? 0);
    if (rec === undefined) return false;
    session.subscriptions.delete(rec.id);
    this.#unindex(session.realm, rec);
    return true;
  }

  /**
   * Deliver to every matching subscription of the publisher's realm; returns how many were handed
   * an event. Throws `invalid_topic` or `permission_denied` (nothing delivered; a qos-0 publish
   * has correlation id 0, so its refusal is a connection-level Error and the session goes on).
   */
  publish(session: ClientSession, body: FrameBody<'publish'>): number {
    const topic = body.topic ?? '';
    // grammar first (invalid_topic; the segments are cached for match()), then permissions
    topicSegments(topic);
    this.#state.auth.authorize(session, 'publish', topic);
    const trie = this.#tries.get(session.realm);
    let delivered = 0;
    if (trie !== undefined) {
      let frames: EventFrames | undefined;
      for (const rec of trie.match(topic)) {
        if (frames === undefined) {
          frames = new EventFrames(topic, body.payload ?? new Uint8Array(0), session.nodeId || session.sessionId);
          // the Event is larger than the Publish it came from: refuse it to the publisher rather
          // than have the transport refuse it to (and disconnect) every subscriber
          if (frames.maxFrameBytes > session.maxFrameBytes) {
            throw new MaculaError('frame_too_large', `the event of this publish would be ${frames.maxFrameBytes} bytes, over the ${session.maxFrameBytes}-byte frame limit`, {
              details: { size: frames.maxFrameBytes, max: session.maxFrameBytes, topic },
            });
          }
        }
        if (rec.target.deliverEvent(frames, rec.id)) delivered++;
      }
      // a subscriber left above its queue's pressure mark holds this publisher (ClientSession.hold)
      frames?.holdPublisher(session);
    }
    if (body.qos === 1) session.send({ published: { correlationId: body.correlationId ?? 0 } });
    return delivered;
  }

  async start(ctx: WorkerContext): Promise<void> {
    const clients = this.#clients();
    for (const realm of this.#state.realms) this.#tries.set(realm, new TopicTrie({ maxSubscriptions: this.#max }));
    for (const session of clients.values()) {
      for (const rec of session.subscriptions.values()) this.#index(session.realm, rec);
    }
    this.#unhook = clients.onLeave(ctx.guard((session: ClientSession) => this.#forget(session)));
    this.#state.register('pubsub', this, ctx.boundary);
  }

  async stop(): Promise<void> {
    this.kill();
  }

  kill(): void {
    this.#state.deregister('pubsub', this);
    this.#unhook?.();
    this.#unhook = undefined;
    this.#tries.clear();
  }

  #clients(): ClientTable {
    const clients = this.#state.get('clients');
    if (clients === undefined) throw new MaculaError('process_unavailable', 'pub/sub starts after the client table (rest_for_one)');
    return clients;
  }

  #index(realm: string, rec: SubscriptionRecord): void {
    const trie = this.#tries.get(realm);
    if (trie === undefined) throw new MaculaError('no_such_realm', `realm ${realm} is not served here`, { details: { realm } });
    rec.handle = trie.add(rec.pattern, rec);
  }

  #unindex(realm: string, rec: SubscriptionRecord): void {
    if (rec.handle !== 0) this.#tries.get(realm)?.remove(rec.handle);
    rec.handle = 0;
  }

  #forget(session: ClientSession): void {
    for (const rec of session.subscriptions.values()) this.#unindex(session.realm, rec);
  }
}
