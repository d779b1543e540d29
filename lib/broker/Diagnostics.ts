/**
 * macula_gateway_diagnostics (seed §3, child 2): the built-in procedures
 * `com.macula.diagnostics.hello`, `.echo` and `.info` (upstream macula_gateway_diagnostics),
 * served inside the gateway: the RpcRouter registers them as local providers in every realm when
 * it (re)starts, so they answer with no client advertising anything. It starts before the QUIC
 * listener and the workers (seed order), so live counts come through a late-bound `counts`.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { packageRoot } from '../cluster/paths.js';
import { MaculaError } from '../errors/index.js';
import { encodeJson } from '../protocol/index.js';
import { DIAGNOSTICS_ECHO, DIAGNOSTICS_HELLO, DIAGNOSTICS_INFO } from './constants.js';
import { Lifecycle } from './Lifecycle.js';
import type { BrokerCounts, LocalCallContext, LocalHandler, LocalProviders } from './types.js';

export interface DiagnosticsOptions {
  /** The gateway's node id (late-bound: known once the listener has the TLS identity loaded). */
  nodeId: () => string;
  realms: readonly string[];
  /** epoch ms the node started. @default construction time */
  startedAt?: number;
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

export class Diagnostics extends Lifecycle implements LocalProviders {
  readonly #o: DiagnosticsOptions;
  readonly #startedAt: number;
  readonly #procedures: ReadonlyMap<string, LocalHandler>;

  constructor(options: DiagnosticsOptions) {
    super();
    this.#o = options;
    this.#startedAt = options.startedAt ?? Date.now();
    this.#procedures = new Map<string, LocalHandler>([
      [DIAGNOSTICS_HELLO, (_args, ctx) => this.#guard(() => encodeJson(this.hello(ctx)))],
      [DIAGNOSTICS_ECHO, (args) => this.#guard(() => args)],
      [DIAGNOSTICS_INFO, (_args, ctx) => this.#guard(() => encodeJson(this.info(ctx.realm)))],
    ]);
  }

  procedures(): ReadonlyMap<string, LocalHandler> {
    return this.#procedures;
  }

  hello(ctx: LocalCallContext): { message: string; node_id: string; realm: string } {
    const nodeId = this.#o.nodeId();
    return { message: `hello from macula gateway ${nodeId.slice(0, 12)}`, node_id: nodeId, realm: ctx.realm };
  }

  info(realm: string): DiagnosticsInfo {
    const c = this.#o.counts();
    return {
      node_id: this.#o.nodeId(),
      realm,
      realms: [...this.#o.realms],
      uptime_s: Math.floor((Date.now() - this.#startedAt) / 1000),
      clients: c.clients,
      subscriptions: c.subscriptions,
      registrations: c.registrations,
      pending_calls: c.pendingCalls,
      version: this.#o.version ?? packageVersion(),
    };
  }

  /** While stopped (restarting), built-ins answer `process_unavailable` instead of stale facts. */
  #guard(f: () => Uint8Array): Uint8Array {
    if (!this.running) throw new MaculaError('process_unavailable', 'diagnostics is restarting');
    return f();
  }

  protected onStart(): void {}
  protected onStop(): void {}
}
