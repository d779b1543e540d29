/**
 * The permission-check scenario of bench/messaging.ts (issue 10): 1→1 pub/sub and request/reply
 * latency against the broker process with no permissions section and with 100 rules that all
 * apply (bench/lib/permissions.ts), alternating rounds after a discarded warm-up run.
 */
import { performance } from 'node:perf_hooks';
import { hundredRules, medianRun, type PermissionRun, type PermissionsResult } from '../permissions.js';
import { pubsub, rpc } from './scenarios.js';
import { startBrokerProcess } from './targets.js';

export interface PermissionsBenchOptions {
  quick: boolean;
  windowMs: number;
  latencyCalls: number;
  payloadBytes: number;
  stampEvery: number;
}

async function permissionRun(o: PermissionsBenchOptions, permissions: unknown, tag = 'perm'): Promise<PermissionRun> {
  const target = await startBrokerProcess(permissions);
  try {
    const p2p = await pubsub('macula', target, {
      tag, publishers: 1, subscribers: 1, maxProcsPerRole: 1, subjects: 1, pattern: 'bench.t', payloadBytes: o.payloadBytes, windowMs: o.windowMs, stampEvery: o.stampEvery,
    });
    const r = await rpc('macula', target, o.payloadBytes, o.latencyCalls, undefined);
    return { p2pDeliveredPerSec: p2p.deliveredPerSecTotal, p2pLost: p2p.lost, latencyP50Us: r.latency!.p50Us, latencyP99Us: r.latency!.p99Us, latencyErrors: r.latency!.errors };
  } finally {
    await target.stop();
  }
}

/**
 * Alternates the two brokers (none, rules; then rules, none; …) so load drift hits both alike,
 * after a discarded warm-up: the first broker run after the node stops delivered 3.5–9× less than
 * the later ones in each of three runs (the node's processes winding down, presumably), which
 * would bias whichever variant goes first.
 */
export async function permissionsBench(o: PermissionsBenchOptions): Promise<PermissionsResult> {
  const rounds = o.quick ? 1 : 3;
  const none: PermissionRun[] = [];
  const rules100: PermissionRun[] = [];
  process.stdout.write('  macula broker, warm-up (discarded) … ');
  const w0 = performance.now();
  const warm = await startBrokerProcess();
  try {
    await pubsub('macula', warm, {
      tag: 'perm-warmup', publishers: 1, subscribers: 1, maxProcsPerRole: 1, subjects: 1, pattern: 'bench.t', payloadBytes: o.payloadBytes, windowMs: o.windowMs, stampEvery: o.stampEvery,
    });
  } finally {
    await warm.stop();
  }
  console.log(`${((performance.now() - w0) / 1000).toFixed(1)} s`);
  for (let round = 0; round < rounds; round++) {
    const order = round % 2 === 0 ? ['none', 'rules'] : ['rules', 'none'];
    for (const which of order) {
      process.stdout.write(`  macula broker, ${which === 'none' ? 'no permissions section' : '100 rules'} (round ${round + 1}/${rounds}) … `);
      const t0 = performance.now();
      if (which === 'none') none.push(await permissionRun(o, undefined));
      else rules100.push(await permissionRun(o, hundredRules()));
      console.log(`${((performance.now() - t0) / 1000).toFixed(1)} s`);
    }
  }
  return { rounds, none, rules100, median: { none: medianRun(none), rules100: medianRun(rules100) } };
}
