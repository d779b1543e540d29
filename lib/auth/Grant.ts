/**
 * What one session may do. A GrantCore is the compiled union of the rules that apply to an
 * identity in a realm (allow and deny pattern sets per action, deny winning); identities to which
 * the same rules apply share one core, and so its decision caches. A Grant pairs a core with the
 * session it was made for, so a refusal names who was refused.
 *
 * Hot path: an action whose grant allows every name returns at once; otherwise one bounded Map
 * lookup per (action, name), the trie walk or pattern search running only on a miss.
 *
 * Decision for a concrete name (publish, advertise, call): refused when the grant has a blanket
 * refusal, when the name is reserved (com.macula.**, publish/advertise, not the node), when a
 * deny pattern matches it, or when no allow pattern does. For a subscription pattern: refused
 * when it could match any denied topic (the pattern and a deny pattern overlap), or when it could
 * match a topic no allow pattern matches (the allows do not cover it) — so a pattern is allowed
 * exactly when every topic it could match is one the client may subscribe to.
 */
import { MaculaError } from '../errors/index.js';
import { ACTIONS, DECISION_CACHE_ENTRIES, MAX_SEARCH_STATES, NODE_ID_SHORT_CHARS, RESERVED_ACTIONS } from './constants.js';
import { PatternSet } from './PatternSet.js';
import { reservedPattern } from './reserved.js';
import type { Action, Principal, RefusalReason, RuleBody } from './types.js';

/** Why one request is refused; `null` in a cache means allowed. */
export interface Refusal {
  readonly reason: RefusalReason;
  /** The pattern that decided it (deny or reserved). */
  readonly pattern?: string;
  /** For a subscription: a topic it could match that made the difference. */
  readonly witness?: string;
}

interface ActionRules {
  allow: PatternSet;
  deny: PatternSet;
  /** The reserved namespace is closed to this grant for this action. */
  reserved: boolean;
  /** Every name is allowed: no lookup at all. */
  open: boolean;
  cache: Map<string, Refusal | null>;
}

export interface GrantCoreInit {
  /** What decided this grant, for logs and /health: `node`, `loopback`, `remote`, `default`, `rules[0,3]`. */
  source: string;
  body: RuleBody;
  /** Close com.macula.** to publish and advertise (everyone but the node). */
  reservedClosed: boolean;
  /** Refuse everything with this reason (no permissions section, client beyond loopback). */
  blanket?: RefusalReason;
  /** Decisions cached per action (emptied when full). @default DECISION_CACHE_ENTRIES */
  cacheEntries?: number;
}

export class GrantCore {
  readonly source: string;
  readonly #blanket: Refusal | undefined;
  readonly #actions: Record<Action, ActionRules>;
  readonly #cacheEntries: number;

  constructor(init: GrantCoreInit) {
    this.source = init.source;
    this.#cacheEntries = init.cacheEntries ?? DECISION_CACHE_ENTRIES;
    this.#blanket = init.blanket === undefined ? undefined : Object.freeze({ reason: init.blanket });
    const entries = ACTIONS.map((action): [Action, ActionRules] => {
      const lists = init.body[action];
      const allow = new PatternSet(lists?.allow ?? []);
      const deny = new PatternSet(lists?.deny ?? []);
      const reserved = init.reservedClosed && RESERVED_ACTIONS.includes(action);
      const open = init.blanket === undefined && allow.matchesEverything && deny.size === 0 && !reserved;
      return [action, { allow, deny, reserved, open, cache: new Map() }];
    });
    this.#actions = Object.fromEntries(entries) as Record<Action, ActionRules>;
  }

