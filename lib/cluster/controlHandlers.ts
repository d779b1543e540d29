/**
 * Root's control-socket dispatch table: status, down, scale and the test-only fault and ping
 * (present only when the node runs with MACULA_TEST_FAULTS=1).
 */
import { MAX_PEERS, MAX_SERVICE_INSTANCES } from '../config/constants.js';
import { MaculaError } from '../errors/index.js';
import type { ChildDescription } from '../supervisor/index.js';
import type { ClusterRoot } from './ClusterRoot.js';
import { CONTROL_IPC_TIMEOUT_MS, PEERS_SUP, ROOT_SUPERVISOR } from './constants.js';
import { BARE_PEERS } from './PeerReconciler.js';
import type { ControlHandler, ControlRequestCase } from './ControlServer.js';
import { meshDetail, meshSummary } from './mesh.js';
import { processNameOf, resolveFaultTarget } from './names.js';
import { checkServiceModule } from './serviceCheck.js';
import { descriptionFromWire, descriptionToWire } from './wire.js';

/** Bytes root writes into a pipe for the garbage test: not a frame (its "length" is ~1.2 GB). */
const GARBAGE = Buffer.from('GARBAGE: this is not a length-prefixed protobuf frame\n');

export function controlHandlers(root: ClusterRoot): Partial<Record<ControlRequestCase, ControlHandler>> {
  const table: Partial<Record<ControlRequestCase, ControlHandler>> = {
    status: async () => ({
      status: {
        nodeId: root.nodeId,
        realm: root.config.realm,
        pid: process.pid,
        startedAt: root.startedAt,
        ready: root.isUp(),
        tree: descriptionToWire(await liveTree(root)),
        bound: root.hub.bound('gateway'),
        services: liveServices(root),
        bootstrapUrl: root.config.bootstrapUrl ?? '',
        meshJson: JSON.stringify(await meshSummary(root)),
      },
    }),
    down: () => {
      setImmediate(() => root.requestStop('down (control socket)'));
      return { ok: { message: `stopping node ${root.nodeId} (root pid ${process.pid})` } };
    },
    scale: async (req) => scale(root, req.scale?.what ?? '', req.scale?.count ?? 0),
    mesh: async () => ({ mesh: { json: JSON.stringify(await meshDetail(root)) } }),
  };
  if (!root.faultsEnabled) return table;
  table.fault = async (req) => {
    const target = req.fault?.target ?? '';
    if (target.replace(/^macula_root\//, '').replace(/\/$/, '') === PEERS_SUP) return crashPeersSup(root);
    const { process: proc, path } = resolveFaultTarget(target);
    const how = req.fault?.how ?? '';
    await root.hub.request(proc, { fault: { path, how } }, CONTROL_IPC_TIMEOUT_MS);
    return { ok: { message: path ? `${proc}:${path} throws (${how || 'timer'})` : `${proc} throws outside every worker (the process dies)` } };
  };
  table.dhtTest = async (req) => {
    const t = req.dhtTest ?? {};
    // records_* ops are the bootstrap process's (what this node holds for the DHT)
    const proc = (t.op ?? '').startsWith('records_') ? 'bootstrap' : 'routing';
    const reply = await root.hub.request(proc, { dhtQuery: { op: t.op ?? '', key: t.key ?? '', args: t.args ?? {} } }, 15_000);
    const records = reply.dhtAnswer?.records;
    return { mesh: { json: records !== undefined && records !== null && records.length > 0 && !reply.dhtAnswer?.json ? JSON.stringify({ records }) : reply.dhtAnswer?.json || JSON.stringify({ records: records ?? [] }) } };
  };
  table.ping = async (req) => {
    const target = req.ping?.target ?? '';
    const via = req.ping?.via ?? '';
    // garbage then the ping, in one stream: the receiver must give the stream up (framing error)
    if (req.ping?.garbageFirst) root.hub.channel(target).writeRaw(GARBAGE);
    const started = performance.now();
    const reply = via
      ? await root.hub.request(via, { ping: { payload: 'relay', relayTo: target } }, CONTROL_IPC_TIMEOUT_MS)
      : await root.hub.request(target, { ping: { payload: 'ping' } }, CONTROL_IPC_TIMEOUT_MS);
    return { ping: { pid: reply.pong?.pid ?? 0, startedAt: reply.pong?.startedAt ?? 0, rttMs: performance.now() - started } };
  };
  return table;
}

/** The node's live tree: root's rows, each OS child's own subtree (over IPC) and every process's RSS. */
export async function liveTree(root: ClusterRoot): Promise<ChildDescription> {
  const sup = root.supervisor;
  const rows = sup.whichChildren();
  await Promise.all(rows.map((row) => enrich(root, row)));
  return {
    id: ROOT_SUPERVISOR,
    type: 'supervisor',
    strategy: sup.flags.strategy,
    state: sup.describe().state,
    pid: process.pid,
    restarts: 0,
    startedAt: root.startedAt,
    memory: process.memoryUsage.rss(),
    children: rows,
  };
}

async function enrich(root: ClusterRoot, row: ChildDescription): Promise<void> {
  const proc = processNameOf(row.id);
  if (proc) {
    // an OS child that is restarting has no pid: never show another process's (root's) pid for it
    if (row.pid === undefined || row.state !== 'running') {
      delete row.pid;
      return;
    }
    try {
      const reply = await root.hub.request(proc, { describeRequest: {} }, CONTROL_IPC_TIMEOUT_MS);
      const d = reply.describeReply;
      if (d?.supervisor) {
        const own = descriptionFromWire(d.supervisor);
        if (own.strategy) row.strategy = own.strategy;
        if (own.children) row.children = withPid(own.children, row.pid);
      }
      if (d?.rss) row.memory = d.rss;
    } catch {
      // restarting right now: the row from root's supervisor is all there is
    }
    return;
  }
  // a supervisor inside root (macula_peers_sup) runs in root's process
  row.pid ??= process.pid;
  await Promise.all((row.children ?? []).map((child) => enrich(root, child)));
}

/** In-process workers run in their OS process: show its pid. */
function withPid(rows: ChildDescription[], pid: number): ChildDescription[] {
  return rows.map((r) => ({ ...r, pid: r.pid ?? pid, ...(r.children ? { children: withPid(r.children, pid) } : {}) }));
}

/** peer<N> → service of the peers running now (forgetting peers that are gone). */
function liveServices(root: ClusterRoot): Record<string, string> {
  const live = new Set(root.peersSup?.whichChildren().map((c) => c.id) ?? []);
  const out: Record<string, string> = {};
  for (const [id, service] of root.peerServices) if (live.has(id)) out[id] = service;
  return out;
}

/** `peers=N` scales the bare peers, `<service>=N` the instances of one configured service. */
async function scale(root: ClusterRoot, what: string, count: number) {
  const service = what === 'peers' ? undefined : root.config.services.find((s) => s.name === what);
  if (what !== 'peers' && service === undefined) {
    const names = root.config.services.map((s) => s.name);
    throw new MaculaError('usage', `cannot scale ${JSON.stringify(what)}: expected peers=N${names.length ? ` or one of the node's services (${names.join(', ')})=N` : ' (the node runs no services)'}`);
  }
  const max = service ? MAX_SERVICE_INSTANCES : MAX_PEERS;
  if (!Number.isInteger(count) || count < 0 || count > max) throw new MaculaError('usage', `${what} must be an integer 0–${max}`);
  const peers = root.peersSup;
  if (!peers || peers.describe().state !== 'running') throw new MaculaError('process_unavailable', `${PEERS_SUP} is not running`);
  const key = service?.name ?? BARE_PEERS;
  // a module changed on disk since `up` is checked again before a new instance starts
  if (service !== undefined && root.peers.live(peers, key).length < count) await checkServiceModule(service);
  // the desired-state record: a restarted macula_peers_sup comes back with these counts
  return { scale: await root.peers.scale(key, count) };
}

/** macula_peers_sup lives in root's process: crash it the way OTP's exit(Pid, kill) would. */
function crashPeersSup(root: ClusterRoot) {
  const sup = root.peersSup;
  if (!sup || sup.describe().state !== 'running') {
    throw new MaculaError('process_unavailable', `${PEERS_SUP} is not running (restarting)`);
  }
  sup.kill();
  return { ok: { message: `killed ${PEERS_SUP}` } };
}
