/**
 * What root tells `macula-cluster status` and `macula-cluster mesh` about the mesh: it asks the
 * routing process (contacts, join state), the gateway (node links) and bootstrap (records, health)
 * over their pipes (dhtQuery), each bounded by CONTROL_IPC_TIMEOUT_MS; a process that is
 * restarting is reported as unavailable rather than failing the command.
 */
import type { ClusterRoot } from './ClusterRoot.js';
import { CONTROL_IPC_TIMEOUT_MS } from './constants.js';

type Json = Record<string, unknown>;

async function ask(root: ClusterRoot, proc: string, op: string): Promise<Json | { unavailable: string }> {
  try {
    const reply = await root.hub.request(proc, { dhtQuery: { op } }, CONTROL_IPC_TIMEOUT_MS);
    return JSON.parse(reply.dhtAnswer?.json || '{}') as Json;
  } catch (err) {
    return { unavailable: (err as Error).message };
  }
}

/** The mesh at a glance (status). */
export async function meshSummary(root: ClusterRoot): Promise<Json> {
  const [routing, links] = await Promise.all([ask(root, 'routing', 'status'), ask(root, 'gateway', 'links')]);
  const r = routing as Json;
  return {
    joined: r.joined === true,
    seed: r.seed === true,
    contacts: Number(r.tableSize ?? 0),
    links: Array.isArray(links) ? links.length : 0,
    bootstrap: r.bootstrap ?? [],
    ...('unavailable' in r ? { unavailable: r.unavailable } : {}),
  };
}

/** Everything `macula-cluster mesh` shows. */
export async function meshDetail(root: ClusterRoot): Promise<Json> {
  const [routing, links, routes, records, health, server] = await Promise.all([
    ask(root, 'routing', 'status'),
    ask(root, 'gateway', 'links'),
    ask(root, 'gateway', 'routes'),
    ask(root, 'bootstrap', 'records_status'),
    ask(root, 'bootstrap', 'health'),
    ask(root, 'bootstrap', 'server_status'),
  ]);
  const r = (routes ?? {}) as { routes?: unknown; relay?: unknown; cells?: unknown };
  return { nodeId: root.nodeId, routing, links, routes: r.routes ?? [], relay: r.relay ?? null, cells: r.cells ?? null, records, health, server };
}
