/**
 * The key table: one row per setting, naming its config-file key (the seed's sys.config name),
 * its environment variables (first wins; the seed's names, legacy ones last) and its `up` flag.
 * ConfigLoader walks this table; UP_USAGE documents the same flags.
 */
import * as p from './parsers.js';
import { DHT_DEFAULTS } from './constants.js';
import { DEFAULT_MESH_TRUST, meshAllowlistParser, meshTrustParser, permissionsParser } from '../auth/index.js';
import { DEFAULT_LOG_FORMAT, DEFAULT_LOG_LEVEL, LOG_FORMATS, LOG_FORMAT_ENV, LOG_LEVELS, LOG_LEVEL_ENV } from '../log/constants.js';
import type { NodeConfig } from './types.js';
import { PROCESS_SHUTDOWN_MS, READY_TIMEOUT_MS } from '../cluster/constants.js';
import { ADVERTISE_TTL_MS, MIN_READVERTISE_INTERVAL_MS, PEER_IDLE_TIMEOUT_MS, PEER_KEEP_ALIVE_MS } from '../peer/constants.js';
import { DEFAULT_ATTEMPT_TIMEOUT_MS, DEFAULT_SELECTION, REGISTRY_PRUNE_INTERVAL_MS } from '../rpc/constants.js';
import { DEFAULT_LINK_TIMEOUT_MS, DEFAULT_MAX_HOPS, DISCOVERY_CACHE_TTL_MS } from '../broker/constants.js';
import { DEFAULT_MEMBERSHIP_INTERVAL_MS } from '../pubsub/constants.js';
import { MAX_CELL_BITS } from '../pubsub/cells.js';
import {
  DEFAULT_BOOTSTRAP_HEALTH_INTERVAL_MS, DEFAULT_CERT_KEY_BITS, DEFAULT_CERT_VALIDITY_DAYS, DEFAULT_HEALTH_HOST,
  DEFAULT_HEALTH_PORT, DEFAULT_PEER_RESTART, DEFAULT_PEERS, DEFAULT_QUIC_HOST, DEFAULT_QUIC_PORT, DEFAULT_REALM,
} from './constants.js';

/** NodeConfig fields that are set from a single scalar key. */
export type ScalarField = Exclude<keyof NodeConfig, 'services' | 'warnings'>;

export interface KeySpec {
  /** Config-file key (snake_case, as in the seed's sys.config). */
  key: string;
  field: ScalarField;
  /** `up` flag without the leading dashes. */
  flag?: string;
  /** Environment variables, highest priority first. */
  env?: readonly string[];
  /** Env variables that still work but warn (legacy), with the replacement to name. */
  legacyEnv?: Readonly<Record<string, string>>;
  parse: p.Parser<unknown>;
  default?: unknown;
}

