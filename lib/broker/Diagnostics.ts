/**
 * macula_gateway_diagnostics (seed §3, child 2): the built-in procedures
 * `com.macula.diagnostics.hello`, `.echo` and `.info` (upstream macula_gateway_diagnostics),
 * served inside the gateway: the RpcRouter registers them as local providers in every realm when
 * it (re)starts, and runs each invocation as this worker's code (a bug in a built-in crashes
 * diagnostics). It starts before the QUIC listener and the workers (seed order), so live counts
 * come from the state owners at call time.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { packageRoot } from '../cluster/paths.js';
import { encodeJson } from '../protocol/index.js';
import { DIAGNOSTICS_ECHO, DIAGNOSTICS_HELLO, DIAGNOSTICS_INFO } from './constants.js';
import type { Worker, WorkerContext } from '../supervisor/types.js';
import type { GatewayState } from './GatewayState.js';
import type { BrokerCounts, LocalCallContext, LocalHandler, LocalProviders } from './types.js';

export interface DiagnosticsOptions {
  /** Live counts for `.info`. */
  counts: () => BrokerCounts;
  /** @default package.json version */
  version?: string;
}

/** Body of `com.macula.diagnostics.info`. */
export interface DiagnosticsInfo {
  node_id: string;
  realm: string;
  realms: string[];
  uptime_s: number;
  clients: number;
  subscriptions: number;
  registrations: number;
  pending_calls: number;
  version: string;
}

let cachedVersion: string | undefined;
function packageVersion(): string {
  if (cachedVersion !== undefined) return cachedVersion;
  try {
    cachedVersion = String((JSON.parse(readFileSync(join(packageRoot(), 'package.json'), 'utf8')) as { version?: string }).version ?? 'unknown');
  } catch {
    cachedVersion = 'unknown';
  }
  return cachedVersion;
}

export class Diagnostics implements Worker, LocalProviders {
  readonly #state: GatewayState;
  readonly #o: DiagnosticsOptions;
  readonly #procedures: ReadonlyMap<string, LocalHandler>;

  constructor(state: GatewayState, options: DiagnosticsOptions) {
    this.#state = state;
    this.#o = options;
    this.#procedures = new Map<string, LocalHandler>([
      [DIAGNOSTICS_HELLO, (_args, ctx) => encodeJson(this.hello(ctx))],
      [DIAGNOSTICS_ECHO, (args) => args],
      [DIAGNOSTICS_INFO, (_args, ctx) => encodeJson(this.info(ctx.realm))],
    ]);
  }

  procedures(): ReadonlyMap<string, LocalHandler> {
    return this.#procedures;
  }

  hello(ctx: LocalCallContext): { message: string; node_id: string; realm: string } {
    const nodeId = this.#state.nodeId;
    return { message: `hello from macula gateway ${nodeId.slice(0, 12)}`, node_id: nodeId, realm: ctx.realm };
  }

  info(realm: string): DiagnosticsInfo {
    const c = this.#o.counts();
    return {
      node_id: this.#state.nodeId,
      realm,
      realms: [...this.#state.realms],
      uptime_s: Math.floor((Date.now() - this.#state.startedAt) / 1000),
      clients: c.clients,
      subscriptions: c.subscriptions,
      registrations: c.registrations,
      pending_calls: c.pendingCalls,
      version: this.#o.version ?? packageVersion(),
    };
  }

  async start(ctx: WorkerContext): Promise<void> {
    this.#state.register('diagnostics', this, ctx.boundary);
  }

  /** While stopped (restarting), built-ins answer `process_unavailable` (GatewayState.call). */
  async stop(): Promise<void> {
    this.#state.deregister('diagnostics', this);
  }
}
