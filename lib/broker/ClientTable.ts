/**
 * macula_gateway_clients (seed §4, child 1): client id → ClientSession, bounded by `maxClients`
 * (upstream 10,000; beyond it `max_clients_reached`, then close). When a client leaves — closes,
 * crashes, times out or is kicked — remove() runs every leave hook (pub/sub drops its
 * subscriptions, RPC withdraws its advertisements, cancels its calls and fails its in-flight
 * invocations over) and then forgets the record, all in one step, so nothing of it lingers.
 *
 * The table outlives pub/sub and RPC restarts (rest_for_one: they come after it), and their
 * indexes are rebuilt from its per-client records. Stopping the table disconnects every client
 * (a restart of the foundational worker means clients reconnect).
 */
import { MaculaError } from '../errors/index.js';
import { MAX_CLIENTS } from './constants.js';
import { Lifecycle } from './Lifecycle.js';
import { ClientSession, type ClientSessionInit } from './ClientSession.js';
import type { BrokerObserver } from './types.js';

export interface ClientTableOptions {
  /** @default MAX_CLIENTS (10,000) */
  maxClients?: number;
  observer?: BrokerObserver;
}

/** Called with a leaving client, before its record is dropped. */
export type LeaveHook = (session: ClientSession, reason: MaculaError | undefined) => void;

export class ClientTable extends Lifecycle {
  readonly maxClients: number;
  readonly #sessions = new Map<string, ClientSession>();
  readonly #leaveHooks = new Set<LeaveHook>();
  readonly #observer: BrokerObserver | undefined;

  constructor(options: ClientTableOptions = {}) {
    super();
    this.maxClients = options.maxClients ?? MAX_CLIENTS;
    this.#observer = options.observer;
  }

  get size(): number {
    return this.#sessions.size;
  }

  /** Subscriptions held by all clients. */
  get subscriptionCount(): number {
    let n = 0;
    for (const s of this.#sessions.values()) n += s.subscriptions.size;
    return n;
  }

  /** Advertisements held by all clients. */
  get registrationCount(): number {
    let n = 0;
    for (const s of this.#sessions.values()) n += s.registrations.size;
    return n;
  }

  /** Calls all clients wait for. */
  get pendingCallCount(): number {
    let n = 0;
    for (const s of this.#sessions.values()) n += s.pendingCalls.size;
    return n;
  }

  /** Admit a client that completed the handshake. Throws `max_clients_reached`, or `process_unavailable` while the table is stopped. */
  admit(init: Omit<ClientSessionInit, 'observer'>): ClientSession {
    if (!this.running) throw new MaculaError('process_unavailable', 'client table is not running; reconnect shortly');
    if (this.#sessions.size >= this.maxClients) {
      throw new MaculaError('max_clients_reached', `gateway holds its maximum of ${this.maxClients} clients`, { details: { limit: this.maxClients } });
    }
    const session = new ClientSession({ ...init, observer: this.#observer });
    this.#sessions.set(session.sessionId, session);
    return session;
  }

  get(sessionId: string): ClientSession | undefined {
    return this.#sessions.get(sessionId);
  }

  values(): IterableIterator<ClientSession> {
    return this.#sessions.values();
  }

  /** Register a leave hook; returns its removal. */
  onLeave(hook: LeaveHook): () => void {
    this.#leaveHooks.add(hook);
    return () => this.#leaveHooks.delete(hook);
  }

  /** A client left: run the leave hooks, then drop its record. Idempotent. */
  remove(sessionId: string, reason?: MaculaError): boolean {
    const session = this.#sessions.get(sessionId);
    if (session === undefined) return false;
    this.#sessions.delete(sessionId);
    for (const hook of this.#leaveHooks) {
      try {
        hook(session, reason);
      } catch (err) {
        this.crash(err);
      }
    }
    session.subscriptions.clear();
    session.registrations.clear();
    session.pendingCalls.clear();
    return true;
  }

  protected onStart(): void {}

  protected async onStop(): Promise<void> {
    const leaving = [...this.#sessions.values()];
    const shutdown = new MaculaError('shutdown', 'gateway client table restarting');
    for (const s of leaving) this.remove(s.sessionId, shutdown);
    await Promise.all(leaving.map((s) => s.goodbye('gateway restarting', shutdown).catch(() => undefined)));
  }
}
