/**
 * The DHT on real nodes (part of `npm run bench:dht`, issue 11 item 8): NODES nodes on loopback,
 * each its own tree of OS processes, default DHT settings. One seed starts; the others start
 * together with `--bootstrap-url` pointing at it. Measured:
 * - join: per node, spawn → /ready, and /ready → its routing process reports `joined` (its first
 *   lookup through the seed answered); the time until every node has every other in its table;
 * - locate: LOOKUPS locates of a random node from a random other node, through the control socket
 *   (test-only dht op): the lookup's own duration inside the routing process, and the end-to-end
 *   time including control socket → root → routing IPC and back;
 * - find: one record stored from each node, found from every other node (the same two figures).
 */
import { createHash } from 'node:crypto';
import { controlRequest } from '../../lib/cluster/ControlClient.js';
import { BenchNode, sleep } from './node.js';
import { percentile } from './stats.js';

export interface RealDhtResult {
  nodes: number;
  seedUpMs: number;
  upMsP50: number;
  joinAfterReadyMs: number[];
  convergedMs: number | null;
  locate: Figures;
  find: Figures;
}

interface Figures {
  count: number;
  success: number;
  lookupP50Ms: number;
  lookupP99Ms: number;
  endToEndP50Ms: number;
  endToEndP99Ms: number;
  roundsP50: number;
}

export type MeshJson = { nodeId: string; routing: { joined?: boolean; contacts?: Array<{ nodeId: string }> } };

/** A node's `macula-cluster mesh` view over its control socket. */
export async function mesh(n: BenchNode): Promise<MeshJson> {
  const r = await controlRequest(n.socket, { mesh: {} }, 5_000);
  return JSON.parse(r.mesh!.json!) as MeshJson;
}

async function dhtOp(n: BenchNode, op: string, key: string): Promise<{ json: Record<string, unknown>; ms: number }> {
  const t0 = performance.now();
  const r = await controlRequest(n.socket, { dhtTest: { op, key, args: {} } }, 20_000);
  return { json: JSON.parse(r.mesh!.json!) as Record<string, unknown>, ms: performance.now() - t0 };
}

type Stats = { durationMs: number; rounds: number };

function figures(samples: Array<{ ok: boolean; stats: Stats | undefined; ms: number }>): Figures {
  const ok = samples.filter((s) => s.ok);
  const stats = ok.flatMap((s) => (s.stats === undefined ? [] : [s.stats]));
  return {
    count: samples.length,
    success: ok.length / Math.max(1, samples.length),
    lookupP50Ms: percentile(stats.map((s) => s.durationMs), 50),
    lookupP99Ms: percentile(stats.map((s) => s.durationMs), 99),
    endToEndP50Ms: percentile(ok.map((s) => s.ms), 50),
    endToEndP99Ms: percentile(ok.map((s) => s.ms), 99),
    roundsP50: percentile(stats.map((s) => s.rounds), 50),
  };
}

export async function runRealNodes(count: number, lookups: number, convergeTimeoutMs = 120_000): Promise<RealDhtResult> {
  const started: BenchNode[] = [];
  try {
    const { node: seed, upMs: seedUpMs } = await BenchNode.start();
    started.push(seed);
    const quic = (await seed.status()).bound!.quic!;
    const url = `quic://127.0.0.1:${quic.split(':').pop()}`;
    const t0 = performance.now();
    const others = await Promise.all(Array.from({ length: count - 1 }, async () => {
      const r = await BenchNode.start({ extraArgs: ['--bootstrap-url', url] });
      started.push(r.node);
      const ready = performance.now();
      while (!(await mesh(r.node).catch(() => undefined))?.routing.joined) {
        if (performance.now() - ready > 30_000) throw new Error('a node did not join within 30 s');
        await sleep(20);
      }
      return { node: r.node, upMs: r.upMs, joinAfterReadyMs: performance.now() - ready };
    }));
    const nodes = [seed, ...others.map((o) => o.node)];
    const ids = await Promise.all(nodes.map(async (n) => (await mesh(n)).nodeId));
    let convergedMs: number | null = null;
    while (performance.now() - t0 < convergeTimeoutMs) {
      const tables = await Promise.all(nodes.map(async (n) => new Set(((await mesh(n).catch(() => undefined))?.routing.contacts ?? []).map((c) => c.nodeId))));
      if (tables.every((t, i) => ids.every((id, j) => i === j || t.has(id)))) {
        convergedMs = performance.now() - t0;
        break;
      }
      await sleep(50);
    }

    const locates: Array<{ ok: boolean; stats: Stats | undefined; ms: number }> = [];
    for (let i = 0; i < lookups; i++) {
      const a = Math.floor(Math.random() * count);
      const b = (a + 1 + Math.floor(Math.random() * (count - 1))) % count;
      const r = await dhtOp(nodes[a]!, 'test_locate', ids[b]!).catch(() => undefined);
      locates.push({ ok: r?.json.found === ids[b], stats: r?.json.stats as Stats | undefined, ms: r?.ms ?? NaN });
    }

    const finds: Array<{ ok: boolean; stats: Stats | undefined; ms: number }> = [];
    const keys = ids.map((id) => createHash('sha256').update(`bench-record-${id}`).digest('hex'));
    for (let i = 0; i < count; i++) await dhtOp(nodes[i]!, 'test_store', keys[i]!);
    for (let round = 0; round < Math.max(1, Math.floor(lookups / (count * (count - 1)))); round++) {
      for (let i = 0; i < count; i++) {
        for (let j = 0; j < count; j++) {
          if (i === j) continue;
          const r = await dhtOp(nodes[j]!, 'test_find', keys[i]!).catch(() => undefined);
          const providers = (r?.json.providers as Array<{ nodeId: string }> | undefined) ?? [];
          finds.push({ ok: providers.some((p) => p.nodeId === ids[i]), stats: r?.json.stats as Stats | undefined, ms: r?.ms ?? NaN });
        }
      }
    }
    return {
      nodes: count,
      seedUpMs,
      upMsP50: percentile(others.map((o) => o.upMs), 50),
      joinAfterReadyMs: others.map((o) => o.joinAfterReadyMs),
      convergedMs,
      locate: figures(locates),
      find: figures(finds),
    };
  } finally {
    await Promise.all(started.map(async (n) => {
      await n.stop();
      n.removeDataDir();
    }));
  }
}
