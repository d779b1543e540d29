/**
 * `npm run chaos [-- --minutes N] [--seed S] [--clients N]`: the chaos run of issue 8 item 8
 * (bench/chaos/run.ts) against a real node. Prints the fault table beside the seed's recovery
 * figures, writes bench/results/chaos.json, and exits 1 on any violation.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { REPO_ROOT } from './lib/node.js';
import { DEFAULT_CLIENTS, DEFAULT_DURATION_MS, DEFAULT_SEED } from './chaos/constants.js';
import { renderTables, summarize } from './chaos/report.js';
import { runChaos } from './chaos/run.js';

const USAGE = 'usage: npm run chaos -- [--minutes N] [--seed S] [--clients N] [--out FILE]';

function positive(name: string, raw: string | undefined, fallback: number, integer: boolean): number {
  if (raw === undefined) return fallback;
  const v = Number(raw);
  if (!Number.isFinite(v) || v <= 0 || (integer && !Number.isInteger(v))) {
    process.stderr.write(`--${name} must be a positive ${integer ? 'integer' : 'number'}, got ${JSON.stringify(raw)}\n${USAGE}\n`);
    process.exit(64);
  }
  return v;
}

async function main(): Promise<number> {
  let values: Record<string, string | boolean | undefined>;
  try {
    ({ values } = parseArgs({ options: { minutes: { type: 'string' }, seed: { type: 'string' }, clients: { type: 'string' }, out: { type: 'string' }, help: { type: 'boolean', short: 'h' } } }));
  } catch (err) {
    process.stderr.write(`${(err as Error).message}\n${USAGE}\n`);
    return 64;
  }
  if (values.help) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  const durationMs = positive('minutes', values.minutes as string | undefined, DEFAULT_DURATION_MS / 60_000, false) * 60_000;
  const seed = values.seed === undefined ? DEFAULT_SEED : positive('seed', values.seed as string, DEFAULT_SEED, true);
  const clients = positive('clients', values.clients as string | undefined, DEFAULT_CLIENTS, true);
  const out = (values.out as string | undefined) ?? join(REPO_ROOT, 'bench', 'results', 'chaos.json');
  console.log(`chaos: ${durationMs / 60_000} min, seed ${seed}, ${clients} clients`);
  const result = await runChaos({ durationMs, seed, clients, log: (l) => console.log(l) });
  const kinds = summarize(result.faults);
  console.log(`\n${renderTables(result, kinds)}`);
  mkdirSync(join(out, '..'), { recursive: true });
  writeFileSync(out, `${JSON.stringify({ ...result, kinds }, null, 2)}\n`);
  console.log(`\nwrote ${out}; node log ${result.nodeLog}`);
  return result.violations.length === 0 ? 0 : 1;
}

main().then(
  (code) => process.exit(code),
  (err: unknown) => {
    console.error(err);
    process.exit(1);
  },
);
