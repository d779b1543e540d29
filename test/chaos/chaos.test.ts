/**
 * Issue 8 item 8 in `npm test`: `npm run chaos -- --minutes 1 --seed 8` as a process of its own
 * (bench/chaos.ts, exactly what an operator runs) against a real node and real client
 * processes. It passes only when the run exits 0 (no violation: no orphaned or stray process, no
 * call left unsettled past its deadline, no duplicate delivery, the tree and every client back
 * after each fault within their bounds, memory growth after warm-up within 10 %) and printed its
 * table with every fault kind it drew. The run's bounds are generous (seconds where recoveries
 * take tens to hundreds of ms) so that only a real violation fails it on a loaded 2-core
 * machine; the table it prints carries the measured times.
 */
import { expect } from 'chai';
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { REPO_ROOT } from '../../bench/lib/node.js';

const SEED = 8;
/** Node start, clients, warm-up, 60 s of faults and an orderly stop take ~80 s here; the bound leaves room for a slow machine. */
const TEST_BOUND_MS = 300_000;
/** The run's own stop bounds (clients, then the node) are far inside this. */
const KILL_AFTER_MS = TEST_BOUND_MS - 20_000;
/** Faults come every 0.5–3 s plus their recovery: far more than this fit in 60 s. */
const MIN_FAULTS = 5;

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

function chaos(args: string[]): Promise<Run> {
  const proc = spawn(process.execPath, ['--import', 'tsx', join(REPO_ROOT, 'bench/chaos.ts'), ...args], { cwd: REPO_ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  proc.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
  proc.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  // the run stops its node and clients itself; SIGTERM is the last resort so the test never leaves it behind
  const timer = setTimeout(() => proc.kill('SIGTERM'), KILL_AFTER_MS);
  return new Promise((resolve) => {
    proc.once('close', (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr });
    });
  });
}

describe('chaos run (npm run chaos -- --minutes 1 --seed 8): nothing is orphaned, hangs, repeats or leaks, and everything comes back', function () {
  this.timeout(TEST_BOUND_MS);
  let dir: string;

  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'macula-chaos-test-'));
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('exits 0 with every fault recovered from, printing its table and writing its JSON', async () => {
    const client = join(REPO_ROOT, 'dist/bench/chaos/client.js');
    expect(existsSync(client), `${client} is missing: run \`npm run build\` first (npm test does)`).to.equal(true);
    const out = join(dir, 'chaos.json');
    const run = await chaos(['--minutes', '1', '--seed', String(SEED), '--out', out]);
    console.log(run.stdout.slice(run.stdout.indexOf('chaos run: seed')));
    expect(run.code, `exit code; stderr:\n${run.stderr.slice(-4000)}\nstdout:\n${run.stdout.slice(-8000)}`).to.equal(0);
    expect(run.stdout).to.contain('violations: none');
    expect(run.stdout).to.match(/fault \(times in ms\)\s+n\s+seed\s+tree back p50\s+p99\s+calls ok again p50\s+p99/);
    expect(run.stdout).to.match(/^all faults\s+\d+/m);

    const result = JSON.parse(readFileSync(out, 'utf8')) as {
      seed: number;
      violations: unknown[];
      faults: Array<{ n: number; kind: string; injected: boolean; treeBackMs?: number; clientsBackMs?: number }>;
      kinds: Array<{ kind: string; category: string }>;
      totals: Record<string, { ok: number }>;
      deliveries: { received: number };
      findingCounts: { duplicate: number; unsettled: number; settled_late: number };
      memory: Array<{ judged: boolean; growth: number }>;
    };
    expect(result.seed).to.equal(SEED);
    expect(result.violations).to.deep.equal([]);
    const injected = result.faults.filter((f) => f.injected);
    expect(injected.length, 'faults injected').to.be.at.least(MIN_FAULTS);
    for (const f of injected) {
      expect(f.treeBackMs, `#${f.n} ${f.kind}: tree back`).to.be.a('number');
      expect(f.clientsBackMs, `#${f.n} ${f.kind}: clients back`).to.be.a('number');
    }
    // every kind of fault the issue names was drawn (the seeded bag holds each in every round)
    const categories = new Set(result.kinds.map((k) => k.category));
    for (const c of ['sigkill', 'worker_crash', 'client_kill', 'gateway_restart']) expect([...categories], 'fault categories drawn').to.include(c);
    for (const k of result.kinds) expect(run.stdout, `table row of ${k.kind}`).to.match(new RegExp(`^${escape(k.kind)}\\s+\\d`, 'm'));
    expect(result.findingCounts).to.include({ duplicate: 0, unsettled: 0, settled_late: 0 });
    expect(result.memory.filter((m) => m.judged).length, 'processes judged for memory growth').to.be.at.least(1);
    const calls = Object.entries(result.totals).filter(([what]) => what !== 'publish');
    expect(calls.reduce((a, [, t]) => a + t.ok, 0), 'calls that succeeded').to.be.greaterThan(1000);
    expect(result.deliveries.received, 'messages delivered').to.be.greaterThan(1000);
  });
});
