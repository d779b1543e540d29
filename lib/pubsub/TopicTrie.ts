/**
 * Subscription index: patterns in a trie keyed by segment, `*` and `**` stored as ordinary child
 * keys (a concrete topic can never contain them). match() walks the topic once, keeping the set
 * of trie nodes that are alive after each segment (an NFA simulation), so its cost depends on the
 * topic and on the subscriptions that share its path — never on the subscriptions elsewhere — and
 * several `**` paths reaching the same subscription still return it once. Nodes left empty by
 * remove() are pruned, so memory follows the live subscriptions.
 *
 * A publisher repeats its topics, so the matches of recent topics are remembered (at most
 * `matchCacheEntries`) until the next add() or remove(): a publish to a known topic costs one Map
 * lookup. The remembered arrays are shared: callers read them and never change them.
 *
 * Upstream gap fixed here: wildcards (`*`, `**` anywhere, several times) are first-class.
 */
import { MaculaError } from '../errors/index.js';
import { MATCH_CACHE_ENTRIES, MAX_SUBSCRIPTIONS, WILDCARD_ANY, WILDCARD_ONE } from './constants.js';
import type { MatchStats, SubscriptionHandle, TopicTrieOptions } from './types.js';
import { topicSegments, validatePattern } from './validate.js';

/**
 * One trie node. Most nodes have one child and one subscription, so both are stored inline and
 * only grow into a Map when a second arrives (a Map costs ~150 bytes; 10,000 idle subscriptions
 * fit in about half the heap this way).
 */
class TrieNode<V> {
  /** A single child (its own `key` names it) or a Map of them. */
  kids: TrieNode<V> | Map<string, TrieNode<V>> | undefined = undefined;
  /** Handle of the single inline subscription (0 = none). */
  soleHandle: SubscriptionHandle = 0;
  soleValue: V | undefined = undefined;
  /** Further subscriptions, once there is more than one. */
  more: Map<SubscriptionHandle, V> | undefined = undefined;
  /** Stamp of the last match() step that reached this node (dedupes without a Set). */
  mark = 0;

  constructor(
    readonly parent: TrieNode<V> | undefined,
    readonly key: string,
  ) {}

  get empty(): boolean {
    return this.kids === undefined && this.soleHandle === 0 && this.more === undefined;
  }

  child(key: string): TrieNode<V> | undefined {
    const k = this.kids;
    if (k === undefined) return undefined;
    if (k instanceof TrieNode) return k.key === key ? k : undefined;
    return k.get(key);
  }

  addChild(child: TrieNode<V>): void {
    const k = this.kids;
    if (k === undefined) this.kids = child;
    else if (k instanceof TrieNode) this.kids = new Map([[k.key, k], [child.key, child]]);
    else k.set(child.key, child);
  }

  removeChild(key: string): void {
    const k = this.kids;
    if (k instanceof TrieNode) {
      if (k.key === key) this.kids = undefined;
    } else if (k !== undefined) {
      k.delete(key);
      if (k.size === 1) this.kids = k.values().next().value;
    }
  }

  addValue(handle: SubscriptionHandle, value: V): void {
    if (this.soleHandle === 0) {
      this.soleHandle = handle;
      this.soleValue = value;
    } else {
      (this.more ??= new Map()).set(handle, value);
    }
  }

  getValue(handle: SubscriptionHandle): V | undefined {
    return handle === this.soleHandle ? this.soleValue : this.more?.get(handle);
  }

  removeValue(handle: SubscriptionHandle): void {
    if (handle === this.soleHandle) {
      this.soleHandle = 0;
      this.soleValue = undefined;
      if (this.more !== undefined) {
        // promote one of the others inline
        const [h, v] = this.more.entries().next().value!;
        this.more.delete(h);
        this.soleHandle = h;
        this.soleValue = v;
      }
    } else {
      this.more?.delete(handle);
    }
    if (this.more?.size === 0) this.more = undefined;
  }

  collect(out: V[]): void {
    if (this.soleHandle !== 0) out.push(this.soleValue as V);
    if (this.more !== undefined) for (const v of this.more.values()) out.push(v);
  }
}

export class TopicTrie<V> {
  readonly #root = new TrieNode<V>(undefined, '');
  readonly #byHandle = new Map<SubscriptionHandle, TrieNode<V>>();
  readonly #max: number;
  /** topic → its matches, until the index changes. */
  readonly #matches = new Map<string, readonly V[]>();
  readonly #matchCacheEntries: number;
  #nextHandle = 1;
  #nodes = 1;
  #stamp = 0;

