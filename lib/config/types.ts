/**
 * A node's resolved configuration. Sources, highest first: command-line flag > environment
 * variable > JSON config file (`--config`, the seed's sys.config keys) > default.
 * See constants.ts for defaults, keys.ts for the key/env/flag table and ConfigLoader.ts for the rules.
 */
import type { LogFormat, LogLevel } from '../log/constants.js';

import type { MeshTrustMode, PermissionsConfig } from '../auth/types.js';

/** A service a node runs as peer processes (issue 4): `--service name=./path.js --instances N`. */
export interface ServiceConfig {
  name: string;
  /** Absolute path of the service module. */
  module: string;
  instances: number;
}

export interface NodeConfig {
  /** QUIC listener port (MACULA_QUIC_PORT, legacy GATEWAY_PORT). 0 = any free port. @default 9443 */
  quicPort: number;
  /** Address the QUIC listener binds. @default '0.0.0.0' */
  quicHost: string;
  /** Realm this node serves (MACULA_REALM). @default 'macula.default' */
  realm: string;
  /** Health HTTP port (HEALTH_PORT). 0 = any free port. @default 8080 */
  healthPort: number;
  /** Address the health server binds. @default '0.0.0.0' */
  healthHost: string;
  /** Optional bootstrap peer to join a mesh (MACULA_BOOTSTRAP_URL). */
  bootstrapUrl?: string;
  /** @default 60000 */
  bootstrapHealthIntervalMs: number;
  /** Explicit certificate/key paths (MACULA_CERT_PATH / MACULA_KEY_PATH); both or neither. */
  certPath?: string;
  keyPath?: string;
  /** @default 3650 */
  certValidityDays: number;
  /** @default 2048 */
  certKeyBits: number;
  /** MACULA_DATA_DIR; default $XDG_DATA_HOME/macula, ~/.local/share/macula, /var/lib/macula under systemd as root. */
  dataDir: string;
  /** Control socket and other runtime files (MACULA_RUNTIME_DIR). @default `${dataDir}/run` */
  runtimeDir: string;
  /** The DHT's k (bucket size, replication). @default 20 */
  dhtK: number;
  /** The DHT's α (parallel RPCs per lookup). @default 3 */
  dhtAlpha: number;
  /** Lifetime of this node's DHT records (republished every half). @default 300000 */
  dhtRecordTtlMs: number;
  /** The DHT's maintenance tick. @default 10000 */
  dhtMaintenanceIntervalMs: number;
  /** A contact unheard for this long is pinged (and dropped if it does not answer). @default 300000 */
  dhtContactStaleMs: number;
  /** The host other nodes reach this node at (its DHT endpoint); default: quic_host, or this machine's first non-loopback IPv4 when quic_host is a wildcard. */
  advertiseHost?: string;
  /** From an OS child's spawn to its Ready message. @default 10000 */
  readyTimeoutMs: number;
  /** Replaces every OS process's stop bound (default: PROCESS_SHUTDOWN_MS, or the tree's own bound when larger). */
  shutdownTimeoutMs?: number;
  /** TTL of a service advertisement (re-advertised before it ends). @default 300000 */
  advertiseTtlMs: number;
  /** Floor between two re-advertisements of one service. @default 10000 */
  minReadvertiseMs: number;
  /** How often the gateway's registry drops expired advertisements. @default 60000 */
  registryPruneIntervalMs: number;
  /** QUIC idle timeout of a peer's connection to its gateway. @default 10000 */
  peerIdleTimeoutMs: number;
  /** QUIC keep-alive of a peer's connection to its gateway. @default 2000 */
  peerKeepAliveMs: number;
  /** Peers connect to this gateway (`quic://host:port`) instead of the node's own. */
  peerGatewayUrl?: string;
  /** With peerGatewayUrl: the node id that gateway must present. */
  peerGatewayNodeId?: string;
  /** A node link that hears nothing this long is closed as dead (pinged when quiet for a third). @default 15000 */
  meshLinkTimeoutMs: number;
  /** Links a frame may cross through relays; past them its sender gets max_hops_exceeded. @default 10 */
  meshMaxHops: number;
  /** Time one RPC provider gets before the call fails over to the next. @default 5000 */
  rpcAttemptTimeoutMs: number;
  /** How long a lookup's answer (which nodes serve a procedure) is reused. @default 60000 */
  rpcDiscoveryTtlMs: number;
  /** How a provider is chosen among several (after this node's own). @default 'random' */
  rpcSelection: 'random' | 'round_robin';
  /** How often pub/sub looks the realm's members up in the DHT. @default 10000 */
  pubsubMembershipIntervalMs: number;
  /** Cell bits of the realm's pub/sub mesh (0: one full mesh). */
  pubsubCellBits: number;
  /** Bare peer processes to start (`--peers N`). @default 0 */
  peers: number;
  /** Restart type of every peer process under macula_peers_sup (`peer_restart`). @default 'permanent' */
  peerRestart: 'permanent' | 'transient' | 'temporary';
  /** Who may do what (issue 10, lib/auth): the validated `permissions` file section; absent = the loopback default. */
  permissions?: PermissionsConfig;
  /** Which nodes may open node links (lib/auth MeshTrust). @default 'open' */
  meshTrust: MeshTrustMode;
  /** Node ids allowed to link when meshTrust is 'allowlist'. */
  meshAllowlist?: string[];
  /** PEM file of the realm CA certificates when meshTrust is 'ca'. */
  meshCaPath?: string;
  /** Log level of every process (MACULA_LOG_LEVEL, `--log-level`). @default 'info' */
  logLevel: LogLevel;
  /** Log lines: json, pretty, or auto = pretty on a terminal (MACULA_LOG_FORMAT, `--log-format`). @default 'auto' */
  logFormat: LogFormat;
  /** Services run as peers (issue 4). @default [] */
  services: ServiceConfig[];
  /** Warnings produced while loading (deprecated keys, naming the replacement). */
  warnings: string[];
}

/** Where a value came from; named in every `invalid_config` error. */
export type ConfigSource = 'flag' | 'env' | 'file' | 'default';

export interface LoadConfigOptions {
  /** The arguments after `macula-cluster up`. */
  argv: readonly string[];
  env: Readonly<Record<string, string | undefined>>;
  /** Base for relative paths given by flags and env. @default process.cwd() */
  cwd?: string;
  /** Effective uid, for the systemd data-dir rule (tests inject it). @default process.getuid() */
  uid?: number;
}

export interface ResolvePathsOptions {
  dataDir?: string;
  runtimeDir?: string;
  env: Readonly<Record<string, string | undefined>>;
  /** Base for a relative dataDir/runtimeDir. @default process.cwd() */
  cwd?: string;
  /** @default process.getuid() */
  uid?: number;
}

export interface ResolvedPaths {
  dataDir: string;
  runtimeDir: string;
}
