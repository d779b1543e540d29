/**
 * The memory of every OS process of the node, for the gateway's /metrics: root knows each
 * process (it collects their RSS for `status`), so the gateway asks it over IPC — one
 * DescribeRequest to `root`, answered with one row per process (`id` = process name, `memory` =
 * RSS). Bounded and cheap: one request in flight at a time, a short timeout (on timeout or error
 * the scrape shows the gateway's own memory only), and the answer reused for a second, so the two
 * per-process gauges of one scrape share one round trip.
 */
import { ROOT_NAME, type IpcChannel } from '../ipc/index.js';
import type { ProcessMemory } from '../metrics/index.js';
import { PROCESS_MEMORY_CACHE_MS, PROCESS_MEMORY_TIMEOUT_MS } from './constants.js';

export function processMemoryFromRoot(
  channel: Pick<IpcChannel, 'request' | 'closed'>,
  timeoutMs = PROCESS_MEMORY_TIMEOUT_MS,
  cacheMs = PROCESS_MEMORY_CACHE_MS,
): () => Promise<Record<string, ProcessMemory>> {
  let cached: { at: number; value: Record<string, ProcessMemory> } | undefined;
  let inFlight: Promise<Record<string, ProcessMemory>> | undefined;
  const ask = async (): Promise<Record<string, ProcessMemory>> => {
    const out: Record<string, ProcessMemory> = {};
    try {
      if (channel.closed) return out;
      const reply = await channel.request(ROOT_NAME, { describeRequest: {} }, timeoutMs);
      const rows = reply.describeReply?.supervisor?.children ?? [];
      for (const r of rows) if (r.id && typeof r.memory === 'number' && r.memory > 0) out[r.id] = { rss: r.memory };
      cached = { at: Date.now(), value: out };
    } catch {
      // root busy or restarting this process: the gateway's own memory is still reported
    }
    return out;
  };
  return () => {
    if (cached && Date.now() - cached.at < cacheMs) return Promise.resolve(cached.value);
    inFlight ??= ask().finally(() => (inFlight = undefined));
    return inFlight;
  };
}
