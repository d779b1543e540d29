/**
 * `npm run bench:siblings` (and part of `npm run bench`): request/reply between two OS processes
 * of a node, over the direct sibling channel (lib/ipc/Siblings, a unix socket) beside the old
 * path through root (the IpcHub decodes each envelope and re-encodes it for the target). Two
 * real processes (dist/bench/fixtures/siblingProcess.js), the bench process is root with the real
 * IpcHub. 100-byte payloads; latency over N sequential round trips, throughput with W in flight.
 * Writes bench/results/siblings.json.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { randomBytes } from 'node:crypto';
import { IpcHub } from '../lib/cluster/IpcHub.js';
import { siblingSocketPath } from '../lib/ipc/index.js';
import { createLogger } from '../lib/log/index.js';
import { startProcess, type ChildHandle } from '../lib/supervisor/index.js';
import { table } from './lib/stats.js';

const N = Number(process.env.SIBLINGS_N ?? (process.env.BENCH_QUICK ? 2_000 : 20_000));
const WINDOW = Number(process.env.SIBLINGS_WINDOW ?? 64);
const FIXTURE = fileURLToPath(new URL('../dist/bench/fixtures/siblingProcess.js', import.meta.url));

const dir = mkdtempSync(join(tmpdir(), 'macula-bench-sib-'));
const token = randomBytes(16).toString('hex');
const hub = new IpcHub({ logger: createLogger({ name: 'bench', env: { MACULA_LOG_LEVEL: 'error' } }), onEvent: () => undefined });
const handles: ChildHandle[] = [];

async function spawn(name: string, other: string): Promise<void> {
  handles.push(await startProcess({
    id: name,
    file: FIXTURE,
    env: { SIB_NAME: name, SIB_OTHER: other, SIB_DIR: dir, SIB_TOKEN: token },
    onSpawn: (proc) => void hub.attach(name, proc),
    ready: (proc) => hub.waitReady(proc),
  }));
}

try {
  await spawn('a', 'b');
  await spawn('b', 'a');
  hub.trySend('a', { siblingStatus: { name: 'b', up: true, path: siblingSocketPath(dir, 'b') } });
  hub.trySend('b', { siblingStatus: { name: 'a', up: true, path: siblingSocketPath(dir, 'a') } });
  const results: Record<string, { p50: number; p99: number; perSec: number }> = {};
  for (const mode of ['root', 'direct'] as const) {
    const reply = await hub.request('a', { ping: { payload: `run:${mode}:${N}:${WINDOW}` } }, 600_000);
    results[mode] = JSON.parse(reply.pong!.payload!);
  }
  const d = results.direct!;
  const r = results.root!;
  console.log(`sibling request/reply between two processes, 100 B, ${N} sequential + ${WINDOW} in flight\n`);
  console.log(table([
    ['path', 'p50 (µs)', 'p99 (µs)', 'req/reply per s'],
    ['through root (IpcHub)', r.p50.toFixed(0), r.p99.toFixed(0), r.perSec.toFixed(0)],
    ['direct (sibling socket)', d.p50.toFixed(0), d.p99.toFixed(0), d.perSec.toFixed(0)],
    ['direct / root', `${(d.p50 / r.p50).toFixed(2)}×`, `${(d.p99 / r.p99).toFixed(2)}×`, `${(d.perSec / r.perSec).toFixed(2)}×`],
  ]));
  writeFileSync(fileURLToPath(new URL('./results/siblings.json', import.meta.url)), `${JSON.stringify({ when: new Date().toISOString(), n: N, window: WINDOW, results }, null, 2)}\n`);
} finally {
  for (const h of handles) h.kill();
  await Promise.all(handles.map((h) => h.exited));
  rmSync(dir, { recursive: true, force: true });
}
