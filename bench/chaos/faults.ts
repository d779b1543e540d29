/**
 * The faults of a chaos run and how each is injected. Categories, drawn from a seeded bag so
 * every round of FAULT_BAG draws has each of them: SIGKILL of an OS child (routing, bootstrap,
 * gateway, a peer of each service), a crash inside a worker (every worker of the seed's tree in
 * the gateway, bootstrap and peer processes, each `--how`: throw, timer, reject — the same path
 * as a real bug, `macula-cluster fault`), a throw outside every worker (the OS process dies),
 * macula_peers_sup killed in root, a client process SIGKILLed and replaced, and an orderly
 * gateway restart (SIGTERM: it stops in order and root starts it again).
 *
 * Seed figures (seed §"Fault Tolerance Examples"): pubsub crash ~100 ms, QUIC server crash ~500
 * ms (a full gateway restart, also used for the gateway process faults), bootstrap system crash
 * ~200 ms, peer rpc handler crash ~50 ms.
 */
import { controlRequest } from '../../lib/cluster/ControlClient.js';
import { FAULT_HOWS, type FaultHow } from '../../lib/supervisor/constants.js';
import { Deck, type Rng } from './rng.js';
import { peers, rowAt, workerPaths, type NodeStatus } from './tree.js';

export type FaultCategory = 'sigkill' | 'worker_crash' | 'process_crash' | 'peers_sup_kill' | 'client_kill' | 'gateway_restart' | 'double';

/** How often each category comes up per round (a round is one pass through this bag). */
const FAULT_BAG: Readonly<Record<FaultCategory, number>> = { sigkill: 3, worker_crash: 6, process_crash: 2, peers_sup_kill: 1, client_kill: 1, gateway_restart: 1, double: 2 };
/** What a double fault combines: two node faults, the second while the node still recovers from the first. */
const DOUBLE_PARTS: readonly FaultCategory[] = ['sigkill', 'worker_crash', 'process_crash', 'peers_sup_kill', 'gateway_restart'];
/** The second fault of a double comes this long after the first, drawn from [0, max]. */
export const MAX_DOUBLE_DELAY_MS = 400;

const SEED_MS: Readonly<Record<string, number>> = {
  'crash macula_gateway_pubsub': 100,
  'crash macula_gateway_quic_server': 500,
  'crash peer/macula_rpc_handler': 50,
  'SIGKILL bootstrap': 200,
  'process crash bootstrap': 200,
  'SIGKILL gateway': 500,
  'process crash gateway': 500,
  'gateway restart (SIGTERM)': 500,
};

/** A target of SIGKILL / process crash: a static OS child, or a peer running a service ('' = bare). */
type ProcessTarget = { os: 'routing' | 'bootstrap' | 'gateway' } | { service: string };

const OS_ROW = { routing: 'macula_routing_server', bootstrap: 'macula_bootstrap_system', gateway: 'macula_gateway_system' } as const;

export interface Fault {
  category: FaultCategory;
  /** What the tables group by, e.g. `crash macula_gateway_pubsub`, `SIGKILL peer (echo)`. */
  kind: string;
  how?: FaultHow;
  /** The concrete target (a control-socket fault target, a pid, a client slot). */
  target: string;
  /** Tree path of the row whose new incarnation shows the fault took effect (none: client faults). */
  watch?: string[];
  seedMs?: number;
  /** A double fault: two node faults, the second injected `delayMs` after the first, before the node recovered. */
  parts?: { first: Fault; second: Fault; delayMs: number };
}

/** A worker of a process, named by where it lives: `gateway` rows by path, peer workers by id (any peer). */
type WorkerTarget = { path: string[] } | { peerWorker: string };

export class FaultPlan {
  private readonly bag: Deck<FaultCategory>;
  private readonly processes: Deck<ProcessTarget>;
  private readonly workers: Deck<[WorkerTarget, FaultHow]>;
  private readonly doubles: Deck<FaultCategory>;

  constructor(
    private readonly rng: Rng,
    first: NodeStatus,
  ) {
    this.doubles = new Deck(rng, DOUBLE_PARTS);
    this.bag = new Deck(rng, Object.entries(FAULT_BAG).flatMap(([c, n]) => Array<FaultCategory>(n).fill(c as FaultCategory)));
    const services = [...new Set(peers(first).map((p) => first.services[p.id] ?? ''))].sort();
    this.processes = new Deck(rng, [{ os: 'routing' }, { os: 'bootstrap' }, { os: 'gateway' }, ...services.map((service) => ({ service }))]);
    const staticWorkers: WorkerTarget[] = ['macula_gateway_system', 'macula_bootstrap_system'].flatMap((id) => {
      const row = rowAt(first.tree, [id]);
      return row === undefined ? [] : workerPaths(row, [id]).map((path) => ({ path }));
    });
    const anyPeer = peers(first)[0];
    const peerWorkers: WorkerTarget[] = (anyPeer?.children ?? []).filter((c) => c.type === 'worker').map((c) => ({ peerWorker: c.id }));
    this.workers = new Deck(rng, [...staticWorkers, ...peerWorkers].flatMap((w) => FAULT_HOWS.map((how): [WorkerTarget, FaultHow] => [w, how])));
  }

