/**
 * The `permissions` config section, validated in full (issue 10, point 2). Shape, after NATS's
 * per-user permissions and `default_permissions`, per realm like Crossbar's roles:
 *
 *   "permissions": {
 *     "rules": [
 *       { "identity": "<node id>" | ["<node id>", …] | "*",   // whom it applies to
 *         "realm": "io.example.shop" | [ … ] | "*",           // optional, default every realm
 *         "name": "shop backend",                             // optional label for messages
 *         "publish":   ["orders.*"],                          // a list = allow only these
 *         "subscribe": { "allow": ["orders.**"], "deny": ["orders.audit.**"] },
 *         "advertise": "shop.*",                              // one pattern = a list of one
 *         "call":      { "allow": ["**"] } } ],
 *     "default": { …actions… },   // identities no rule applies to; absent = nothing allowed
 *     "node":    { …actions… }    // the node's own identity; absent = everything
 *   }
 *
 * Every problem is an error that names the rule (index, identity, label), the action, the list,
 * the pattern and why: `invalid_config` for a bad value, `unknown_config_key` (with the closest
 * key) for a misspelt one, so `macula-cluster up` exits 78 before anything starts.
 */
import { MaculaError } from '../errors/index.js';
import { realm as realmParser } from '../config/parsers.js';
import { closestKey } from '../config/suggest.js';
import { validatePattern } from '../pubsub/validate.js';
import {
  ACTIONS, ANY_IDENTITY, ANY_REALM, MAX_PERMISSION_RULES, MAX_PERMISSIONS_JSON_BYTES, MAX_RULE_IDENTITIES, MAX_RULE_NAME_LENGTH, MAX_RULE_PATTERNS,
  NODE_ID_PATTERN, NODE_ID_SHORT_CHARS,
} from './constants.js';
import type { Action, PatternLists, PermissionRule, PermissionsConfig, RuleBody } from './types.js';

/** The config-file key of the section. */
export const PERMISSIONS_KEY = 'permissions';
const SECTION_KEYS = ['rules', 'default', 'node'];
const RULE_KEYS = ['identity', 'realm', 'name', ...ACTIONS];
const LIST_KEYS = ['allow', 'deny'];

/** Where in the section a problem is, for the message and the details. */
interface Where {
  /** Path under the section: `rules[2].publish.allow[1]`. */
  path: string;
  /** Path of the rule itself (`rules[2]`, `default`): what the label already names. */
  rulePath: string;
  /** `rules[2] (identity 3f2a…, "shop backend")`, `default`, `node`. */
  label: string;
  /** The rule's index, or `default` / `node`; absent for the section itself. */
  rule?: number | 'default' | 'node';
  identity?: string | string[];
  action?: Action;
  list?: 'allow' | 'deny';
  pattern?: unknown;
}

function fail(w: Where, reason: string): never {
  const tail = w.path === w.rulePath ? '' : `${w.path.slice(w.rulePath.length).replace(/^\./, '')}${w.pattern === undefined ? '' : ` ${JSON.stringify(w.pattern)}`}: `;
  throw new MaculaError('invalid_config', `invalid permissions in the config file: ${w.label}: ${tail}${reason}`, {
    details: {
      key: PERMISSIONS_KEY,
      source: 'file',
      origin: `${PERMISSIONS_KEY}.${w.path}`,
      ...(w.rule === undefined ? {} : { rule: w.rule }),
      ...(w.identity === undefined ? {} : { identity: w.identity }),
      ...(w.action === undefined ? {} : { action: w.action }),
      ...(w.list === undefined ? {} : { list: w.list }),
      ...(w.pattern === undefined ? {} : { pattern: w.pattern }),
      reason,
    },
  });
}

