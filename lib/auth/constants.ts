/**
 * Trust model defaults and bounds (docs/SECURITY.md). Units are in the names.
 */
import type { Action, MeshTrustMode } from './types.js';

/** The four actions a permission rule governs, in the order errors and docs list them. */
export const ACTIONS: readonly Action[] = ['publish', 'subscribe', 'advertise', 'call'];

/**
 * Names only the node itself may advertise or publish to (the gateway's built-in diagnostics live
 * under `com.macula.diagnostics.*`; docs/PROTOCOL.md names no other internal namespace). Clients
 * may still call and subscribe to them.
 */
export const RESERVED_PATTERNS: readonly string[] = ['com.macula.**'];
/** Actions the reserved namespace is closed to (for every identity but the node's own). */
export const RESERVED_ACTIONS: readonly Action[] = ['publish', 'advertise'];

/** A rule's `identity` that matches every client identity (never the node's own: that is `node`). */
export const ANY_IDENTITY = '*';
/** A rule's `realm` that matches every realm (same as leaving `realm` out). */
export const ANY_REALM = '*';
/** A node id: SHA-256 of the certificate's public key, 64 hex digits (written lowercase). */
export const NODE_ID_PATTERN = /^[0-9a-fA-F]{64}$/;
/** Characters of a node id shown in messages (details carry the whole id). */
export const NODE_ID_SHORT_CHARS = 12;

/** Rules in `permissions.rules`; beyond it the config is invalid (MAX_PERMISSIONS_JSON_BYTES usually binds first). */
export const MAX_PERMISSION_RULES = 500;
/** Identities one rule may list. */
export const MAX_RULE_IDENTITIES = 500;
/** Patterns in one allow or deny list. */
export const MAX_RULE_PATTERNS = 1_000;
/**
 * Largest `permissions` section once normalised, in bytes of JSON. Root hands the whole config to
 * its processes in one environment variable, and Linux refuses to start a process with a single
 * environment string over 128 KiB (MAX_ARG_STRLEN), so a bigger section would fail at spawn.
 */
export const MAX_PERMISSIONS_JSON_BYTES = 65_536;
/** Longest `name` label of a rule, in characters. */
export const MAX_RULE_NAME_LENGTH = 200;

/** Decisions remembered per grant and action (name → outcome); the cache is emptied when full. */
export const DECISION_CACHE_ENTRIES = 1_024;
/** Distinct compiled grants a policy keeps for sharing; the table is emptied when full. */
export const MAX_CACHED_GRANTS = 10_000;
/**
 * Product states a pattern-containment or overlap search may visit. Patterns are at most 32
 * segments, so real searches stay far below this; one that would exceed it is refused (the safe
 * side) with reason `too_complex`.
 */
export const MAX_SEARCH_STATES = 100_000;

/** mesh_trust values. */
export const MESH_TRUST_MODES: readonly MeshTrustMode[] = ['open', 'allowlist', 'ca'];
/** Any node of the realm may link: the generated self-signed identity needs nothing more. */
export const DEFAULT_MESH_TRUST: MeshTrustMode = 'open';
/** Node ids one mesh_allowlist may hold. */
export const MAX_MESH_ALLOWLIST = 10_000;
/** Certificates a mesh_ca_path file may hold (the realm's CAs). */
export const MAX_CA_CERTIFICATES = 100;
/** Longest certificate chain (leaf + intermediates) walked to a realm CA. */
export const MAX_CHAIN_DEPTH = 8;
/** Largest mesh_ca_path file read, in bytes. */
export const MAX_CA_FILE_BYTES = 1_048_576;

/** Listen addresses that only this machine can reach. */
export const LOOPBACK_HOSTS: readonly string[] = ['localhost', '::1', '0:0:0:0:0:0:0:1'];
