/**
 * Interest convergence across a mesh (bench/mesh.ts): how long after a subscription is made on
 * one node a publish made on another node reaches it. One subscriber client on `subUrl`, one
 * publisher client on `pubUrl` (both in this process: the figure is a propagation time, not a
 * throughput). Per sample: subscribe to a fresh topic; once the subscribe is answered, publish to
 * it every `publishEveryMs` from the other node until the first delivery (or `timeoutMs`). The
 * sample is the time from the subscribe's answer to that delivery, so it includes up to one
 * publish interval of waiting: the resolution is `publishEveryMs`.
 */
import { connect as natsConnect } from 'nats';
import { connect as maculaConnect } from '../../../lib/client/index.js';
import { generateIdentity } from '../../../lib/identity/index.js';
import { percentile } from '../stats.js';

export const CONVERGE_PUBLISH_MS = 2;

export interface ConvergenceResult {
  samples: number;
  timeouts: number;
  p50Ms: number;
  p99Ms: number;
  maxMs: number;
  publishEveryMs: number;
}

interface Side {
  subscribe(topic: string, onMessage: () => void): Promise<() => void>;
  publish(topic: string): void;
  close(): Promise<void>;
}

async function natsSide(url: string): Promise<Side> {
  const nc = await natsConnect({ servers: url, maxReconnectAttempts: 0 });
  return {
    async subscribe(topic, onMessage) {
      const sub = nc.subscribe(topic, { callback: () => onMessage() });
      await nc.flush();
      return () => sub.unsubscribe();
    },
    publish: (topic) => nc.publish(topic, new Uint8Array(8)),
    close: () => nc.close(),
  };
}

async function maculaSide(url: string): Promise<Side> {
  const client = await maculaConnect(url, { realm: 'macula.default', name: 'bench-converge', identity: generateIdentity({ keyBits: 2048 }) });
  client.on('error', () => undefined);
  return {
    async subscribe(topic, onMessage) {
      const sub = await client.subscribe(topic, () => onMessage());
      return () => void sub.unsubscribe().catch(() => undefined);
    },
    publish: (topic) => void client.publish(topic, new Uint8Array(8)).catch(() => undefined),
    close: () => client.close(),
  };
}

export async function convergence(system: 'nats' | 'macula', subUrl: string, pubUrl: string, samples: number, timeoutMs: number, publishEveryMs = CONVERGE_PUBLISH_MS): Promise<ConvergenceResult> {
  const open = system === 'nats' ? natsSide : maculaSide;
  const sub = await open(subUrl);
  const pub = await open(pubUrl);
  const times: number[] = [];
  let timeouts = 0;
  const run = `${process.pid}.${Date.now()}`;
  try {
    for (let i = 0; i < samples; i++) {
      const topic = `converge.${run}.${i}`;
      let delivered: () => void = () => undefined;
      const first = new Promise<void>((r) => (delivered = r));
      const unsubscribe = await sub.subscribe(topic, () => delivered());
      const t0 = performance.now();
      const timer = setInterval(() => pub.publish(topic), publishEveryMs);
      pub.publish(topic);
      const ok = await Promise.race([first.then(() => true), new Promise<boolean>((r) => setTimeout(() => r(false), timeoutMs))]);
      clearInterval(timer);
      if (ok) times.push(performance.now() - t0);
      else timeouts++;
      unsubscribe();
    }
  } finally {
    await Promise.all([sub.close(), pub.close()]);
  }
  if (times.length === 0) throw new Error(`${system}: no publish reached a subscription on the other node within ${timeoutMs} ms`);
  return { samples: times.length, timeouts, p50Ms: percentile(times, 50), p99Ms: percentile(times, 99), maxMs: Math.max(...times), publishEveryMs };
}
