/**
 * Request handlers: plain async functions over narrow interfaces (libp2p kad-dht's
 * rpc/handlers, one per message type), so the bootstrap process can answer FIND_NODE by asking
 * the routing process for `closest` over IPC and serve FIND_VALUE / STORE from its own record
 * store. Each request gets exactly one reply: its own type, or an `error` reply carrying the
 * MaculaError code (never a throw). Dispatch is a table keyed by request type.
 */
import { MaculaError } from '../errors/index.js';
import { MAX_ERROR_MESSAGE_LENGTH } from './constants.js';
import type { DhtReply, DhtRequest, FindNodeRequest, FindValueRequest, PingRequest, RequestType, StoreRequest } from './messages.js';
import type { PutOutcome } from './RecordStore.js';
import type { Contact, IdHex, ProviderRecord } from './types.js';

/** What the handlers need; each piece may live in another process. */
export interface HandlerContext {
  /** Our contact, the sender of every reply. */
  readonly self: Contact;
  /** Contacts returned per FIND_NODE / FIND_VALUE. */
  readonly k: number;
  /** Providers returned per FIND_VALUE. */
  readonly maxProviders: number;
  /** The n contacts closest to key we know, excluding `exclude` (the requester). */
  closest(key: IdHex, n: number, exclude: IdHex): readonly Contact[] | Promise<readonly Contact[]>;
  /** The record store (or a client of it). */
  readonly records: {
    get(key: IdHex, limit: number): readonly ProviderRecord[] | Promise<readonly ProviderRecord[]>;
    put(key: IdHex, record: ProviderRecord): PutOutcome | Promise<PutOutcome>;
  };
}

type Handler<R extends DhtRequest> = (request: R, ctx: HandlerContext) => Promise<DhtReply>;

function contacts(list: readonly Contact[]): Contact[] {
  return list.map((c) => ({ nodeId: c.nodeId, endpoint: c.endpoint }));
}

export const handlePing: Handler<PingRequest> = async (request, ctx) => ({ type: 'pong', requestId: request.requestId, sender: ctx.self });

export const handleFindNode: Handler<FindNodeRequest> = async (request, ctx) => ({
  type: 'find_node_reply',
  requestId: request.requestId,
  sender: ctx.self,
  contacts: contacts(await ctx.closest(request.key, ctx.k, request.sender.nodeId)),
});

export const handleFindValue: Handler<FindValueRequest> = async (request, ctx) => {
  const [providers, closest] = await Promise.all([ctx.records.get(request.key, ctx.maxProviders), ctx.closest(request.key, ctx.k, request.sender.nodeId)]);
  return { type: 'find_value_reply', requestId: request.requestId, sender: ctx.self, providers: [...providers], contacts: contacts(closest) };
};

export const handleStore: Handler<StoreRequest> = async (request, ctx) => {
  const outcome = await ctx.records.put(request.key, request.record);
  return { type: 'store_reply', requestId: request.requestId, sender: ctx.self, stored: outcome !== 'ignored' };
};

const HANDLERS: { readonly [T in RequestType]: Handler<Extract<DhtRequest, { type: T }>> } = {
  ping: handlePing,
  find_node: handleFindNode,
  find_value: handleFindValue,
  store: handleStore,
};

/** Answer one validated request: its reply, or an `error` reply with the failure's code. */
export async function handleRequest(request: DhtRequest, ctx: HandlerContext): Promise<DhtReply> {
  try {
    const handler = HANDLERS[request.type] as Handler<DhtRequest>;
    return await handler(request, ctx);
  } catch (err) {
    const e = MaculaError.wrap(err);
    return { type: 'error', requestId: request.requestId, sender: ctx.self, code: e.code, message: e.message.slice(0, MAX_ERROR_MESSAGE_LENGTH) };
  }
}
