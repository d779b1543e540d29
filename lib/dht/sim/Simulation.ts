/**
 * Many real DhtNodes in one process over SimNetwork on VirtualClock (MESH §6). Seeded: node ids,
 * every node's randomness and the network's come from `seed`, so a run replays exactly. Nodes
 * join through the first node (the bootstrap, a seed node); they can be killed (SIGKILL: timers
 * cancelled, detached, nothing runs again), stopped gracefully (records withdrawn), added, and
 * restarted with the same id (a fresh node: empty table and store, same id and endpoint).
 */
import { seededRandom } from '../clock.js';
import { DhtNode, type DhtNodeOptions } from '../DhtNode.js';
import { idToHex, sha256Id } from '../ids.js';
import type { Contact, IdHex, Random } from '../types.js';
import { SimNetwork, type LinkProfile } from './SimNetwork.js';
import { VirtualClock, type ScopedClock } from './VirtualClock.js';

/** Node options the simulation does not set itself. */
export type SimNodeOptions = Omit<DhtNodeOptions, 'nodeId' | 'endpoint' | 'transport' | 'clock' | 'random' | 'seeds'>;

export interface SimulationOptions {
  seed: number | string;
  link?: Partial<LinkProfile>;
  node?: SimNodeOptions;
  startMs?: number;
}

export interface SimNode {
  readonly index: number;
  readonly nodeId: IdHex;
  readonly endpoint: string;
  node: DhtNode;
  clock: ScopedClock;
  alive: boolean;
  /** Times this id was started (1 + restarts). */
  incarnation: number;
}

export class Simulation {
  readonly clock: VirtualClock;
  readonly network: SimNetwork;
  readonly random: Random;
  readonly seed: string;
  readonly #nodeOptions: SimNodeOptions;
  readonly #nodes = new Map<IdHex, SimNode>();
  readonly #all: SimNode[] = [];
  #bootstrap: SimNode | undefined;

  constructor(options: SimulationOptions) {
    this.seed = String(options.seed);
    this.clock = new VirtualClock(options.startMs);
    this.random = seededRandom(`${this.seed}/sim`);
    this.network = new SimNetwork(this.clock, seededRandom(`${this.seed}/net`), options.link);
    this.#nodeOptions = options.node ?? {};
  }

  /** The first node added: a seed node every later one joins through. */
  get bootstrap(): SimNode | undefined {
    return this.#bootstrap;
  }

  /** Every node ever added (dead ones included), in order of addition. */
  get nodes(): readonly SimNode[] {
    return this.#all;
  }

  get(nodeId: IdHex): SimNode | undefined {
    return this.#nodes.get(nodeId);
  }

  alive(): SimNode[] {
    return this.#all.filter((n) => n.alive);
  }

  /** A new node with a fresh id (SHA-256 of seed and index), started; joins through the bootstrap. */
  addNode(options: { seeds?: readonly Contact[]; node?: SimNodeOptions } = {}): SimNode {
    const index = this.#all.length;
    const nodeId = idToHex(sha256Id(`${this.seed}/node/${index}`));
    const sim: SimNode = { index, nodeId, endpoint: `sim://${index}`, node: undefined as unknown as DhtNode, clock: undefined as unknown as ScopedClock, alive: false, incarnation: 0 };
    this.#all.push(sim);
    this.#nodes.set(nodeId, sim);
    this.#boot(sim, options);
    this.#bootstrap ??= sim;
    return sim;
  }

  /** SIGKILL: nothing of the node runs again, nothing is withdrawn. */
  kill(nodeId: IdHex): void {
    const sim = this.#nodes.get(nodeId);
    if (sim === undefined || !sim.alive) return;
    sim.alive = false;
    sim.clock.cancelAll();
    this.network.detach(nodeId);
  }

  /** Graceful stop (records withdrawn), run on virtual time; then detached. */
  async stop(nodeId: IdHex, maxMs = 60_000): Promise<void> {
    const sim = this.#nodes.get(nodeId);
    if (sim === undefined || !sim.alive) return;
    await this.clock.settle(sim.node.stop(), maxMs);
    this.kill(nodeId);
  }

  /** Kill if alive, then start a fresh node with the same id and endpoint. */
  restart(nodeId: IdHex, options: { seeds?: readonly Contact[]; node?: SimNodeOptions } = {}): SimNode {
    const sim = this.#nodes.get(nodeId);
    if (sim === undefined) throw new Error(`no simulated node ${nodeId}`);
    this.kill(nodeId);
    this.#boot(sim, options);
    return sim;
  }

  /** A uniformly random live node (seeded). */
  randomAlive(exclude?: IdHex): SimNode {
    const live = this.alive().filter((n) => n.nodeId !== exclude);
    if (live.length === 0) throw new Error('no live node');
    return live[Math.floor(this.random() * live.length)]!;
  }

  run(ms: number): Promise<void> {
    return this.clock.runFor(ms);
  }

  settle<T>(promise: Promise<T>, maxMs?: number): ReturnType<VirtualClock['settle']> {
    return this.clock.settle(promise, maxMs) as ReturnType<VirtualClock['settle']>;
  }

  #boot(sim: SimNode, options: { seeds?: readonly Contact[]; node?: SimNodeOptions }): void {
    sim.incarnation++;
    sim.clock = this.clock.scope();
    const boot = this.#bootstrap;
    const seeds = options.seeds ?? (boot !== undefined && boot !== sim ? [{ nodeId: boot.nodeId, endpoint: boot.endpoint }] : []);
    sim.node = new DhtNode({
      ...this.#nodeOptions,
      ...options.node,
      nodeId: sim.nodeId,
      endpoint: sim.endpoint,
      transport: this.network.transport(sim.nodeId),
      clock: sim.clock,
      random: seededRandom(`${this.seed}/node/${sim.index}/${sim.incarnation}`),
      seeds,
    });
    const node = sim.node;
    this.network.attach(sim.nodeId, (from, message) => void node.receive(from, message));
    sim.alive = true;
    void node.start();
  }
}
