/**
 * Trust model types: the `permissions` config section as validated (parsePermissions), the
 * compiled decisions (PermissionPolicy → Grant), and the `mesh_trust` settings (MeshTrust).
 */

/** What a client asks the gateway to do with a name. */
export type Action = 'publish' | 'subscribe' | 'advertise' | 'call';

/** Allow and deny patterns for one action (topic grammar, `*` and `**`). Deny wins. */
export interface PatternLists {
  allow: string[];
  deny: string[];
}

/** What a rule grants, per action. An action left out grants nothing (and denies nothing). */
export type RuleBody = Partial<Record<Action, PatternLists>>;

/** One entry of `permissions.rules`, validated and normalised. */
export interface PermissionRule extends RuleBody {
  /** Node ids (lowercase) the rule applies to, or `*` for every client identity. */
  identities: string[] | '*';
  /** Realms the rule applies to, or `*` for every realm. */
  realms: string[] | '*';
  /** Optional label, used in messages. */
  name?: string;
}

/** The validated `permissions` section. */
export interface PermissionsConfig {
  rules: PermissionRule[];
  /** For identities no rule applies to (in that realm). Absent: nothing is allowed. */
  default?: RuleBody;
  /** For the node's own identity (its peer processes). Absent: everything is allowed. */
  node?: RuleBody;
}

/** Why an action was refused (MaculaError `permission_denied`, `details.reason`). */
export type RefusalReason =
  /** A name under com.macula.** that only the node itself may advertise or publish to. */
  | 'reserved'
  /** The name (or a topic the subscription could match) is matched by a deny pattern. */
  | 'denied'
  /** No allow pattern covers the name (or every topic the subscription could match). */
  | 'not_allowed'
  /** No `permissions` section, and the client is not on loopback. */
  | 'remote_without_permissions'
  /** The subscription pattern and the rules were too large to compare within MAX_SEARCH_STATES. */
  | 'too_complex';

/** Who asks: what the broker knows of a session when it is admitted. */
export interface Principal {
  /** The client's node id (SHA-256 of its certificate's public key). */
  nodeId: string;
  /** The session's realm. */
  realm: string;
  /** Source address of the client's connection (decides the default without `permissions`). */
  remoteAddress: string;
}

/** How a node decides when nothing more specific applies (accessPosture). */
export type PostureKind =
  /** A `permissions` section exists: rules, `default` and `node` decide everything. */
  | 'rules'
  /** No `permissions`, listening on loopback only: every client is local and may do anything. */
  | 'loopback_open'
  /** No `permissions`, listening beyond loopback: local clients may do anything, remote ones nothing. */
  | 'local_only';

export interface Posture {
  kind: PostureKind;
  /** The warning the banner and /health show, when there is one. */
  warning?: string;
}

/** mesh_trust: which nodes may open a node link. */
export type MeshTrustMode = 'open' | 'allowlist' | 'ca';

/** The mesh_* settings as the config holds them. */
export interface MeshTrustSettings {
  meshTrust: MeshTrustMode;
  /** Node ids (lowercase) allowed to link, for `allowlist`. */
  meshAllowlist?: string[];
  /** PEM file with the realm's CA certificates, for `ca`. */
  meshCaPath?: string;
}

/** Why a node link was refused (MaculaError `not_trusted`, `details.reason`). */
export type DistrustReason =
  | 'no_certificate'
  | 'bad_certificate'
  | 'expired'
  | 'node_id_mismatch'
  | 'not_in_allowlist'
  | 'not_signed_by_ca';