export const KEYS: readonly KeySpec[] = [
  { key: 'quic_port', field: 'quicPort', flag: 'quic-port', env: ['MACULA_QUIC_PORT', 'GATEWAY_PORT'], legacyEnv: { GATEWAY_PORT: 'MACULA_QUIC_PORT' }, parse: p.port, default: DEFAULT_QUIC_PORT },
  { key: 'quic_host', field: 'quicHost', flag: 'quic-host', env: ['MACULA_QUIC_HOST'], parse: p.host, default: DEFAULT_QUIC_HOST },
  { key: 'realm', field: 'realm', flag: 'realm', env: ['MACULA_REALM'], parse: p.realm, default: DEFAULT_REALM },
  { key: 'health_port', field: 'healthPort', flag: 'health-port', env: ['HEALTH_PORT'], parse: p.port, default: DEFAULT_HEALTH_PORT },
  { key: 'health_host', field: 'healthHost', flag: 'health-host', env: ['MACULA_HEALTH_HOST'], parse: p.host, default: DEFAULT_HEALTH_HOST },
  { key: 'bootstrap_url', field: 'bootstrapUrl', flag: 'bootstrap-url', env: ['MACULA_BOOTSTRAP_URL'], parse: p.bootstrapUrls },
  { key: 'bootstrap_health_interval', field: 'bootstrapHealthIntervalMs', parse: p.intervalMs, default: DEFAULT_BOOTSTRAP_HEALTH_INTERVAL_MS },
  { key: 'cert_path', field: 'certPath', flag: 'cert-path', env: ['MACULA_CERT_PATH'], parse: p.path },
  { key: 'key_path', field: 'keyPath', flag: 'key-path', env: ['MACULA_KEY_PATH'], parse: p.path },
  { key: 'cert_validity_days', field: 'certValidityDays', parse: p.validityDays, default: DEFAULT_CERT_VALIDITY_DAYS },
  { key: 'cert_key_bits', field: 'certKeyBits', parse: p.keyBits, default: DEFAULT_CERT_KEY_BITS },
  { key: 'data_dir', field: 'dataDir', flag: 'data-dir', env: ['MACULA_DATA_DIR'], parse: p.path },
  { key: 'runtime_dir', field: 'runtimeDir', flag: 'runtime-dir', env: ['MACULA_RUNTIME_DIR'], parse: p.path },
  { key: 'peers', field: 'peers', flag: 'peers', parse: p.peers, default: DEFAULT_PEERS },
  // The DHT (lib/dht): k and α, record lifetime, and the maintenance tick and liveness window
  // (small values make a dead contact leave tables sooner: tests; see lib/dht/README.md).
  { key: 'dht_k', field: 'dhtK', env: ['MACULA_DHT_K'], parse: p.integer(1, 64), default: DHT_DEFAULTS.k },
  { key: 'dht_alpha', field: 'dhtAlpha', env: ['MACULA_DHT_ALPHA'], parse: p.integer(1, 16), default: DHT_DEFAULTS.alpha },
  { key: 'dht_record_ttl_ms', field: 'dhtRecordTtlMs', env: ['MACULA_DHT_RECORD_TTL_MS'], parse: p.integer(1_000, 3_600_000), default: DHT_DEFAULTS.recordTtlMs },
  { key: 'dht_maintenance_interval_ms', field: 'dhtMaintenanceIntervalMs', env: ['MACULA_DHT_MAINTENANCE_INTERVAL_MS'], parse: p.integer(100, 600_000), default: DHT_DEFAULTS.maintenanceIntervalMs },
  { key: 'dht_contact_stale_ms', field: 'dhtContactStaleMs', env: ['MACULA_DHT_CONTACT_STALE_MS'], parse: p.integer(100, 3_600_000), default: DHT_DEFAULTS.contactStaleMs },
  { key: 'advertise_host', field: 'advertiseHost', flag: 'advertise-host', env: ['MACULA_ADVERTISE_HOST'], parse: p.host },
  // Process timeouts (lib/cluster): from spawn to Ready, and the stop bound of every OS process.
  { key: 'ready_timeout_ms', field: 'readyTimeoutMs', env: ['MACULA_READY_TIMEOUT_MS'], parse: p.integer(1, 600_000), default: READY_TIMEOUT_MS },
  { key: 'shutdown_timeout_ms', field: 'shutdownTimeoutMs', env: ['MACULA_SHUTDOWN_TIMEOUT_MS'], parse: p.integer(1, 600_000) },
  // Service advertisements: their TTL, the floor between re-advertisements, the registry's prune tick.
  { key: 'advertise_ttl_ms', field: 'advertiseTtlMs', env: ['MACULA_ADVERTISE_TTL_MS'], parse: p.integer(1_000, 3_600_000), default: ADVERTISE_TTL_MS },
  { key: 'min_readvertise_ms', field: 'minReadvertiseMs', env: ['MACULA_MIN_READVERTISE_MS'], parse: p.integer(100, 3_600_000), default: MIN_READVERTISE_INTERVAL_MS },
  { key: 'registry_prune_interval_ms', field: 'registryPruneIntervalMs', env: ['MACULA_REGISTRY_PRUNE_INTERVAL_MS'], parse: p.integer(100, 3_600_000), default: REGISTRY_PRUNE_INTERVAL_MS },
  // A peer's connection to its gateway: QUIC idle timeout and keep-alive (how fast a SIGKILLed
  // gateway is noticed), and another node's gateway to use instead of this node's own.
  { key: 'peer_idle_timeout_ms', field: 'peerIdleTimeoutMs', env: ['MACULA_PEER_IDLE_TIMEOUT_MS'], parse: p.integer(100, 600_000), default: PEER_IDLE_TIMEOUT_MS },
  { key: 'peer_keep_alive_ms', field: 'peerKeepAliveMs', env: ['MACULA_PEER_KEEP_ALIVE_MS'], parse: p.integer(50, 600_000), default: PEER_KEEP_ALIVE_MS },
  { key: 'peer_gateway_url', field: 'peerGatewayUrl', env: ['MACULA_PEER_GATEWAY_URL'], parse: p.url },
  { key: 'peer_gateway_node_id', field: 'peerGatewayNodeId', env: ['MACULA_PEER_GATEWAY_NODE_ID'], parse: p.nodeIdHex },
  // Node links: how long a silent link lives (pinged at a third of it), and how many hops a frame
  // may travel through relays when two nodes cannot reach each other directly.
  { key: 'mesh_link_timeout_ms', field: 'meshLinkTimeoutMs', env: ['MACULA_MESH_LINK_TIMEOUT_MS'], parse: p.integer(300, 600_000), default: DEFAULT_LINK_TIMEOUT_MS },
  { key: 'mesh_max_hops', field: 'meshMaxHops', env: ['MACULA_MESH_MAX_HOPS'], parse: p.integer(1, 15), default: DEFAULT_MAX_HOPS },
  // RPC (lib/rpc, across nodes lib/broker/RemoteRpc): per-attempt timeout before failover, how long
  // a provider lookup's answer is reused, how a provider is chosen among several.
  { key: 'rpc_attempt_timeout_ms', field: 'rpcAttemptTimeoutMs', env: ['MACULA_RPC_ATTEMPT_TIMEOUT_MS'], parse: p.integer(10, 300_000), default: DEFAULT_ATTEMPT_TIMEOUT_MS },
  { key: 'rpc_discovery_ttl_ms', field: 'rpcDiscoveryTtlMs', env: ['MACULA_RPC_DISCOVERY_TTL_MS'], parse: p.integer(10, 3_600_000), default: DISCOVERY_CACHE_TTL_MS },
  { key: 'rpc_selection', field: 'rpcSelection', env: ['MACULA_RPC_SELECTION'], parse: p.oneOf(['random', 'round_robin'] as const), default: DEFAULT_SELECTION },
  // Pub/sub across nodes: how often the realm's members are looked up in the DHT (new nodes are
  // linked and exchange interest; a member whose link went is dialled again).
  // Cells (lib/pubsub/cells.ts): a realm's pub/sub mesh is a full mesh per cell, joined by one link
  // per other cell, so it grows past one full mesh (1,001 nodes). The same on every node of a realm.
  { key: 'pubsub_cell_bits', field: 'pubsubCellBits', env: ['MACULA_PUBSUB_CELL_BITS'], parse: p.integer(0, MAX_CELL_BITS), default: 0 },
  { key: 'pubsub_membership_interval_ms', field: 'pubsubMembershipIntervalMs', env: ['MACULA_PUBSUB_MEMBERSHIP_INTERVAL_MS'], parse: p.integer(100, 3_600_000), default: DEFAULT_MEMBERSHIP_INTERVAL_MS },
  { key: 'peer_restart', field: 'peerRestart', flag: 'peer-restart', env: ['MACULA_PEER_RESTART'], parse: p.peerRestart, default: DEFAULT_PEER_RESTART },
  // Trust model (lib/auth, docs/SECURITY.md): file only. permissionsParser throws its own
  // invalid_config naming the rule, since one reason string cannot point into a whole section.
  { key: 'permissions', field: 'permissions', parse: permissionsParser },
  { key: 'mesh_trust', field: 'meshTrust', parse: meshTrustParser, default: DEFAULT_MESH_TRUST },
  { key: 'mesh_allowlist', field: 'meshAllowlist', parse: meshAllowlistParser },
  { key: 'mesh_ca_path', field: 'meshCaPath', parse: p.path },
  { key: 'log_level', field: 'logLevel', flag: 'log-level', env: [LOG_LEVEL_ENV], parse: p.oneOf(LOG_LEVELS), default: DEFAULT_LOG_LEVEL },
  { key: 'log_format', field: 'logFormat', flag: 'log-format', env: [LOG_FORMAT_ENV], parse: p.oneOf(LOG_FORMATS), default: DEFAULT_LOG_FORMAT },
];

