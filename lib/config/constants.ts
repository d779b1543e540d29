/**
 * Defaults and bounds for a node's configuration (seed: "Configuration"; REFERENCE §2).
 * Units are in the names.
 */
import { DEFAULT_ALPHA, DEFAULT_CONTACT_STALE_MS, DEFAULT_K, DEFAULT_MAINTENANCE_INTERVAL_MS, DEFAULT_RECORD_TTL_MS } from '../dht/constants.js';

export const DEFAULT_QUIC_PORT = 9443;
export const DEFAULT_QUIC_HOST = '0.0.0.0';
export const DEFAULT_REALM = 'macula.default';
export const DEFAULT_HEALTH_PORT = 8080;
export const DEFAULT_HEALTH_HOST = '0.0.0.0';
export const DEFAULT_BOOTSTRAP_HEALTH_INTERVAL_MS = 60_000;
export const DEFAULT_CERT_VALIDITY_DAYS = 3650;
export const DEFAULT_CERT_KEY_BITS = 2048;
export const DEFAULT_PEERS = 0;
/** The DHT's configurable parameters and their defaults (lib/dht/constants.ts). */
export const DHT_DEFAULTS = {
  k: DEFAULT_K,
  alpha: DEFAULT_ALPHA,
  recordTtlMs: DEFAULT_RECORD_TTL_MS,
  maintenanceIntervalMs: DEFAULT_MAINTENANCE_INTERVAL_MS,
  contactStaleMs: DEFAULT_CONTACT_STALE_MS,
} as const;
/**
 * Restart type of peer processes: `permanent` (a service instance is always brought back), or
 * `temporary` as upstream's per-connection peers (never restarted), or `transient`.
 */
export const DEFAULT_PEER_RESTART = 'permanent';
export const DEFAULT_SERVICE_INSTANCES = 1;

export const MIN_PORT = 0;
export const MAX_PORT = 65_535;
/** Realm names are reverse-DNS style: lowercase labels of [a-z0-9-] separated by dots. */
export const REALM_PATTERN = /^[a-z0-9-]+(\.[a-z0-9-]+)*$/;
export const MAX_REALM_LENGTH = 253;
export const MIN_CERT_KEY_BITS = 1024;
export const MAX_CERT_KEY_BITS = 8192;
export const MIN_CERT_VALIDITY_DAYS = 1;
export const MIN_BOOTSTRAP_HEALTH_INTERVAL_MS = 100;
export const MIN_PEERS = 0;
export const MAX_PEERS = 1000;
export const SERVICE_NAME_PATTERN = /^[a-z0-9_-]+$/;
export const MIN_SERVICE_INSTANCES = 1;
export const MAX_SERVICE_INSTANCES = 1000;
/** Schemes a peer URL may use: QUIC, or the seed's https:// spelling of the same endpoint. */
export const URL_SCHEMES: readonly string[] = ['quic:', 'https:'];
/** Largest edit distance at which an unknown config key gets a "did you mean" suggestion. */
export const MAX_SUGGESTION_DISTANCE = 3;

/** Data directory used when run as root by systemd (StateDirectory=macula). */
export const SYSTEM_DATA_DIR = '/var/lib/macula';
/** Under $XDG_DATA_HOME (or ~/.local/share) when not a systemd system service. */
export const DATA_DIR_NAME = 'macula';
/** runtimeDir default, relative to dataDir. */
export const RUNTIME_SUBDIR = 'run';
