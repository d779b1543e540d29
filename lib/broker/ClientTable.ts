/**
 * macula_gateway_clients (seed §4, child 1): client id → ClientSession, bounded by `maxClients`
 * (upstream 10,000; beyond it `max_clients_reached`, then close). When a client leaves — closes,
 * crashes, times out or is kicked — remove() runs every leave hook (pub/sub drops its index
 * entries, RPC withdraws its advertisements, cancels its calls and fails its in-flight
 * invocations over) and then forgets the record, all in one step, so nothing of it lingers.
 *
 * The table is the foundational worker's state: pub/sub and RPC (started after it) index the
 * records its sessions own and rebuild from them when they restart. Stopping the table (its own
 * restart, or the gateway's) disconnects every client with a Goodbye; killing it closes them at
 * once. Leave hooks run inside their owner's FaultBoundary (they are registered guarded), so a bug
 * in pub/sub's hook crashes pub/sub, not the table.
 */
import { MaculaError } from '../errors/index.js';
import type { Worker, WorkerContext } from '../supervisor/types.js';
import { ClientSession, type ClientSessionInit } from './ClientSession.js';
import { MAX_CLIENTS, MAX_CLOSE_REASON_CHARS } from './constants.js';
import type { GatewayState } from './GatewayState.js';

export interface ClientTableOptions {
  /** @default MAX_CLIENTS (10,000) */
  maxClients?: number;
}

/** Called with a leaving client, before its record is dropped. */
export type LeaveHook = (session: ClientSession, reason: MaculaError | undefined) => void;

export class ClientTable implements Worker {
  readonly maxClients: number;
  readonly #state: GatewayState;
  readonly #sessions = new Map<string, ClientSession>();
  readonly #leaveHooks = new Set<LeaveHook>();
  #ctx: WorkerContext | undefined;

  constructor(state: GatewayState, options: ClientTableOptions = {}) {
    this.#state = state;
    this.maxClients = options.maxClients ?? MAX_CLIENTS;
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

  /** Admit a client that completed the handshake. Throws `max_clients_reached`. */
  admit(init: Omit<ClientSessionInit, 'observer'>): ClientSession {
    if (this.#sessions.size >= this.maxClients) {
      throw new MaculaError('max_clients_reached', `gateway holds its maximum of ${this.maxClients} clients`, { details: { limit: this.maxClients } });
    }
    const session = new ClientSession({ ...init, observer: this.#state.observer });
    this.#sessions.set(session.sessionId, session);
    return session;
  }

  get(sessionId: string): ClientSession | undefined {
    return this.#sessions.get(sessionId);
  }

  values(): IterableIterator<ClientSession> {
    return this.#sessions.values();
  }

  /** Register a leave hook (pass it guarded by its owner's boundary); returns its removal. */
  onLeave(hook: LeaveHook): () => void {
    this.#leaveHooks.add(hook);
    return () => this.#leaveHooks.delete(hook);
  }

  /** A client left: run the leave hooks, then drop its record. Idempotent. */
  remove(sessionId: string, reason?: MaculaError): boolean {
    const session = this.#sessions.get(sessionId);
    if (session === undefined) return false;
    this.#sessions.delete(sessionId);
    session.release();
    for (const hook of this.#leaveHooks) hook(session, reason);
    session.subscriptions.clear();
    session.registrations.clear();
    session.pendingCalls.clear();
    return true;
  }

  /** Drop a client now (it stopped answering, or its process is known dead): state first, then its connection. */
  kick(sessionId: string, reason: MaculaError): boolean {
    const session = this.#sessions.get(sessionId);
    if (session === undefined) return false;
    this.remove(sessionId, reason);
    void session.connection.close({ force: true, code: reason.wireCode, reason: reason.message.slice(0, MAX_CLOSE_REASON_CHARS) }).catch(() => undefined);
    return true;
  }

  /**
   * One of this node's own processes (`peer:3`) is gone (root saw it exit): drop its sessions at
   * once, so the calls they held fail over now instead of after a timeout. A peer presents the
   * node's identity and names itself `peer:<N>` or `peer:<N>/<service>` in its Connect.
   */
  dropOwnProcess(processName: string): number {
    const nodeId = this.#state.nodeId;
    const gone = [...this.#sessions.values()].filter((s) => s.nodeId === nodeId && (s.clientName === processName || s.clientName.startsWith(`${processName}/`)));
    const why = new MaculaError('connection_closed', `${processName} exited`, { details: { process: processName } });
    for (const s of gone) this.kick(s.sessionId, why);
    return gone.length;
  }

  async start(ctx: WorkerContext): Promise<void> {
    this.#ctx = ctx;
    this.#state.register('clients', this, ctx.boundary);
  }

  async stop(): Promise<void> {
    this.#state.deregister('clients', this);
    const leaving = this.#drop('gateway client table restarting');
    await Promise.all(leaving.map((s) => s.goodbye('gateway restarting', new MaculaError('shutdown', 'gateway client table restarting')).catch(() => undefined)));
  }

  /** Died: every client's connection is closed at once (no Goodbye waits on anyone). */
  async kill(): Promise<void> {
    this.#state.deregister('clients', this);
    const err = new MaculaError('shutdown', `${this.#ctx?.id ?? 'macula_gateway_clients'} crashed`);
    const leaving = this.#drop(err.message);
    await Promise.all(leaving.map((s) => s.connection.close({ force: true, code: err.wireCode, reason: err.message }).catch(() => undefined)));
  }

  /** Forget every session (the leave hooks still run, so the indexes empty too). */
  #drop(why: string): ClientSession[] {
    const leaving = [...this.#sessions.values()];
    const err = new MaculaError('shutdown', why);
    for (const s of leaving) {
      try {
        this.remove(s.sessionId, err);
      } catch {
        // a hook's owner crashed on it; the table is going anyway
      }
    }
    return leaving;
  }
}