/** Deprecated file keys (seed: "Legacy Configuration (v0.8.4)"): accepted with a warning. */
export interface DeprecatedKey {
  key: string;
  /** The key whose value this one supplies when that key is absent; none = ignored. */
  replacement?: string;
  message: string;
}

export const DEPRECATED_KEYS: readonly DeprecatedKey[] = [
  { key: 'gateway_port', replacement: 'quic_port', message: 'config key "gateway_port" is deprecated: use "quic_port"' },
  { key: 'gateway_realm', replacement: 'realm', message: 'config key "gateway_realm" is deprecated: use "realm"' },
  { key: 'mode', message: 'config key "mode" was removed in v0.8.5 and is ignored: every node runs everything (routing, bootstrap, gateway, peers); remove it' },
  { key: 'start_gateway', message: 'config key "start_gateway" was removed in v0.8.5 and is ignored: every node runs the gateway; remove it' },
];

/** File key for the services list (`[{ name, module, instances }]`). */
export const SERVICES_KEY = 'services';
export const SERVICE_ENTRY_KEYS: readonly string[] = ['name', 'module', 'instances'];

/** Every key a config file may contain (for unknown-key suggestions). */
export const KNOWN_FILE_KEYS: readonly string[] = [...KEYS.map((k) => k.key), SERVICES_KEY, ...DEPRECATED_KEYS.map((k) => k.key)];
