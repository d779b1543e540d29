/**
 * DHT messages (upstream's find_node / find_node_reply / store / find_value / find_value_reply,
 * plus ping and an error reply), as plain data: the wire encoding comes with the integration
 * (protobuf fields 60–99 of Frame are reserved for them). Every request carries a requestId
 * (uint32) that its one reply echoes, and the sender's contact, whose nodeId must be the
 * authenticated sender's (validate.ts).
 *
 * Withdraw is a STORE whose record has ttlMs 0 and a higher seq: one message, one validation path
 * (the record's nodeId must be the sender's), one ordering rule; the store keeps a tombstone so a
 * delayed older STORE cannot bring the record back.
 */
import type { Contact, IdHex, ProviderRecord } from './types.js';

interface Base {
  /** uint32 chosen by the requester, echoed by the reply. */
  readonly requestId: number;
  readonly sender: Contact;
}

export interface PingRequest extends Base {
  readonly type: 'ping';
}

export interface PingReply extends Base {
  readonly type: 'pong';
}

/** Ask for the k contacts closest to `key` the receiver knows. */
export interface FindNodeRequest extends Base {
  readonly type: 'find_node';
  readonly key: IdHex;
}

export interface FindNodeReply extends Base {
  readonly type: 'find_node_reply';
  readonly contacts: readonly Contact[];
}

/** Ask for the providers of `key` the receiver holds, and its closest contacts to `key`. */
export interface FindValueRequest extends Base {
  readonly type: 'find_value';
  readonly key: IdHex;
}

export interface FindValueReply extends Base {
  readonly type: 'find_value_reply';
  readonly providers: readonly ProviderRecord[];
  readonly contacts: readonly Contact[];
}

/** Store (or, with record.ttlMs 0, withdraw) the sender's own provider record under `key`. */
export interface StoreRequest extends Base {
  readonly type: 'store';
  readonly key: IdHex;
  readonly record: ProviderRecord;
}

export interface StoreReply extends Base {
  readonly type: 'store_reply';
  /** false: ignored because the store holds an equal or higher seq from that node. */
  readonly stored: boolean;
}

/** A request that could not be served: `code` is a lib/errors code. */
export interface ErrorReply extends Base {
  readonly type: 'error';
  readonly code: string;
  readonly message: string;
}

export type DhtRequest = PingRequest | FindNodeRequest | FindValueRequest | StoreRequest;
export type DhtReply = PingReply | FindNodeReply | FindValueReply | StoreReply | ErrorReply;
export type DhtMessage = DhtRequest | DhtReply;

export type RequestType = DhtRequest['type'];
export type ReplyType = DhtReply['type'];
export type MessageType = DhtMessage['type'];

/** A request without the fields the RPC client fills in. */
export type RequestBody =
  | { readonly type: 'ping' }
  | { readonly type: 'find_node'; readonly key: IdHex }
  | { readonly type: 'find_value'; readonly key: IdHex }
  | { readonly type: 'store'; readonly key: IdHex; readonly record: ProviderRecord };

/** The reply type each request expects (an ErrorReply is always possible). */
export const REPLY_TYPE = {
  ping: 'pong',
  find_node: 'find_node_reply',
  find_value: 'find_value_reply',
  store: 'store_reply',
} as const satisfies Readonly<Record<RequestType, ReplyType>>;

/** Reply of `R`. */
export type ReplyTo<R extends RequestType> = Extract<DhtReply, { type: (typeof REPLY_TYPE)[R] }>;

export function isRequest(message: DhtMessage): message is DhtRequest {
  return Object.hasOwn(REPLY_TYPE, message.type);
}
