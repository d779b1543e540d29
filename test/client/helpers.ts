/**
 * Shared helpers of the client tests: a real in-process Broker on 127.0.0.1 (port 0, or a given
 * port to restart on), identities generated once per run, waits with deadlines.
 */
import { Broker, type BrokerOptions } from '../../lib/broker/index.js';
import { generateIdentity, type Identity } from '../../lib/identity/index.js';
import { connect, type ClientOptions, type MaculaClient } from '../../lib/client/index.js';
import { MaculaError } from '../../lib/errors/index.js';

let gatewayId: Identity | undefined;
let clientIds: Identity[] = [];

/** The gateway identity (one per test run: RSA generation costs ~0.5 s). */
export function gatewayIdentity(): Identity {
  return (gatewayId ??= generateIdentity());
}

/** Client identity number `i` (a few distinct ones, reused across tests). */
export function clientIdentity(i = 0): Identity {
  while (clientIds.length <= i) clientIds.push(generateIdentity());
  return clientIds[i]!;
}

const brokers = new Set<Broker>();
const clients = new Set<MaculaClient>();

export async function startBroker(options: Partial<BrokerOptions> = {}): Promise<Broker> {
  const b = new Broker({ tls: gatewayIdentity(), host: '127.0.0.1', port: 0, ...options });
  await b.start();
  brokers.add(b);
  return b;
}

/** A client of `gateway` (a Broker, or any gateway with a url and node id) pinned to its node id, with fast reconnects; closed in cleanup(). */
export async function client(gateway: { url: string; nodeId: string }, options: ClientOptions = {}, identity = 0): Promise<MaculaClient> {
  const c = await connect(gateway.url, {
    identity: clientIdentity(identity),
    expectedNodeId: gateway.nodeId,
    reconnect: { initialDelayMs: 20, maxDelayMs: 200 },
    ...options,
  });
  clients.add(c);
  return c;
}

/** What the gateway's diagnostics report (com.macula.diagnostics.info), asked by an observer client (counted among the clients). */
export interface GatewayInfo {
  clients: number;
  subscriptions: number;
  registrations: number;
  pending_calls: number;
}

const observers = new WeakMap<object, Promise<MaculaClient>>();

/** The gateway's own counts, through its public diagnostics procedure (no broker internals). */
export async function gatewayInfo(gateway: { url: string; nodeId: string }): Promise<GatewayInfo> {
  let observer = observers.get(gateway);
  if (observer === undefined) {
    observer = client(gateway, {}, 3);
    observers.set(gateway, observer);
  }
  return (await observer).call<GatewayInfo>('com.macula.diagnostics.info');
}

/** Close every client and broker started by the helpers. */
export async function cleanup(): Promise<void> {
  await Promise.all([...clients].map((c) => c.close()));
  clients.clear();
  await Promise.all([...brokers].map((b) => b.stop()));
  brokers.clear();
}

export function sleep(ms: number): Promise<void> {
  return new Promise((r) => setTimeout(r, ms));
}

/** Resolve with the first emission of `event`, or reject after `ms`. */
export function once<T = unknown>(emitter: { once(e: string, f: (...a: any[]) => void): unknown }, event: string, ms = 5000): Promise<T> {
  return new Promise((resolve, reject) => {
    const t = setTimeout(() => reject(new Error(`no ${event} within ${ms} ms`)), ms);
    emitter.once(event, (v: T) => {
      clearTimeout(t);
      resolve(v);
    });
  });
}

/** Poll `check` until it returns true, or fail after `ms`. */
export async function until(check: () => boolean | Promise<boolean>, ms = 5000, what = 'condition'): Promise<void> {
  const deadline = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`${what} not met within ${ms} ms`);
    await sleep(10);
  }
}

/** The MaculaError `p` rejects with (fails the test if it resolves or rejects with something else). */
export async function failure(p: Promise<unknown>): Promise<MaculaError> {
  let value: unknown;
  try {
    value = await p;
  } catch (err) {
    if (err instanceof MaculaError) return err;
    throw new Error(`expected a MaculaError, got ${String(err)}`);
  }
  throw new Error(`expected a rejection, got ${JSON.stringify(value)}`);
}
