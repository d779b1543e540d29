/**
 * The gateway's part of the DHT (issue 11.6: "the sockets in the gateway"): it holds the node's
 * one UDP socket and its node links (macula_gateway_mesh), so every DHT message between nodes
 * passes through it, relayed over the sibling channels:
 *
 * - a DHT frame arriving on a link goes to bootstrap (a request: macula_bootstrap_server answers
 *   it) or routing (a reply to one of its RPCs), tagged with the link's proven node id; when that
 *   process is down, a request is answered `process_unavailable` at once so the asker fails fast;
 * - a `DhtRelay` from routing or bootstrap is sent on the link to its target (dialled if needed);
 *   when that fails, routing gets an error reply in its target's name at once (its RPC fails now,
 *   not after its timeout);
 * - ops for the others: `endpoint` (this node's advertised `quic://host:port`), `links` (live node
 *   links), `pins` (links the DHT needs kept), `resolve` (dial a bootstrap URL whose node id is
 *   not pinned and say who answered: trust on first use).
 *
 * All of it runs as macula_gateway_mesh's code (GatewayState.call), inside that worker's boundary.
 * It also keeps the mesh's status for /health (refreshed from routing every MESH_STATUS_REFRESH_MS).
 */
import { networkInterfaces } from 'node:os';
import type { Broker } from '../broker/Broker.js';
import type { DhtSink } from '../broker/MeshPool.js';
import type { ChildContext } from '../cluster/types.js';
import { REPLY_TYPE } from '../dht/messages.js';
import type { WireDhtMessage } from '../dht/wire.js';
import { askSibling, DhtOps } from '../dht/wiring/DhtOps.js';
import { contactFromWire, recordFromWire } from '../dht/wiring/wireRecords.js';
import type { DhtAccess } from '../broker/types.js';
import { MaculaError } from '../errors/index.js';
import { DHT_ACCESS_TIMEOUT_MS, MESH_STATUS_REFRESH_MS } from './constants.js';

/** What /health says of the mesh. */
export interface MeshHealth {
  joined: boolean;
  contacts: number;
  links: number;
  seed: boolean;
  bootstrap?: unknown;
}

/** The host other nodes reach this node at (advertise_host, the QUIC host, or a non-loopback IPv4). */
export function advertisedHost(quicHost: string, advertiseHost: string | undefined): string {
  if (advertiseHost !== undefined) return advertiseHost;
  if (quicHost !== '0.0.0.0' && quicHost !== '::' && quicHost !== '') return quicHost;
  for (const addrs of Object.values(networkInterfaces())) {
    for (const a of addrs ?? []) if (a.family === 'IPv4' && !a.internal) return a.address;
  }
  return '127.0.0.1';
}

const isRequestType = (type: string | null | undefined): boolean => type != null && Object.hasOwn(REPLY_TYPE, type);

export class DhtGateway {
  readonly ops = new DhtOps();
  #broker: Broker | undefined;
  #mesh: MeshHealth | undefined;
  /** The routing and bootstrap processes' Prometheus text, as of the last refresh. */
  #metrics: Record<string, string> = {};

  constructor(private readonly ctx: ChildContext) {}

  /** Where the mesh worker hands DHT frames from links. */
  readonly sink: DhtSink = {
    deliver: (from, message) => {
      const to = isRequestType(message.type) ? 'bootstrap' : 'routing';
      this.ctx.siblings.send(to, { dhtRelay: { peer: from, message } }).catch((err: unknown) => {
        if (!isRequestType(message.type)) return;
        // the asker fails fast instead of waiting out its RPC timeout
        const e = MaculaError.wrap(err, 'process_unavailable');
        const reply: WireDhtMessage = { type: 'error', requestId: message.requestId ?? 0, sender: { nodeId: this.ctx.config.nodeId, endpoint: this.endpoint() }, code: e.code, message: `${to} is restarting` };
        void this.#broker?.state.call('mesh', (m) => m.sendDht(from, message.sender?.endpoint ?? '', reply)).catch(() => undefined);
      });
    },
  };

  /** This node's DHT endpoint (`quic://<advertised host>:<gateway port>`). */
  endpoint(): string {
    const b = this.#broker;
    if (b === undefined || b.port === 0) return '';
    const host = advertisedHost(this.ctx.config.quicHost, this.ctx.config.advertiseHost);
    return `quic://${host.includes(':') ? `[${host}]` : host}:${b.port}`;
  }

