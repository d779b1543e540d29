/**
 * A gateway (lib/broker Broker, the same supervision tree the gateway OS process runs) in this
 * process on 127.0.0.1 port 0, with what the QUIC fuzz checks after every case: the healthy
 * neighbour's session is still in the client table, and no worker of the tree exited or
 * restarted (a crash anywhere would have affected every client, not only the offender).
 */
import { Broker, type BrokerOptions } from '../../../lib/broker/index.js';
import { generateIdentity } from '../../../lib/identity/index.js';
import type { SupervisorEvent } from '../../../lib/supervisor/types.js';
import { DEFAULT_MAX_FRAME_BYTES } from '../../../lib/transport/index.js';
import type { QuicTarget } from './quicFuzz.js';

/** Short per-attempt timeout, so calls to a provider that never answers end quickly. */
export const FUZZ_ATTEMPT_TIMEOUT_MS = 50;
const FAULT_KINDS = new Set(['child_exited', 'child_restarting', 'child_restart_failed', 'max_restart_intensity', 'child_start_failed']);

export interface InProcessGateway {
  broker: Broker;
  target: QuicTarget;
  /** Supervisor reports of faults (exits, restarts) since start. */
  faults: SupervisorEvent[];
  stop(): Promise<void>;
}

export async function startInProcessGateway(opts: Partial<BrokerOptions> = {}): Promise<InProcessGateway> {
  const faults: SupervisorEvent[] = [];
  const broker = new Broker({
    tls: generateIdentity({ keyBits: 1024 }),
    host: '127.0.0.1',
    port: 0,
    attemptTimeoutMs: FUZZ_ATTEMPT_TIMEOUT_MS,
    onEvent: (e) => {
      if (FAULT_KINDS.has(e.kind)) faults.push(e);
    },
    ...opts,
  });
  await broker.start();
  const target: QuicTarget = {
    url: broker.url,
    gatewayNodeId: broker.nodeId,
    realms: broker.realms,
    maxFrameBytes: opts.maxFrameBytes ?? DEFAULT_MAX_FRAME_BYTES,
    callBoundMs: 3 * FUZZ_ATTEMPT_TIMEOUT_MS + 2_000,
    check: (neighbour) => {
      const problems = faults.map((e) => `gateway worker fault: ${e.kind} ${e.supervisor}/${e.child ?? ''}: ${String(e.reason ?? '')}`);
      if (broker.clients?.get(neighbour) === undefined) problems.push('the gateway no longer holds the healthy neighbour\'s session');
      return problems;
    },
  };
  return { broker, target, faults, stop: () => broker.stop() };
}
