/**
 * The trust model's config keys, as lib/config's key table uses them: `permissions` (file only,
 * parsePermissions), `mesh_trust`, `mesh_allowlist`, `mesh_ca_path`; then checkAuthConfig(), run
 * by loadConfig once every key is picked, for what needs several keys at once (a mode and the
 * setting it requires, the CA file's contents, rules for realms the node does not serve). Errors
 * are `invalid_config` naming the key and where it came from; the rest are warnings.
 */
import { readFileSync, statSync } from 'node:fs';
import { X509Certificate } from 'node:crypto';
import { MaculaError } from '../errors/index.js';
import type { Parser } from '../config/parsers.js';
import { ACTIONS, MAX_CA_CERTIFICATES, MAX_CA_FILE_BYTES, MAX_MESH_ALLOWLIST, MESH_TRUST_MODES, NODE_ID_PATTERN, RESERVED_ACTIONS, RESERVED_PATTERNS } from './constants.js';
import { parsePermissions } from './parsePermissions.js';
import { withinReserved } from './reserved.js';
import type { MeshTrustMode, PermissionsConfig, RuleBody } from './types.js';

/** `permissions`: the whole section; parsePermissions throws its own errors, naming the rule. */
export const permissionsParser: Parser<PermissionsConfig> = (raw) => ({ ok: true, value: parsePermissions(raw) });

export const meshTrustParser: Parser<MeshTrustMode> = (raw) =>
  typeof raw === 'string' && (MESH_TRUST_MODES as readonly string[]).includes(raw)
    ? { ok: true, value: raw as MeshTrustMode }
    : { ok: false, reason: `must be one of ${MESH_TRUST_MODES.map((m) => `"${m}"`).join(', ')}` };

/** `mesh_allowlist`: node ids, a JSON array in the file (comma-separated as text). */
export const meshAllowlistParser: Parser<string[]> = (raw, ctx) => {
  const list = ctx.textual && typeof raw === 'string' ? raw.split(',').map((s) => s.trim()).filter((s) => s !== '') : raw;
  if (!Array.isArray(list) || list.length === 0) return { ok: false, reason: 'must be a non-empty list of node ids' };
  if (list.length > MAX_MESH_ALLOWLIST) return { ok: false, reason: `must list at most ${MAX_MESH_ALLOWLIST} node ids` };
  const seen = new Set<string>();
  for (const [i, id] of list.entries()) {
    if (typeof id !== 'string' || !NODE_ID_PATTERN.test(id)) return { ok: false, reason: `entry ${i} (${JSON.stringify(id)}) is not a node id (64 hex digits)` };
    if (seen.has(id.toLowerCase())) return { ok: false, reason: `entry ${i} lists node ${id.toLowerCase()} twice` };
    seen.add(id.toLowerCase());
  }
  return { ok: true, value: [...seen] };
};

/** The realm CA certificates of a PEM file; `invalid_config` naming the file and the certificate at fault. */
export function loadTrustAnchors(path: string, now = Date.now()): X509Certificate[] {
  const bad = (reason: string, cause?: unknown): MaculaError =>
    new MaculaError('invalid_config', `invalid mesh_ca_path ${path}: ${reason}`, { cause, details: { key: 'mesh_ca_path', value: path, reason } });
  let text: string;
  try {
    const st = statSync(path);
    if (!st.isFile()) throw new Error('not a regular file');
    if (st.size > MAX_CA_FILE_BYTES) throw new Error(`larger than ${MAX_CA_FILE_BYTES} bytes`);
    text = readFileSync(path, 'utf8');
  } catch (err) {
    throw bad(`cannot read it: ${(err as Error).message}`, err);
  }
  const blocks = text.match(/-----BEGIN CERTIFICATE-----[\s\S]+?-----END CERTIFICATE-----/g) ?? [];
  if (blocks.length === 0) throw bad('holds no PEM certificate (-----BEGIN CERTIFICATE-----)');
  if (blocks.length > MAX_CA_CERTIFICATES) throw bad(`holds ${blocks.length} certificates, at most ${MAX_CA_CERTIFICATES} are read`);
  return blocks.map((pem, i) => {
    let cert: X509Certificate;
    try {
      cert = new X509Certificate(pem);
    } catch (err) {
      throw bad(`certificate ${i} does not parse: ${(err as Error).message}`, err);
    }
    if (!cert.ca) throw bad(`certificate ${i} (${cert.subject.replace(/\n/g, ', ')}) is not a CA certificate (basicConstraints CA:TRUE)`);
    if (!(now >= Date.parse(cert.validFrom) && now <= Date.parse(cert.validTo))) {
      throw bad(`certificate ${i} (${cert.subject.replace(/\n/g, ', ')}) is outside its validity (${cert.validFrom} – ${cert.validTo})`);
    }
    return cert;
  });
}

