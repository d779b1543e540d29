/**
 * The node's permissions, compiled once (at gateway start) from the validated `permissions`
 * section, the node's own id and its listen address; grantFor() is asked once per session, when
 * the client is admitted, and returns the Grant the broker keeps for that session.
 *
 * Which rules apply to a client identity in a realm: every rule whose `identity` names it (or is
 * `*`) and whose `realm` names the realm (or is `*`/absent). A request is allowed when one of them
 * allows it and none denies it (deny wins, across rules too). When no rule applies, `default`
 * decides (absent: nothing is allowed). The node's own identity is decided by `node` alone
 * (absent: everything), never by `*` rules. Without a `permissions` section, posture.ts decides.
 * The reserved namespace (com.macula.**) is closed to every identity but the node's, always.
 */
import { ACTIONS, MAX_CACHED_GRANTS } from './constants.js';
import { Grant, GrantCore } from './Grant.js';
import { accessPosture, isLoopbackAddress } from './posture.js';
import type { PermissionRule, PermissionsConfig, Posture, Principal, RuleBody } from './types.js';

export interface PermissionPolicyOptions {
  /** The node's own id (its certificate's): the identity its peer processes present. */
  nodeId: string;
  /** The validated `permissions` section; undefined when the config has none. */
  permissions?: PermissionsConfig;
  /** The QUIC listener's address (`quic_host`): decides the default and its warning. */
  listenHost: string;
  listenPort?: number;
  /** Compiled rule unions kept for sharing (emptied when full). @default MAX_CACHED_GRANTS */
  maxCachedGrants?: number;
  /** Decisions cached per grant and action (emptied when full). @default DECISION_CACHE_ENTRIES */
  decisionCacheEntries?: number;
}

/** Every action on every name. */
const EVERYTHING: RuleBody = {
  publish: { allow: ['**'], deny: [] },
  subscribe: { allow: ['**'], deny: [] },
  advertise: { allow: ['**'], deny: [] },
  call: { allow: ['**'], deny: [] },
};

function union(bodies: readonly RuleBody[]): RuleBody {
  const out: RuleBody = {};
  for (const body of bodies) {
    for (const action of ACTIONS) {
      const lists = body[action];
      if (lists === undefined) continue;
      const into = (out[action] ??= { allow: [], deny: [] });
      into.allow.push(...lists.allow);
      into.deny.push(...lists.deny);
    }
  }
  return out;
}

export class PermissionPolicy {
  readonly nodeId: string;
  readonly posture: Posture;
  readonly #rules: readonly PermissionRule[];
  readonly #byIdentity = new Map<string, number[]>();
  readonly #anyIdentity: number[] = [];
  readonly #node: GrantCore;
  readonly #fallback: GrantCore;
  readonly #remote: GrantCore | undefined;
  /** Compiled unions of rules, keyed by the indices that apply (plus realm-free cores above). */
  readonly #cores = new Map<string, GrantCore>();
  readonly #maxCores: number;
  readonly #cacheEntries: number | undefined;

  constructor(options: PermissionPolicyOptions) {
    this.nodeId = options.nodeId.toLowerCase();
    this.#maxCores = options.maxCachedGrants ?? MAX_CACHED_GRANTS;
    this.#cacheEntries = options.decisionCacheEntries;
    const cache = this.#cacheEntries;
    const p = options.permissions;
    this.posture = accessPosture({ listenHost: options.listenHost, listenPort: options.listenPort, permissions: p });
    this.#rules = p?.rules ?? [];
    this.#rules.forEach((rule, i) => {
      if (rule.identities === '*') {
        this.#anyIdentity.push(i);
        return;
      }
      for (const id of rule.identities) {
        const list = this.#byIdentity.get(id) ?? [];
        list.push(i);
        this.#byIdentity.set(id, list);
      }
    });
    this.#node = new GrantCore({ source: 'node', body: p?.node ?? EVERYTHING, reservedClosed: false, cacheEntries: cache });
    if (p === undefined) {
      this.#fallback = new GrantCore({ source: 'loopback', body: EVERYTHING, reservedClosed: true, cacheEntries: cache });
      this.#remote = new GrantCore({ source: 'remote', body: {}, reservedClosed: true, blanket: 'remote_without_permissions' });
    } else {
      this.#fallback = new GrantCore({ source: 'default', body: p.default ?? {}, reservedClosed: true, cacheEntries: cache });
      this.#remote = undefined;
    }
  }

  /** The grant for a session being admitted. Cheap: a map lookup and, the first time a set of rules applies, one compile. */
  grantFor(principal: Principal): Grant {
    const id = principal.nodeId.toLowerCase();
    const who: Principal = { ...principal, nodeId: id };
    if (id === this.nodeId) return new Grant(who, this.#node);
    if (this.#remote !== undefined) return new Grant(who, isLoopbackAddress(principal.remoteAddress) ? this.#fallback : this.#remote);
    const applying = this.#applying(id, principal.realm);
    if (applying.length === 0) return new Grant(who, this.#fallback);
    const key = applying.join(',');
    let core = this.#cores.get(key);
    if (core === undefined) {
      core = new GrantCore({ source: `rules[${key}]`, body: union(applying.map((i) => this.#rules[i]!)), reservedClosed: true, cacheEntries: this.#cacheEntries });
      // Grants already handed out keep their core; clearing only loses sharing.
      if (this.#cores.size >= this.#maxCores) this.#cores.clear();
      this.#cores.set(key, core);
    }
    return new Grant(who, core);
  }

  /** Compiled rule unions held now (for tests of the bound). */
  get cachedGrants(): number {
    return this.#cores.size;
  }

  /** Indices of the rules that apply to `id` in `realm`, ascending. */
  #applying(id: string, realm: string): number[] {
    const named = this.#byIdentity.get(id) ?? [];
    const out: number[] = [];
    for (const i of [...named, ...this.#anyIdentity]) {
      const realms = this.#rules[i]!.realms;
      if (realms === '*' || realms.includes(realm)) out.push(i);
    }
    return out.sort((a, b) => a - b);
  }
}