  /** The refusal for `action` on `name` (a valid topic, procedure or, for subscribe, pattern), or null. */
  decide(action: Action, name: string): Refusal | null {
    const rules = this.#actions[action];
    if (rules.open) return null;
    if (this.#blanket !== undefined) return this.#blanket;
    const hit = rules.cache.get(name);
    if (hit !== undefined) return hit;
    const refusal = action === 'subscribe' ? decidePattern(rules, name) : decideName(rules, name);
    if (rules.cache.size >= this.#cacheEntries) rules.cache.clear();
    rules.cache.set(name, refusal);
    return refusal;
  }

  /** Decisions cached for `action` now (for tests of the bound). */
  cachedDecisions(action: Action): number {
    return this.#actions[action].cache.size;
  }
}

function decideName(rules: ActionRules, name: string): Refusal | null {
  if (rules.reserved) {
    const pattern = reservedPattern(name);
    if (pattern !== undefined) return { reason: 'reserved', pattern };
  }
  const denied = rules.deny.match(name);
  if (denied !== undefined) return { reason: 'denied', pattern: denied };
  return rules.allow.match(name) === undefined ? { reason: 'not_allowed' } : null;
}

function decidePattern(rules: ActionRules, pattern: string): Refusal | null {
  const o = rules.deny.overlaps(pattern);
  if (o.kind === 'too_complex') return { reason: 'too_complex' };
  if (o.kind === 'overlap') return { reason: 'denied', pattern: o.pattern, witness: o.witness };
  const c = rules.allow.covers(pattern);
  if (c.kind === 'too_complex') return { reason: 'too_complex' };
  if (c.kind === 'uncovered') return { reason: 'not_allowed', witness: c.witness };
  return null;
}

const VERB: Record<Action, string> = { publish: 'publish to', subscribe: 'subscribe to', advertise: 'advertise', call: 'call' };

function explain(action: Action, r: Refusal, principal: Principal): string {
  const could = r.witness === undefined || action !== 'subscribe' ? '' : `it could match "${r.witness}", `;
  switch (r.reason) {
    case 'reserved':
      return `only the node itself may ${VERB[action]} names under ${r.pattern}`;
    case 'denied':
      return `${could}denied by pattern "${r.pattern}"`;
    case 'not_allowed':
      return `${could}${could === '' ? 'no' : 'which no'} rule allows it`;
    case 'remote_without_permissions':
      return `this node has no permissions section, so only clients on loopback may act and ${principal.remoteAddress} is not (docs/SECURITY.md)`;
    case 'too_complex':
      return `the pattern and the rules are too large to compare (over ${MAX_SEARCH_STATES} states): subscribe to a narrower pattern`;
  }
}

/** One session's permissions: what the broker holds per client and asks per action. */
export class Grant {
  constructor(
    readonly principal: Principal,
    readonly core: GrantCore,
  ) {}

  /** What decided this grant (`node`, `loopback`, `remote`, `default`, `rules[…]`). */
  get source(): string {
    return this.core.source;
  }

  allows(action: Action, name: string): boolean {
    return this.core.decide(action, name) === null;
  }

  /** `permission_denied` naming the action and the name if refused, else undefined. */
  check(action: Action, name: string): MaculaError | undefined {
    const r = this.core.decide(action, name);
    if (r === null) return undefined;
    const p = this.principal;
    const who = `${p.nodeId.slice(0, NODE_ID_SHORT_CHARS)}… in realm ${p.realm}`;
    return new MaculaError('permission_denied', `${action} "${name}" refused for ${who}: ${explain(action, r, p)}`, {
      details: {
        action,
        name,
        reason: r.reason,
        node_id: p.nodeId,
        realm: p.realm,
        ...(r.pattern === undefined ? {} : { pattern: r.pattern }),
        ...(r.witness === undefined ? {} : { witness: r.witness }),
        ...(r.reason === 'remote_without_permissions' ? { remote_address: p.remoteAddress } : {}),
      },
    });
  }

  /** Throws `permission_denied` naming the action and the name if refused. */
  authorize(action: Action, name: string): void {
    const e = this.check(action, name);
    if (e !== undefined) throw e;
  }
}