/** Where loadConfig found a key (its Origin). */
export interface KeyOrigin {
  source: string;
  name: string;
}

function originText(o: KeyOrigin | undefined): string {
  if (o === undefined) return 'default';
  return o.source === 'file' ? `config file key "${o.name}"` : `${o.source} ${o.name}`;
}

/**
 * Checks across the trust keys once loadConfig has picked every value (fields of NodeConfig:
 * permissions, realm, meshTrust, meshAllowlist, meshCaPath, certPath). Throws `invalid_config`;
 * returns warnings.
 */
export function checkAuthConfig(picked: Readonly<Record<string, unknown>>, origins: Readonly<Record<string, KeyOrigin | undefined>>): string[] {
  const warnings: string[] = [];
  const mode = picked.meshTrust as MeshTrustMode | undefined;
  const need = (key: string, what: string): never => {
    throw new MaculaError('invalid_config', `mesh_trust "${mode}" (${originText(origins.mesh_trust)}) needs ${key}: ${what}`, {
      details: { key, source: origins.mesh_trust?.source ?? 'default', origin: origins.mesh_trust?.name ?? 'mesh_trust', value: mode },
    });
  };
  if (mode === 'allowlist' && picked.meshAllowlist === undefined) need('mesh_allowlist', 'the node ids allowed to link');
  if (mode === 'ca') {
    if (picked.meshCaPath === undefined) need('mesh_ca_path', 'a PEM file with the realm CA certificates');
    loadTrustAnchors(picked.meshCaPath as string);
    if (picked.certPath === undefined) {
      warnings.push('mesh_trust is "ca" but this node uses its generated self-signed identity (no cert_path): nodes that also use mesh_trust "ca" will refuse its links; give cert_path and key_path signed by the realm CA');
    }
  }
  if (picked.meshAllowlist !== undefined && mode !== 'allowlist') warnings.push(`mesh_allowlist (${originText(origins.mesh_allowlist)}) is ignored: mesh_trust is "${mode}"`);
  if (picked.meshCaPath !== undefined && mode !== 'ca') warnings.push(`mesh_ca_path (${originText(origins.mesh_ca_path)}) is ignored: mesh_trust is "${mode}"`);
  const permissions = picked.permissions as PermissionsConfig | undefined;
  if (permissions !== undefined) warnings.push(...permissionsWarnings(permissions, [picked.realm as string]));
  return warnings;
}

/** Rules that can never apply on a node serving `realms`, and allows that the reserved namespace overrides. */
export function permissionsWarnings(config: PermissionsConfig, realms: readonly string[]): string[] {
  const out: string[] = [];
  const reservedAllows = (body: RuleBody, at: string): void => {
    for (const action of ACTIONS.filter((a) => RESERVED_ACTIONS.includes(a))) {
      body[action]?.allow.forEach((p, i) => {
        if (withinReserved(p)) out.push(`permissions.${at}.${action}.allow[${i}] "${p}" has no effect: only the node itself may ${action === 'publish' ? 'publish to' : 'advertise'} names under ${RESERVED_PATTERNS.join(', ')}`);
      });
    }
  };
  config.rules.forEach((rule, i) => {
    if (rule.realms !== '*' && !rule.realms.some((r) => realms.includes(r))) {
      out.push(`permissions.rules[${i}] applies only to realm ${rule.realms.join(', ')}, which this node does not serve (it serves ${realms.join(', ')}): it never applies here`);
    }
    reservedAllows(rule, `rules[${i}]`);
  });
  if (config.default !== undefined) reservedAllows(config.default, 'default');
  return out;
}
