/**
 * Helpers of the messaging/services integration tests: the node's bound QUIC address, SDK
 * clients pinned to the node's id (fast reconnects, short idle timeout so a SIGKILLed gateway is
 * noticed quickly), and polling with a deadline.
 */
import { connect, type ClientOptions, type MaculaClient } from '../../lib/client/index.js';
import { generateIdentity, type Identity } from '../../lib/identity/index.js';
import type { TestNode } from '../helpers/cluster.js';

/** Environment knobs every node of these tests runs with (peers notice a dead gateway in ~1.5 s). */
export const FAST_ENV: Record<string, string> = {
  MACULA_PEER_IDLE_TIMEOUT_MS: '1500',
  MACULA_PEER_KEEP_ALIVE_MS: '300',
};

let id: Identity | undefined;
const clients = new Set<MaculaClient>();

/** `quic://127.0.0.1:<port>` of the node's gateway (from status `bound.quic`). */
export async function quicUrl(node: TestNode): Promise<string> {
  const res = await node.control({ status: {} });
  const quic = res.status?.bound?.quic;
  if (!quic) throw new Error('the gateway reports no quic address');
  return `quic://127.0.0.1:${quic.split(':').pop()}`;
}

export async function healthUrl(node: TestNode): Promise<string> {
  const res = await node.control({ status: {} });
  return `http://${res.status?.bound?.health}`;
}

/** An SDK client of the node, pinned to its node id; closed by closeClients(). */
export async function nodeClient(node: TestNode, options: ClientOptions = {}): Promise<MaculaClient> {
  const status = await node.status();
  const c = await connect(await quicUrl(node), {
    identity: (id ??= generateIdentity({ keyBits: 1024 })),
    expectedNodeId: status.nodeId,
    reconnect: { initialDelayMs: 50, maxDelayMs: 500 },
    transport: { idleTimeoutMs: 1500, keepAliveMs: 300 },
    ...options,
  });
  clients.add(c);
  return c;
}

export async function closeClients(): Promise<void> {
  await Promise.all([...clients].map((c) => c.close()));
  clients.clear();
}

/** Retry `fn` until it resolves (returns its value) or the deadline passes (throws its last error). */
export async function eventually<T>(fn: () => Promise<T>, timeoutMs = 10_000, what = 'condition'): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let last: unknown;
  while (Date.now() < deadline) {
    try {
      return await fn();
    } catch (err) {
      last = err;
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  throw new Error(`timed out waiting for ${what}: ${(last as Error)?.message ?? last}`);
}