  /** The next fault, its target resolved on the node as it is now (`status`) and on the live client slots. */
  next(status: NodeStatus, clientSlots: readonly number[]): Fault {
    return this.of(this.bag.draw(), status, clientSlots);
  }

  private of(category: FaultCategory, status: NodeStatus, clientSlots: readonly number[]): Fault {
    switch (category) {
      case 'sigkill':
      case 'process_crash':
        return this.processFault(category, this.processes.draw(), status);
      case 'worker_crash':
        return this.workerFault(status);
      case 'peers_sup_kill':
        return { category, kind: 'kill macula_peers_sup', target: 'macula_peers_sup', watch: ['macula_peers_sup'] };
      case 'client_kill':
        return { category, kind: 'client SIGKILL + restart', target: String(this.rng.pick(clientSlots)) };
      case 'gateway_restart':
        return { category, kind: 'gateway restart (SIGTERM)', target: 'gateway', watch: [OS_ROW.gateway], seedMs: SEED_MS['gateway restart (SIGTERM)'] };
      case 'double': {
        const first = this.of(this.doubles.draw(), status, clientSlots);
        const second = this.of(this.doubles.draw(), status, clientSlots);
        return { category, kind: 'double fault', target: `${label(first)} + ${label(second)}`, parts: { first, second, delayMs: this.rng.int(0, MAX_DOUBLE_DELAY_MS) } };
      }
    }
  }

  private processFault(category: 'sigkill' | 'process_crash', t: ProcessTarget, status: NodeStatus): Fault {
    const verb = category === 'sigkill' ? 'SIGKILL' : 'process crash';
    if ('os' in t) {
      const kind = `${verb} ${t.os}`;
      return { category, kind, target: t.os, watch: [OS_ROW[t.os]], seedMs: SEED_MS[kind] };
    }
    const peer = this.peerOf(status, t.service);
    return { category, kind: `${verb} peer (${t.service || 'bare'})`, target: `peer:${peer.slice(4)}`, watch: ['macula_peers_sup', peer] };
  }

  private workerFault(status: NodeStatus): Fault {
    const [w, how] = this.workers.draw();
    if ('path' in w) {
      const kind = `crash ${w.path.at(-1)}`;
      return { category: 'worker_crash', kind, how, target: w.path.join('/'), watch: w.path, seedMs: SEED_MS[kind] };
    }
    const peer = this.rng.pick(peers(status).map((p) => p.id));
    const kind = `crash peer/${w.peerWorker}`;
    return { category: 'worker_crash', kind, how, target: `macula_peers_sup/${peer}/${w.peerWorker}`, watch: ['macula_peers_sup', peer, w.peerWorker], seedMs: SEED_MS[kind] };
  }

  private peerOf(status: NodeStatus, service: string): string {
    const ids = peers(status).filter((p) => (status.services[p.id] ?? '') === service).map((p) => p.id);
    return ids.length > 0 ? this.rng.pick(ids) : this.rng.pick(peers(status).map((p) => p.id));
  }
}

/** `crash macula_gateway_pubsub (timer)`, `SIGKILL peer (echo)`. */
export function label(f: Fault): string {
  if (f.parts) return `${f.kind}: ${f.target} ${f.parts.delayMs} ms later`;
  return `${f.kind}${f.how ? ` (${f.how})` : ''}`;
}

/** Inject a node fault (client faults are the run's own): SIGKILL / SIGTERM a pid, or the control socket's fault. */
export async function injectNodeFault(f: Fault, status: NodeStatus, socket: string, timeoutMs: number): Promise<void> {
  if (f.category === 'sigkill' || f.category === 'gateway_restart') {
    const row = rowAt(status.tree, f.watch ?? []);
    if (row?.pid === undefined) throw new Error(`${f.kind}: ${f.target} has no pid in status`);
    process.kill(row.pid, f.category === 'sigkill' ? 'SIGKILL' : 'SIGTERM');
    return;
  }
  await controlRequest(socket, { fault: { target: f.target, how: f.how ?? '' } }, timeoutMs);
}
