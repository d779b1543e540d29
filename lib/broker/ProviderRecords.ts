/**
 * This node's provider records in the DHT: one per (realm, procedure) that a client of this
 * gateway advertises, under dhtKey(realm, "rpc/" + procedure), published through DhtAccess (the
 * routing process stores it at the k closest nodes and republishes it every TTL / 2). Upstream's
 * advertisement manager, kept by the gateway instead of each provider: N providers of one
 * procedure on this node are one record, so a caller's lookup finds this node once and this node
 * spreads calls over its own providers.
 *
 * - want(): the first local provider of a procedure publishes; resolves once the record is stored
 *   (or the publish failed: it is retried by retryFailed(), which RPC calls on a timer).
 * - unwant(): the last one leaving (unadvertise, disconnect, expiry) withdraws at once.
 * - withdrawAll(): a graceful stop withdraws everything while the node links still carry the
 *   withdrawals (the mesh worker's drain), and publishes nothing more until reopen().
 * - republishAll(): the routing process restarted (its publisher lost what it held).
 *
 * One per gateway (providerRecordsOf): it outlives RPC incarnations as the records in routing
 * do, so a restarted RPC worker can tell which records its predecessor left behind (sync()).
 * Bounded by the procedures advertised here (RPC's own bounds).
 */
import type { GatewayState } from './GatewayState.js';
import { rpcRecordKey } from './RemoteProviders.js';
import type { DhtAccess } from './types.js';

type RecordState = 'publishing' | 'published' | 'failed';

interface Held {
  readonly realm: string;
  readonly procedure: string;
  readonly key: string;
  state: RecordState;
  /** Settles when the current publish did (fulfilled either way). */
  done: Promise<void>;
}

export interface RecordView {
  realm: string;
  procedure: string;
  key: string;
  state: RecordState;
}

export class ProviderRecords {
  readonly #dht: DhtAccess;
  readonly #held = new Map<string, Held>();
  #closed = false;

  constructor(dht: DhtAccess) {
    this.#dht = dht;
  }

  get size(): number {
    return this.#held.size;
  }

  /** The records held, for tests and diagnostics. */
  records(): RecordView[] {
    return [...this.#held.values()].map((h) => ({ realm: h.realm, procedure: h.procedure, key: h.key, state: h.state }));
  }

  has(realm: string, procedure: string): boolean {
    return this.#held.has(rpcRecordKey(realm, procedure));
  }

  /** Publish our record for (realm, procedure) unless held; settles once stored (or failed). */
  want(realm: string, procedure: string): Promise<void> {
    if (this.#closed) return Promise.resolve();
    const key = rpcRecordKey(realm, procedure);
    const held = this.#held.get(key);
    if (held !== undefined && held.state !== 'failed') return held.done;
    const h: Held = held ?? { realm, procedure, key, state: 'publishing', done: Promise.resolve() };
    this.#held.set(key, h);
    this.#publish(h);
    return h.done;
  }

  /** Withdraw our record for (realm, procedure), if held. */
  unwant(realm: string, procedure: string): void {
    const key = rpcRecordKey(realm, procedure);
    if (!this.#held.delete(key)) return;
    // sent after the publish request (one channel, in order): routing withdraws what it stored
    this.#dht.unpublish(key).catch(() => undefined);
  }

  /** Withdraw every record held for which `serves(realm, procedure)` is false. */
  sync(serves: (realm: string, procedure: string) => boolean): void {
    for (const h of [...this.#held.values()]) if (!serves(h.realm, h.procedure)) this.unwant(h.realm, h.procedure);
  }

  /** Publish again the records whose last publish failed. */
  retryFailed(): void {
    for (const h of this.#held.values()) if (h.state === 'failed') this.#publish(h);
  }

  /** Publish every record again (the routing process restarted and lost them). */
  republishAll(): void {
    if (this.#closed) return;
    for (const h of this.#held.values()) this.#publish(h);
  }

  /** Graceful stop: withdraw everything and publish nothing until reopen(). Settles when routing has withdrawn them (or failed to). */
  async withdrawAll(): Promise<void> {
    this.#closed = true;
    const keys = [...this.#held.keys()];
    this.#held.clear();
    await Promise.all(keys.map((k) => this.#dht.unpublish(k).catch(() => undefined)));
  }

  /** A new RPC incarnation serves again. */
  reopen(): void {
    this.#closed = false;
  }

  #publish(h: Held): void {
    h.state = 'publishing';
    const run = this.#dht.publish(h.key, {}).then(
      () => {
        if (this.#held.get(h.key) === h && h.done === run) h.state = 'published';
      },
      () => {
        if (this.#held.get(h.key) === h && h.done === run) h.state = 'failed';
      },
    );
    h.done = run;
  }
}

const perGateway = new WeakMap<GatewayState, ProviderRecords>();

/** The gateway's provider records (one per GatewayState, created on first use); undefined without a DHT. */
export function providerRecordsOf(state: GatewayState): ProviderRecords | undefined {
  if (state.dht === undefined) return undefined;
  let records = perGateway.get(state);
  if (records === undefined) perGateway.set(state, (records = new ProviderRecords(state.dht)));
  return records;
}