  /** The mesh as /health reports it (from routing's last status; undefined before the first). */
  get mesh(): MeshHealth | undefined {
    return this.#mesh;
  }

  /** Wire the relay and the ops once the broker exists. */
  attach(broker: Broker): void {
    this.#broker = broker;
    const { siblings } = this.ctx;
    const mesh = <T>(fn: (m: NonNullable<Broker['mesh']>) => T): T => broker.state.call('mesh', fn);
    siblings.handle('dhtQuery', this.ops.handle);
    siblings.handle('dhtRelay', (env) => {
      const r = env.dhtRelay;
      if (!r?.peer || !r.message) return;
      const message = r.message;
      void Promise.resolve()
        .then(() => mesh((m) => m.sendDht(r.peer as string, r.endpoint ?? '', message)))
        .catch((err: unknown) => {
          // routing's RPC to an unreachable node fails now (an error in that node's name: the gateway is trusted)
          if (env.from !== 'routing' || !isRequestType(message.type)) return;
          const e = MaculaError.wrap(err, 'connection_refused');
          const reply: WireDhtMessage = { type: 'error', requestId: message.requestId ?? 0, sender: { nodeId: r.peer, endpoint: r.endpoint ?? '' }, code: e.code, message: e.message.slice(0, 200) };
          void siblings.send('routing', { dhtRelay: { peer: r.peer, message: reply } }).catch(() => undefined);
        });
    });
    this.ops.serve('endpoint', () => ({ outcome: this.endpoint() }));
    this.ops.serve('links', () => mesh((m) => ({ json: JSON.stringify(m.links()) })));
    this.ops.serve('routes', () => mesh((m) => ({ json: JSON.stringify({ routes: m.routes(), relay: m.relayStats() ?? null, cells: broker.state.get('pubsub')?.cells() ?? null }) })));
    this.ops.serve('pins', (q) => mesh((m) => {
      m.setDhtPins(q.nodeIds ?? []);
      return {};
    }));
    this.ops.serve('resolve', async (q) => {
      const link = await mesh((m) => m.linkUrl(q.url ?? ''));
      return { nodeId: link.nodeId };
    });
  }

  /** The DHT as the broker's workers use it (DhtAccess): requests to the routing process. */
  readonly access: DhtAccess = {
    publish: async (key, metadata) => void (await askSibling(this.ctx.siblings, 'routing', { op: 'publish', key, args: { ...metadata } }, DHT_ACCESS_TIMEOUT_MS)),
    unpublish: async (key) => void (await askSibling(this.ctx.siblings, 'routing', { op: 'unpublish', key }, DHT_ACCESS_TIMEOUT_MS)),
    findProviders: async (key, want) => ((await askSibling(this.ctx.siblings, 'routing', { op: 'find_providers', key, n: want ?? 0 }, DHT_ACCESS_TIMEOUT_MS)).records ?? []).map(recordFromWire),
    locate: async (nodeId) => {
      const c = (await askSibling(this.ctx.siblings, 'routing', { op: 'locate', key: nodeId }, DHT_ACCESS_TIMEOUT_MS)).contacts?.[0];
      return c?.nodeId ? contactFromWire(c) : undefined;
    },
  };

  /** The DHT's metrics (from routing and bootstrap, as of the last refresh), for /metrics. */
  metricsText(): string {
    return Object.values(this.#metrics).join('');
  }

  /** Refresh the mesh status and the DHT's metrics (the health worker calls this on a timer). */
  async refresh(): Promise<void> {
    await Promise.all(['routing', 'bootstrap'].map(async (proc) => {
      try {
        this.#metrics[proc] = (await askSibling(this.ctx.siblings, proc, { op: 'metrics' }, MESH_STATUS_REFRESH_MS)).outcome ?? '';
      } catch {
        // restarting: its figures come back with its next refresh
        delete this.#metrics[proc];
      }
    }));
    try {
      const s = JSON.parse((await askSibling(this.ctx.siblings, 'routing', { op: 'status' }, MESH_STATUS_REFRESH_MS)).json || '{}') as Record<string, unknown>;
      this.#mesh = {
        joined: s.joined === true,
        contacts: Number(s.tableSize ?? 0),
        links: this.#broker?.mesh?.size ?? 0,
        seed: s.seed === true,
        bootstrap: s.bootstrap,
      };
    } catch {
      if (this.#mesh !== undefined) this.#mesh = { ...this.#mesh, links: this.#broker?.mesh?.size ?? 0 };
    }
  }
}
