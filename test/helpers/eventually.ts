/**
 * Poll `fn` every 100 ms until `ok` holds for its value, for at most `timeoutMs`; the failure
 * names what was awaited and the last value (or error) seen. For multi-node tests, whose
 * convergence has a stated bound but no event to wait on.
 */
import { sleep } from './cluster.js';

export async function eventually<T>(what: string, timeoutMs: number, fn: () => Promise<T>, ok: (v: T) => boolean): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let last: unknown;
  while (Date.now() < deadline) {
    try {
      const v = await fn();
      if (ok(v)) return v;
      last = v;
    } catch (err) {
      last = err instanceof Error ? `${err.name}: ${err.message}` : err;
    }
    await sleep(100);
  }
  throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}; last: ${JSON.stringify(last)}`);
}
