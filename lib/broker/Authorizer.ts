/**
 * The trust model as the running gateway applies it (issue 10; lib/auth decides, this applies
 * and reports). One PermissionPolicy and one MeshTrust for the node's lifetime: like the node id
 * they outlive every worker incarnation, so they live in GatewayState.
 *
 * - grantFor(): the Grant a client session gets at admission (its node id, realm and address).
 * - authorize(): asked by pub/sub and RPC per action, after the grammar checks. A refusal is
 *   `permission_denied` naming the action and the name (thrown: the coordinator answers it with
 *   the request's correlation id and the session goes on), counted on /metrics by action and
 *   reason, and logged at warn (RefusalLog: bounded).
 * - checkLink(): mesh_trust at a node link's handshake, on either side, from the certificate
 *   chain the QUIC handshake verified; `not_trusted` is returned for the handshake to send, and
 *   linkRefused() counts and logs it (and any other refusal of a link).
 */
import { MeshTrust, PermissionPolicy, accessPosture, accessSummary, type Action, type MeshTrustOptions, type PermissionsConfig, type Posture, type Principal } from '../auth/index.js';
import type { Grant } from '../auth/index.js';
import type { MaculaError } from '../errors/index.js';
import type { Connection } from '../transport/types.js';
import { RefusalLog, type RefusalLogOptions } from './RefusalLog.js';
import type { BrokerObserver, LinkSide, WarnLogger } from './types.js';

export interface AuthorizerOptions {
  nodeId: string;
  /** The validated `permissions` section; absent = the loopback default (docs/SECURITY.md). */
  permissions?: PermissionsConfig;
  /** The QUIC listener's address: decides the default without `permissions`. */
  listenHost: string;
  /** mesh_trust and what its mode needs. @default { mode: 'open' } */
  meshTrust?: MeshTrustOptions;
  observer: BrokerObserver;
  /** Where refusals are logged at warn. @default none */
  logger?: WarnLogger;
  refusalLog?: RefusalLogOptions;
}

/** What a session must carry to be authorized. */
export interface Authorizable {
  readonly grant: Grant;
  readonly sessionId: string;
}

export class Authorizer {
  readonly policy: PermissionPolicy;
  readonly trust: MeshTrust;
  readonly #o: AuthorizerOptions;
  readonly #log: RefusalLog;

  constructor(options: AuthorizerOptions) {
    this.#o = options;
    this.policy = new PermissionPolicy({ nodeId: options.nodeId, permissions: options.permissions, listenHost: options.listenHost });
    this.trust = new MeshTrust(options.meshTrust ?? { mode: 'open' });
    this.#log = new RefusalLog(options.logger, options.refusalLog);
  }

  /** Which default applies, and the exposure warning with the bound port in it. */
  posture(listenPort?: number): Posture {
    return accessPosture({ listenHost: this.#o.listenHost, listenPort, permissions: this.#o.permissions });
  }

  /** The stated default, one line (banner, /health). */
  get summary(): string {
    return accessSummary({ listenHost: this.#o.listenHost, permissions: this.#o.permissions });
  }

  grantFor(principal: Principal): Grant {
    return this.policy.grantFor(principal);
  }

  /** Throws `permission_denied` (counted, logged) unless the session may take `action` on `name`. */
  authorize(session: Authorizable, action: Action, name: string): void {
    const refusal = session.grant.check(action, name);
    if (refusal === undefined) return;
    this.#o.observer.permissionDenied?.(action, String(refusal.details.reason));
    // `name` would clash with the logger's own name field: the topic or procedure is `target`
    const { name: target, ...details } = refusal.details;
    this.#log.warn({ code: refusal.code, ...details, target, session_id: session.sessionId }, refusal.message);
    throw refusal;
  }

  /** `not_trusted` when the node at the other end of `conn` may not link (mesh_trust), else undefined. */
  checkLink(conn: Connection, nodeId: string): MaculaError | undefined {
    return this.trust.check(conn.peerCertChain, nodeId);
  }

  /** mesh_trust for a node whose frames arrive through relays (MeshTrust.checkRelayed). */
  checkRelayed(nodeId: string): MaculaError | undefined {
    return this.trust.checkRelayed(nodeId);
  }

  /** Count and log a node link refused at its handshake (any reason: trust, realm, version). */
  linkRefused(err: MaculaError, side: LinkSide, remoteAddress: string): void {
    this.#o.observer.linkRefused?.(err.code, side);
    this.#log.warn({ ...err.details, code: err.code, side, remote_address: remoteAddress }, `node link refused (${side === 'accept' ? 'inbound' : 'outbound'}): ${err.message}`);
  }
}
