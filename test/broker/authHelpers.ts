/**
 * Fixtures of the trust-model broker tests: real in-process Brokers (127.0.0.1:0 unless told)
 * and RawClients, each client on an endpoint of its own identity so rules can name it; the
 * node's own identity is at hand (a client presenting it is what the node's peer processes are).
 */
import { expect } from 'chai';
import { networkInterfaces } from 'node:os';
import type { Action } from '../../lib/auth/index.js';
import { Broker, type BrokerOptions } from '../../lib/broker/index.js';
import { isMaculaError, type MaculaError } from '../../lib/errors/index.js';
import type { Identity } from '../../lib/identity/index.js';
import { parsePermissions } from '../../lib/auth/index.js';
import type { QuicEndpoint } from '../../lib/transport/index.js';
import { clientEndpoint, identity, RawClient } from './helpers.js';

export interface AuthHarness {
  /** A started broker; `permissions` is the config-file JSON (validated as `up` does). */
  broker(opts?: Partial<BrokerOptions> & { rules?: unknown }): Promise<Broker>;
  /** A connected client of `who` (one endpoint per identity, bound to `host`). */
  client(broker: Broker, who: Identity, realm?: string, host?: string): Promise<RawClient>;
}

/** Brokers and endpoints started by a test are closed after it, even when it fails. */
export function useAuthBrokers(): AuthHarness {
  const brokers: Broker[] = [];
  const endpoints = new Map<string, QuicEndpoint>();
  afterEach(async () => {
    await Promise.all([...endpoints.values()].map((ep) => ep.close({ force: true })));
    endpoints.clear();
    await Promise.all(brokers.splice(0).map((b) => b.stop()));
  });
  return {
    async broker(opts = {}) {
      const { rules, ...rest } = opts;
      const b = new Broker({ tls: NODE, host: '127.0.0.1', port: 0, ...(rules === undefined ? {} : { permissions: parsePermissions(rules) }), ...rest });
      brokers.push(b);
      await b.start();
      return b;
    },
    async client(broker, who, realm = '', host = '127.0.0.1') {
      const key = `${who.nodeId}@${host}`;
      let ep = endpoints.get(key);
      if (ep === undefined) {
        ep = await clientEndpoint({ tls: who, host });
        endpoints.set(key, ep);
      }
      return RawClient.connect(ep, broker.url, realm);
    },
  };
}

/** The node's identity (the brokers') and three clients'. */
export const NODE = identity();
export const ALICE = identity();
export const BOB = identity();
export const CAROL = identity();

/** The MaculaError `p` rejects with (fails the test if it resolves). */
export function rejection(p: Promise<unknown>): Promise<MaculaError> {
  return p.then(
    () => expect.fail('expected a refusal'),
    (e: unknown) => {
      if (!isMaculaError(e)) throw e;
      return e;
    },
  );
}

/** Asserts `p` is refused with permission_denied naming the action and the name (and reason). */
export async function denied(p: Promise<unknown>, action: Action, name: string, reason?: string): Promise<MaculaError> {
  const e = await rejection(p);
  expect(e.code, e.message).to.equal('permission_denied');
  expect(e.details).to.include({ action, name });
  expect(e.message).to.contain(action).and.to.contain(`"${name}"`);
  if (reason !== undefined) expect(e.details.reason, e.message).to.equal(reason);
  return e;
}

/**
 * An IPv4 address of this machine that is not loopback (a client connecting from it is "beyond
 * loopback"), or undefined. Traffic to it stays on this machine.
 */
export function nonLoopbackAddress(): string | undefined {
  for (const list of Object.values(networkInterfaces())) {
    for (const a of list ?? []) if (a.family === 'IPv4' && !a.internal) return a.address;
  }
  return undefined;
}

/** For tests that need nonLoopbackAddress(): skip without one, but never under CI (fail naming it). */
export function requireNonLoopback(ctx: Mocha.Context): string {
  const addr = nonLoopbackAddress();
  if (addr !== undefined) return addr;
  if (process.env.CI === 'true') throw new Error('this test needs a non-loopback IPv4 address on this machine (os.networkInterfaces() lists none)');
  ctx.skip();
}
