/**
 * Interest convergence in the in-process simulation (lib/broker/sim: the real PubSubRouter of
 * every node, links in memory with a seeded one-way delay of 1 + [0, 4] ms on a virtual clock):
 * a client of node X subscribes to a fresh topic; a client of another node Y publishes to it
 * every virtual millisecond until the first delivery. The sample is the virtual time from the
 * subscribe to that delivery (resolution 1 ms). Also the wall time and heap the run took, since
 * that is what bounds the size it can reach here: the simulation links every node to every other
 * (what MeshMembership builds), so it holds n × (n − 1) link ends.
 */
import { PubSubSim } from '../../../lib/broker/sim/index.js';
import { percentile } from '../stats.js';

export interface SimConvergence {
  nodes: number;
  samples: number;
  p50Ms: number;
  p99Ms: number;
  maxMs: number;
  startWallMs: number;
  heapMb: number;
}

const PAYLOAD = new Uint8Array(8);
const GIVE_UP_MS = 10_000;

export async function simConvergenceAt(nodes: number, samples: number, seed = 'bench-mesh'): Promise<SimConvergence> {
  const t0 = performance.now();
  const sim = new PubSubSim({ seed: `${seed}/${nodes}`, nodes, recordArrivals: false });
  await sim.start();
  await sim.settle();
  const startWallMs = performance.now() - t0;
  const times: number[] = [];
  try {
    for (let i = 0; i < samples; i++) {
      const x = Math.floor(sim.random() * nodes);
      const y = (x + 1 + Math.floor(sim.random() * (nodes - 1))) % nodes;
      const sub = sim.client(x);
      const pub = sim.client(y);
      const topic = `converge.${i}`;
      const seen = sim.deliveries.length;
      sub.subscribe(topic);
      const from = sim.clock.now();
      const arrived = (): boolean => sim.deliveries.slice(seen).some((d) => d.topic === topic && d.node === x);
      while (!arrived() && sim.clock.now() - from < GIVE_UP_MS) {
        pub.publish(topic, PAYLOAD);
        await sim.clock.runUntil(sim.clock.now() + 1, arrived);
      }
      if (arrived()) times.push(sim.clock.now() - from);
      await sim.settle();
    }
  } finally {
    await sim.stop();
  }
  return {
    nodes,
    samples: times.length,
    p50Ms: percentile(times, 50),
    p99Ms: percentile(times, 99),
    maxMs: Math.max(...times),
    startWallMs,
    heapMb: process.memoryUsage().heapUsed / 1e6,
  };
}
