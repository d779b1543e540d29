/**
 * The node as a chaos run reads it: status over the control socket (the CLI's own client), the
 * health port's /ready, and what "fully running again" and "the fault took effect" mean on the
 * tree.
 */
import { controlRequest } from '../../lib/cluster/ControlClient.js';
import { descriptionFromWire } from '../../lib/cluster/wire.js';
import type { ChildDescription } from '../../lib/supervisor/index.js';

export const PEERS_SUP = 'macula_peers_sup';
/** Tree rows that are OS processes of their own (peers are every child of macula_peers_sup). */
const OS_ROWS: Readonly<Record<string, string>> = { macula_routing_server: 'routing', macula_bootstrap_system: 'bootstrap', macula_gateway_system: 'gateway' };

export interface NodeStatus {
  nodeId: string;
  ready: boolean;
  rootPid: number;
  tree: ChildDescription;
  /** peer<N> → service (bare peers absent). */
  services: Record<string, string>;
  quic?: string;
  health?: string;
}

export async function nodeStatus(socket: string, timeoutMs: number): Promise<NodeStatus> {
  const s = (await controlRequest(socket, { status: {} }, timeoutMs)).status ?? {};
  return {
    nodeId: s.nodeId ?? '',
    ready: s.ready === true,
    rootPid: s.pid ?? 0,
    tree: descriptionFromWire(s.tree ?? {}),
    services: { ...(s.services ?? {}) },
    quic: s.bound?.quic,
    health: s.bound?.health,
  };
}

export function allRunning(rows: readonly ChildDescription[]): boolean {
  return rows.every((r) => r.state === 'running' && allRunning(r.children ?? []));
}

export function peers(s: NodeStatus): ChildDescription[] {
  return s.tree.children?.find((c) => c.id === PEERS_SUP)?.children ?? [];
}

/** Instances per service ('' = bare peers) under macula_peers_sup. */
export function serviceCounts(s: NodeStatus): Record<string, number> {
  const out: Record<string, number> = {};
  for (const p of peers(s)) {
    const key = s.services[p.id] ?? '';
    out[key] = (out[key] ?? 0) + 1;
  }
  return out;
}

/** Root and every OS child with a pid, named for reports (`gateway`, `peer:3 echo`). */
export function osProcesses(s: NodeStatus): Array<{ pid: number; name: string }> {
  const out = [{ pid: s.rootPid, name: 'root' }];
  for (const r of s.tree.children ?? []) {
    const name = OS_ROWS[r.id];
    if (name !== undefined && r.pid !== undefined && r.state === 'running') out.push({ pid: r.pid, name });
  }
  for (const p of peers(s)) if (p.pid !== undefined && p.state === 'running') out.push({ pid: p.pid, name: `peer:${p.id.slice(4)} ${s.services[p.id] ?? 'bare'}` });
  return out;
}

/** The row at `path` (ids below macula_root). */
export function rowAt(tree: ChildDescription, path: readonly string[]): ChildDescription | undefined {
  let node: ChildDescription | undefined = tree;
  for (const id of path) node = node?.children?.find((c) => c.id === id);
  return node;
}

/**
 * Has the row at `path` been started again at or after `since` (epoch ms)? True too when one of
 * its ancestors was (a restart further up restarted it; a restarted macula_peers_sup has new
 * peer ids, so the old path may be gone).
 */
export function restartedSince(tree: ChildDescription, path: readonly string[], since: number): boolean {
  const floor = Math.floor(since);
  let node: ChildDescription | undefined = tree;
  for (const id of path) {
    node = node?.children?.find((c) => c.id === id);
    if (node === undefined) return false;
    if (node.startedAt !== undefined && node.startedAt >= floor) return true;
  }
  return false;
}

/** Every in-process worker row of an OS child: [path below macula_root, worker id]. */
export function workerPaths(row: ChildDescription, prefix: readonly string[]): string[][] {
  const out: string[][] = [];
  for (const c of row.children ?? []) {
    const path = [...prefix, c.id];
    if (c.type === 'worker') out.push(path);
    else out.push(...workerPaths(c, path));
  }
  return out;
}

/** GET /ready on the health address: its status code, 0 when it does not answer. */
export async function readyCode(health: string | undefined, timeoutMs: number): Promise<number> {
  if (health === undefined) return 0;
  try {
    const res = await fetch(`http://${health}/ready`, { signal: AbortSignal.timeout(timeoutMs) });
    await res.arrayBuffer();
    return res.status;
  } catch {
    return 0;
  }
}

/** The gateway's books from /metrics (NaN for a series it does not report, all NaN when it does not answer). */
export async function gatewayBooks(health: string | undefined, timeoutMs: number): Promise<Record<'clients' | 'subscriptions' | 'registrations' | 'pending_calls', number>> {
  const out = { clients: NaN, subscriptions: NaN, registrations: NaN, pending_calls: NaN };
  if (health === undefined) return out;
  try {
    const res = await fetch(`http://${health}/metrics`, { signal: AbortSignal.timeout(timeoutMs) });
    const text = await res.text();
    for (const key of Object.keys(out) as Array<keyof typeof out>) {
      const line = text.split('\n').find((l) => l.startsWith(`macula_gateway_${key}{`) || l.startsWith(`macula_gateway_${key} `));
      if (line !== undefined) out[key] = Number(line.slice(line.lastIndexOf(' ') + 1));
    }
  } catch {
    // restarting: no books right now
  }
  return out;
}
