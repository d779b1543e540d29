/**
 * Interest convergence in the in-process simulation (lib/broker/sim: the real PubSubRouter of
 * every node, links in memory with a seeded one-way delay of 1 + [0, 4] ms on a virtual clock):
 * a client of node X subscribes to a fresh topic; a client of another node Y publishes to it
 * every virtual millisecond until the first delivery. The sample is the virtual time from the
 * subscribe to that delivery (resolution 1 ms). Also the wall time and heap the mesh's start
 * took, since that is what bounds the size it can reach here: without cells the simulation links
 * every node to every other (n × (n − 1) link ends); with `cellBits` b a node links to its own
 * cell and to one node of each other cell (lib/pubsub/cells.ts), about n × (n / 2^b + 2 × 2^b).
 *
 * A large run needs more heap than node's default: simConvergenceInChild runs one size in a
 * child process of its own (`--max-old-space-size`, `--expose-gc` so the heap after start is
 * measured after a full collection), and each size starts from a clean heap.
 */
import { fork } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { PubSubSim } from '../../../lib/broker/sim/index.js';
import { percentile } from '../stats.js';

export interface SimConvergence {
  nodes: number;
  cellBits: number;
  /** Node links after start (each pair once). */
  links: number;
  samples: number;
  p50Ms: number;
  p99Ms: number;
  maxMs: number;
  /** Wall time from creating the simulation to its start having settled (every snapshot applied). */
  startWallMs: number;
  /** Heap in use once started and settled (after a full GC when the process has --expose-gc). */
  heapMb: number;
  /** The process's peak resident set over the whole run (start and samples). */
  peakRssMb: number;
  /** Wall time of the samples (each: subscribe, publish until delivered, settle). */
  sampleWallMs: number;
}

export interface SimConvergenceOptions {
  cellBits?: number;
  seed?: string;
}

const PAYLOAD = new Uint8Array(8);
const GIVE_UP_MS = 10_000;
/** The heap a child gets (the 10,000-node run holds a few GB: bench/results/mesh.json). */
export const SIM_CHILD_HEAP_MB = 16_384;
const CHILD_FLAG = '--sim-convergence-child';

export async function simConvergenceAt(nodes: number, samples: number, options: SimConvergenceOptions = {}): Promise<SimConvergence> {
  const cellBits = options.cellBits ?? 0;
  const t0 = performance.now();
  // member lists off: membership is off in the simulation, and at 10,000 nodes they would be
  // most of the start (PubSubSimOptions.memberLists)
  const sim = new PubSubSim({ seed: `${options.seed ?? 'bench-mesh'}/${nodes}${cellBits > 0 ? `/${cellBits}` : ''}`, nodes, cellBits, recordArrivals: false, memberLists: false });
  await sim.start();
  await sim.settle();
  const startWallMs = performance.now() - t0;
  (globalThis as { gc?: () => void }).gc?.();
  const heapMb = process.memoryUsage().heapUsed / 1e6;
  const links = sim.linkCount;
  const times: number[] = [];
  const t1 = performance.now();
  let sampleWallMs = 0;
  try {
    for (let i = 0; i < samples; i++) {
      const x = Math.floor(sim.random() * nodes);
      const y = (x + 1 + Math.floor(sim.random() * (nodes - 1))) % nodes;
      const sub = sim.client(x);
      const pub = sim.client(y);
      const topic = `converge.${i}`;
      let seen = sim.deliveries.length;
      let got = false;
      const arrived = (): boolean => {
        for (; !got && seen < sim.deliveries.length; seen++) {
          const d = sim.deliveries[seen]!;
          got = d.topic === topic && d.node === x;
        }
        return got;
      };
      sub.subscribe(topic);
      const from = sim.clock.now();
      while (!arrived() && sim.clock.now() - from < GIVE_UP_MS) {
        pub.publish(topic, PAYLOAD);
        await sim.clock.runUntil(sim.clock.now() + 1, arrived);
      }
      if (arrived()) times.push(sim.clock.now() - from);
      await sim.settle();
    }
    sampleWallMs = performance.now() - t1;
  } finally {
    await sim.stop();
  }
  return {
    nodes,
    cellBits,
    links,
    samples: times.length,
    p50Ms: percentile(times, 50),
    p99Ms: percentile(times, 99),
    maxMs: Math.max(...times),
    startWallMs,
    heapMb,
    peakRssMb: (process.resourceUsage().maxRSS * 1024) / 1e6,
    sampleWallMs,
  };
}

/** simConvergenceAt in a child process with `heapMb` of heap (and a heap of its own). */
export function simConvergenceInChild(nodes: number, samples: number, options: SimConvergenceOptions = {}, heapMb = SIM_CHILD_HEAP_MB): Promise<SimConvergence> {
  return new Promise((resolve, reject) => {
    const child = fork(fileURLToPath(import.meta.url), [CHILD_FLAG, JSON.stringify({ nodes, samples, options })], {
      execArgv: [`--max-old-space-size=${heapMb}`, '--expose-gc', '--import', 'tsx'],
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    });
    let result: SimConvergence | undefined;
    child.on('message', (m) => (result = m as SimConvergence));
    child.once('error', reject);
    child.once('exit', (code, signal) => {
      if (result !== undefined) resolve(result);
      else reject(new Error(`simulation of ${nodes} nodes exited ${signal ?? code} without a result`));
    });
  });
}

if (process.argv[2] === CHILD_FLAG) {
  const { nodes, samples, options } = JSON.parse(process.argv[3]!) as { nodes: number; samples: number; options: SimConvergenceOptions };
  simConvergenceAt(nodes, samples, options).then(
    (r) => process.send!(r, () => process.exit(0)),
    (err: unknown) => {
      console.error(err);
      process.exit(1);
    },
  );
}
