/** What the real-node pub/sub tests share: the fast mesh settings their nodes run with, and a poll-until. */
import { sleep } from '../helpers/cluster.js';
import { FAST_ENV } from '../integration/messagingHelpers.js';

/** Loopback, fast DHT maintenance and short record TTLs, membership every 500 ms, links dead after 3 s of silence. */
export const MESH_ENV: Record<string, string> = {
  ...FAST_ENV,
  MACULA_QUIC_HOST: '127.0.0.1',
  MACULA_DHT_CONTACT_STALE_MS: '1000',
  MACULA_DHT_MAINTENANCE_INTERVAL_MS: '300',
  MACULA_DHT_RECORD_TTL_MS: '4000',
  MACULA_PUBSUB_MEMBERSHIP_INTERVAL_MS: '500',
  MACULA_MESH_LINK_TIMEOUT_MS: '3000',
};

/** Poll `ok` every 150 ms (running `tick` before each wait) until it holds; throw naming `what` after `timeoutMs`. */
export async function until(what: string | (() => Promise<string>), timeoutMs: number, ok: () => boolean | Promise<boolean>, tick?: () => Promise<void>): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await ok())) {
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${typeof what === 'string' ? what : await what()}`);
    await tick?.();
    await sleep(150);
  }
}
