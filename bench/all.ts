/**
 * `npm run bench`: every benchmark in sequence — recovery, transport, messaging, siblings, dht, mesh — each in its own
 * process (each exits when done), so one failing does not stop the others. Exits 1 if any failed.
 * SIGINT/SIGTERM go to the running bench and no later one starts (exit 130).
 * Env is passed through (BENCH_QUICK=1, RECOVERY_RUNS, MESSAGING_TARGET, …).
 */
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const BENCHES = ['recovery', 'transport', 'messaging', 'siblings', 'dht', 'mesh'];
/** Set by SIGINT/SIGTERM: the running bench gets the signal (and cleans up), no later one starts. */
let interrupted = false;

function run(name: string): Promise<number> {
  const file = fileURLToPath(new URL(`./${name}.ts`, import.meta.url));
  const child = spawn(process.execPath, ['--import', 'tsx', file], { stdio: 'inherit' });
  const forward = (sig: NodeJS.Signals): void => {
    interrupted = true;
    child.kill(sig);
  };
  process.on('SIGINT', forward);
  process.on('SIGTERM', forward);
  return new Promise((resolve) => {
    child.once('exit', (code, signal) => {
      process.off('SIGINT', forward);
      process.off('SIGTERM', forward);
      resolve(code ?? (signal === null ? 1 : 128));
    });
  });
}

const failed: string[] = [];
for (const name of BENCHES) {
  if (interrupted) break;
  console.log(`\n=== bench/${name}.ts ===\n`);
  const t0 = Date.now();
  const code = await run(name);
  console.log(`\n=== bench/${name}.ts: exit ${code} after ${((Date.now() - t0) / 1000).toFixed(0)} s ===`);
  if (code !== 0) failed.push(name);
}
if (failed.length > 0) console.error(`\nfailed: ${failed.join(', ')}`);
process.exit(interrupted ? 130 : failed.length > 0 ? 1 : 0);