function unknownKey(key: string, known: readonly string[], at: string): never {
  const suggestion = closestKey(key, known);
  const hint = suggestion === undefined ? `known keys: ${known.join(', ')}` : `did you mean "${suggestion}"?`;
  const full = at === '' ? `${PERMISSIONS_KEY}.${key}` : `${PERMISSIONS_KEY}.${at}.${key}`;
  throw new MaculaError('unknown_config_key', `unknown config key "${full}": ${hint}`, {
    details: { key: full, ...(suggestion === undefined ? {} : { suggestion: at === '' ? `${PERMISSIONS_KEY}.${suggestion}` : `${PERMISSIONS_KEY}.${at}.${suggestion}` }) },
  });
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function checkKeys(obj: Record<string, unknown>, known: readonly string[], at: string): void {
  for (const key of Object.keys(obj)) if (!known.includes(key)) unknownKey(key, known, at);
}

/** Validate the section; returns it normalised (lists everywhere, node ids lowercase). */
export function parsePermissions(raw: unknown): PermissionsConfig {
  const top: Where = { path: '', rulePath: '', label: PERMISSIONS_KEY };
  if (!isObject(raw)) fail(top, `must be an object {rules, default, node}, got ${JSON.stringify(raw)}`);
  checkKeys(raw, SECTION_KEYS, '');
  const config: PermissionsConfig = { rules: [] };
  if (raw.rules !== undefined) {
    if (!Array.isArray(raw.rules)) fail({ ...top, path: 'rules', rulePath: 'rules', label: 'rules' }, 'must be an array of rules');
    if (raw.rules.length > MAX_PERMISSION_RULES) fail({ ...top, path: 'rules', rulePath: 'rules', label: 'rules' }, `holds ${raw.rules.length} rules, at most ${MAX_PERMISSION_RULES} are allowed`);
    config.rules = raw.rules.map((r: unknown, i: number) => parseRule(r, i));
  }
  if (raw.default !== undefined) config.default = parseBody(raw.default, { path: 'default', rulePath: 'default', label: 'default', rule: 'default' });
  if (raw.node !== undefined) config.node = parseBody(raw.node, { path: 'node', rulePath: 'node', label: 'node', rule: 'node' });
  const bytes = Buffer.byteLength(JSON.stringify(config));
  if (bytes > MAX_PERMISSIONS_JSON_BYTES) {
    fail(top, `is ${bytes} bytes of JSON once normalised, at most ${MAX_PERMISSIONS_JSON_BYTES} (the node hands its config to its processes in an environment variable): use "*" rules, lists of identities and wildcards instead of many near-identical rules`);
  }
  return config;
}

function parseRule(raw: unknown, index: number): PermissionRule {
  const at = `rules[${index}]`;
  const base: Where = { path: at, rulePath: at, label: at, rule: index };
  if (!isObject(raw)) fail(base, `must be an object {identity, realm, publish, subscribe, advertise, call}, got ${JSON.stringify(raw)}`);
  checkKeys(raw, RULE_KEYS, at);
  let name: string | undefined;
  if (raw.name !== undefined) {
    if (typeof raw.name !== 'string' || raw.name.trim() === '' || raw.name.length > MAX_RULE_NAME_LENGTH) {
      fail({ ...base, path: `${at}.name` }, `name must be a non-empty string of at most ${MAX_RULE_NAME_LENGTH} characters`);
    }
    name = raw.name;
  }
  const named = name === undefined ? '' : `, ${JSON.stringify(name)}`;
  const identities = parseIdentities(raw.identity, { ...base, path: `${at}.identity`, label: name === undefined ? at : `${at} (${JSON.stringify(name)})` });
  const shown = identities === ANY_IDENTITY ? '*' : identities.length === 1 ? `${identities[0]!.slice(0, NODE_ID_SHORT_CHARS)}…` : `${identities.length} identities`;
  const where: Where = { ...base, label: `${at} (identity ${shown}${named})`, identity: identities === ANY_IDENTITY ? '*' : identities };
  const realms = parseRealms(raw.realm, { ...where, path: `${at}.realm` });
  const body = parseBody(raw, where, true);
  return { identities, realms, ...(name === undefined ? {} : { name }), ...body };
}

function parseIdentities(raw: unknown, w: Where): string[] | '*' {
  if (raw === undefined) fail(w, 'identity is required: a node id, a list of node ids, or "*"');
  if (raw === ANY_IDENTITY) return ANY_IDENTITY;
  const list = typeof raw === 'string' ? [raw] : raw;
  if (!Array.isArray(list)) fail(w, `identity must be a node id, a list of node ids, or "*", got ${JSON.stringify(raw)}`);
  if (list.length === 0) fail(w, 'identity lists no node id (use "*" for every client)');
  if (list.length > MAX_RULE_IDENTITIES) fail(w, `identity lists ${list.length} node ids, at most ${MAX_RULE_IDENTITIES} are allowed`);
  const seen = new Set<string>();
  list.forEach((id: unknown, i: number) => {
    const at: Where = { ...w, path: typeof raw === 'string' ? w.path : `${w.path}[${i}]`, identity: typeof id === 'string' ? id : JSON.stringify(id) };
    if (id === ANY_IDENTITY) fail(at, '"*" must stand alone (identity: "*"), not inside a list');
    if (typeof id !== 'string' || !NODE_ID_PATTERN.test(id)) {
      fail(at, `${JSON.stringify(id)} is not a node id (64 hex digits: the SHA-256 of the client's public key, as \`macula info\` and the banner print it)`);
    }
    const lower = id.toLowerCase();
    if (seen.has(lower)) fail(at, `node id ${lower} is listed twice`);
    seen.add(lower);
  });
  return [...seen];
}

function parseRealms(raw: unknown, w: Where): string[] | '*' {
  if (raw === undefined || raw === ANY_REALM) return ANY_REALM;
  const list = typeof raw === 'string' ? [raw] : raw;
  if (!Array.isArray(list) || list.length === 0) fail(w, `realm must be a realm, a non-empty list of realms, or "*", got ${JSON.stringify(raw)}`);
  const out = new Set<string>();
  list.forEach((r: unknown, i: number) => {
    const at = { ...w, path: typeof raw === 'string' ? w.path : `${w.path}[${i}]` };
    if (r === ANY_REALM) fail(at, '"*" must stand alone (realm: "*"), not inside a list');
    const parsed = realmParser(r, { textual: false, baseDir: '' });
    if (!parsed.ok) fail(at, `realm ${JSON.stringify(r)} ${parsed.reason}`);
    out.add(parsed.value);
  });
  return [...out];
}

function parseBody(raw: unknown, w: Where, inRule = false): RuleBody {
  if (!isObject(raw)) fail(w, `must be an object of actions {publish, subscribe, advertise, call}, got ${JSON.stringify(raw)}`);
  if (!inRule) checkKeys(raw, ACTIONS, w.path);
  const body: RuleBody = {};
  for (const action of ACTIONS) {
    if (raw[action] !== undefined) body[action] = parseLists(raw[action], { ...w, path: `${w.path}.${action}`, action });
  }
  return body;
}

function parseLists(raw: unknown, w: Where): PatternLists {
  if (typeof raw === 'string' || Array.isArray(raw)) return { allow: parsePatterns(raw, { ...w, list: 'allow' }, w.path), deny: [] };
  if (!isObject(raw)) fail(w, `must be a pattern, a list of patterns (allowed), or {allow, deny}, got ${JSON.stringify(raw)}`);
  checkKeys(raw, LIST_KEYS, w.path);
  return {
    allow: raw.allow === undefined ? [] : parsePatterns(raw.allow, { ...w, list: 'allow' }, `${w.path}.allow`),
    deny: raw.deny === undefined ? [] : parsePatterns(raw.deny, { ...w, list: 'deny' }, `${w.path}.deny`),
  };
}

function parsePatterns(raw: unknown, w: Where, path: string): string[] {
  const list = typeof raw === 'string' ? [raw] : raw;
  if (!Array.isArray(list)) fail({ ...w, path }, `must be a pattern or a list of patterns, got ${JSON.stringify(raw)}`);
  if (list.length > MAX_RULE_PATTERNS) fail({ ...w, path }, `holds ${list.length} patterns, at most ${MAX_RULE_PATTERNS} are allowed`);
  return list.map((p: unknown, i: number) => {
    const at: Where = { ...w, path: typeof raw === 'string' ? path : `${path}[${i}]`, pattern: p };
    try {
      validatePattern(p);
    } catch (err) {
      const d = err instanceof MaculaError ? err.details : {};
      const seg = d.index === undefined ? '' : ` (segment ${String(d.index)}: ${JSON.stringify(d.segment)})`;
      fail(at, `${String(d.reason ?? (err as Error).message)}${seg}`);
    }
    return p as string;
  });
}