  constructor(options: TopicTrieOptions = {}) {
    this.#max = options.maxSubscriptions ?? MAX_SUBSCRIPTIONS;
    this.#matchCacheEntries = options.matchCacheEntries ?? MATCH_CACHE_ENTRIES;
  }

  /** Topics whose matches are remembered now (bounded by matchCacheEntries). */
  get cachedMatches(): number {
    return this.#matches.size;
  }

  /** Live subscriptions. */
  get size(): number {
    return this.#byHandle.size;
  }

  /** Trie nodes currently allocated, root included (1 when empty). */
  get nodeCount(): number {
    return this.#nodes;
  }

  /** Subscribe `value` to `pattern`. Throws `invalid_topic` or `too_many_subscriptions`. */
  add(pattern: string, value: V): SubscriptionHandle {
    const segments = validatePattern(pattern);
    if (this.#byHandle.size >= this.#max) {
      throw new MaculaError('too_many_subscriptions', `subscription limit reached (${this.#max})`, { details: { limit: this.#max } });
    }
    let node = this.#root;
    for (const seg of segments) {
      let child = node.child(seg);
      if (child === undefined) {
        child = new TrieNode(node, seg);
        node.addChild(child);
        this.#nodes++;
      }
      node = child;
    }
    const handle = this.#nextHandle++;
    this.#forgetMatches();
    node.addValue(handle, value);
    this.#byHandle.set(handle, node);
    return handle;
  }

  /** Unsubscribe. Returns false for an unknown (or already removed) handle. */
  remove(handle: SubscriptionHandle): boolean {
    const node = this.#byHandle.get(handle);
    if (node === undefined) return false;
    this.#forgetMatches();
    this.#byHandle.delete(handle);
    node.removeValue(handle);
    this.#prune(node);
    return true;
  }

  /** The value of a live subscription. */
  get(handle: SubscriptionHandle): V | undefined {
    return this.#byHandle.get(handle)?.getValue(handle);
  }

  /**
   * Values of every subscription whose pattern matches concrete `topic`, each once (read only: the
   * array may be shared with later calls). Throws `invalid_topic`. With `stats`, the trie is walked.
   */
  match(topic: string, stats?: MatchStats): readonly V[] {
    if (stats === undefined) {
      const hit = this.#matches.get(topic);
      if (hit !== undefined) return hit;
    }
    const out = this.#walk(topic, stats);
    if (this.#matchCacheEntries > 0) {
      if (this.#matches.size >= this.#matchCacheEntries) this.#matches.clear();
      this.#matches.set(topic, out);
    }
    return out;
  }

  #walk(topic: string, stats: MatchStats | undefined): V[] {
    const segments = topicSegments(topic);
    let visited = 0;
    let alive: Array<TrieNode<V>> = [];
    this.#enter(alive, this.#root, ++this.#stamp);
    for (const seg of segments) {
      const next: Array<TrieNode<V>> = [];
      const stamp = ++this.#stamp;
      for (const node of alive) {
        visited++;
        // a `**` node may swallow this segment and stay alive
        if (node.key === WILDCARD_ANY) this.#enter(next, node, stamp);
        if (node.kids === undefined) continue;
        const exact = node.child(seg);
        if (exact !== undefined) this.#enter(next, exact, stamp);
        const one = node.child(WILDCARD_ONE);
        if (one !== undefined) this.#enter(next, one, stamp);
      }
      alive = next;
      if (alive.length === 0) break;
    }
    const out: V[] = [];
    for (const node of alive) {
      visited++;
      node.collect(out);
    }
    if (stats !== undefined) stats.visited = visited;
    return out;
  }

  /** Drop every subscription. */
  clear(): void {
    this.#forgetMatches();
    this.#root.kids = undefined;
    this.#root.soleHandle = 0;
    this.#root.soleValue = undefined;
    this.#root.more = undefined;
    this.#byHandle.clear();
    this.#nodes = 1;
  }

  /**
   * Make `node` alive for this step (once: its mark is the step's stamp) and, since `**` may
   * match zero segments, every `**` chain below it.
   */
  #enter(list: Array<TrieNode<V>>, node: TrieNode<V>, stamp: number): void {
    let n: TrieNode<V> | undefined = node;
    while (n !== undefined && n.mark !== stamp) {
      n.mark = stamp;
      list.push(n);
      n = n.child(WILDCARD_ANY);
    }
  }

  #forgetMatches(): void {
    if (this.#matches.size > 0) this.#matches.clear();
  }

  #prune(start: TrieNode<V>): void {
    let node = start;
    while (node.parent !== undefined && node.empty) {
      const parent = node.parent;
      parent.removeChild(node.key);
      this.#nodes--;
      node = parent;
    }
  }
}
