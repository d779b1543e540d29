/**
 * The DHT's requests between a node's own processes (IPC `DhtQuery` → `DhtAnswer` over the
 * sibling channels, or root's pipe for `macula-cluster mesh`): a dispatch table keyed by `op`,
 * filled by the workers that serve each op (their handlers guarded by their own FaultBoundary).
 * An op nobody serves right now (its worker is restarting) answers `process_unavailable`; an op
 * that does not exist, `unknown_message_type`.
 */
import { MaculaError } from '../../errors/index.js';
import type { macula } from '../../gen/ipc.js';
import type { Envelope, IpcBody, IpcChannel, Siblings } from '../../ipc/index.js';
import type { FaultBoundary } from '../../supervisor/FaultBoundary.js';

export type DhtQuery = macula.ipc.IDhtQuery;
export type DhtAnswer = macula.ipc.IDhtAnswer;
export type OpHandler = (q: DhtQuery, from: string) => DhtAnswer | Promise<DhtAnswer>;

/** Every op one process may serve, so a missing handler is "restarting", not "unknown". */
export const DHT_OPS = [
  // routing
  'closest', 'heard', 'status', 'metrics', 'probe', 'publish', 'unpublish', 'find_providers', 'locate',
  'test_store', 'test_unstore', 'test_find', 'test_locate',
  // bootstrap
  'records_get', 'records_put', 'records_status', 'server_status', 'health',
  // gateway
  'links', 'routes', 'pins', 'resolve', 'endpoint',
] as const;
export type DhtOp = (typeof DHT_OPS)[number];

export class DhtOps {
  readonly #handlers = new Map<string, OpHandler>();

  /**
   * Serve `op` (a worker's start) as that worker's code: with its `boundary`, a bug in the handler
   * crashes the worker and the asker gets `process_unavailable`. Returns the removal.
   */
  serve(op: DhtOp, handler: OpHandler, boundary?: FaultBoundary): () => void {
    const run: OpHandler = boundary === undefined ? handler : (q, from) => boundary.run(() => handler(q, from));
    this.#handlers.set(op, run);
    return () => {
      if (this.#handlers.get(op) === run) this.#handlers.delete(op);
    };
  }

  /** The IPC handler for `dhtQuery` envelopes (install it on siblings and on root's channel). */
  readonly handle = async (env: Envelope): Promise<IpcBody> => {
    const q = env.dhtQuery ?? {};
    const op = q.op ?? '';
    const handler = this.#handlers.get(op);
    if (handler === undefined) {
      if ((DHT_OPS as readonly string[]).includes(op)) throw new MaculaError('process_unavailable', `the DHT worker that serves ${op} is restarting; retry`, { details: { op } });
      throw new MaculaError('unknown_message_type', `no DHT op ${JSON.stringify(op.slice(0, 64))}`, { details: { op: op.slice(0, 64) } });
    }
    return { dhtAnswer: await handler(q, env.from) };
  };
}

/** Ask sibling `to` one op (over the direct channel); resolves with its answer. */
export async function askSibling(siblings: Siblings, to: string, q: DhtQuery, timeoutMs?: number): Promise<DhtAnswer> {
  const reply = await siblings.request(to, { dhtQuery: q }, timeoutMs);
  return reply.dhtAnswer ?? {};
}

/** Ask a process one op over root's pipe (root asking its child, for `macula-cluster mesh`). */
export async function askOverPipe(channel: IpcChannel, to: string, q: DhtQuery, timeoutMs?: number): Promise<DhtAnswer> {
  const reply = await channel.request(to, { dhtQuery: q }, timeoutMs);
  return reply.dhtAnswer ?? {};
}
