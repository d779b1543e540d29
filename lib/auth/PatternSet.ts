/**
 * A fixed set of allow (or deny) patterns, asked two kinds of question:
 * - a concrete name (publish topic, procedure): does any pattern match it? Answered by a
 *   TopicTrie walk (lib/pubsub), so the cost follows the name, not the number of patterns.
 * - a subscription pattern: does the set cover every topic it could match, or could it match a
 *   topic some pattern of the set matches? Answered exactly by patternSearch.ts, with a witness.
 */
import { TopicTrie } from '../pubsub/TopicTrie.js';
import { WILDCARD_ANY, WILDCARD_ONE } from '../pubsub/constants.js';
import { validatePattern } from '../pubsub/validate.js';
import { overlap, uncovered, type CoverResult } from './patternSearch.js';

export type SetOverlap = { kind: 'disjoint' } | { kind: 'overlap'; witness: string; pattern: string } | { kind: 'too_complex' };

export class PatternSet {
  /** The patterns, deduplicated, in the order first given. */
  readonly patterns: readonly string[];
  /** True when some pattern matches every topic (it is made of `**` segments only). */
  readonly matchesEverything: boolean;
  readonly #segments: readonly string[][];
  readonly #trie = new TopicTrie<string>();

  constructor(patterns: Iterable<string>) {
    this.patterns = [...new Set(patterns)];
    this.#segments = this.patterns.map((p) => validatePattern(p));
    this.patterns.forEach((p) => this.#trie.add(p, p));
    this.matchesEverything = this.#segments.some((s) => s.every((t) => t === WILDCARD_ANY));
  }

  get size(): number {
    return this.patterns.length;
  }

  /** The first pattern matching concrete `name`, or undefined. Throws `invalid_topic` for a name with wildcards. */
  match(name: string): string | undefined {
    if (this.patterns.length === 0) return undefined;
    return this.#trie.match(name)[0];
  }

  /** Whether every topic `pattern` could match is matched by some pattern of the set (with a witness if not). */
  covers(pattern: string): CoverResult {
    const segments = validatePattern(pattern);
    if (this.matchesEverything) return { kind: 'covered' };
    if (!hasWildcard(segments)) return this.match(pattern) === undefined ? { kind: 'uncovered', witness: pattern } : { kind: 'covered' };
    return uncovered(segments, this.#segments);
  }

  /** A topic `pattern` and some pattern of the set both match (naming that pattern), or `disjoint`. */
  overlaps(pattern: string): SetOverlap {
    if (this.patterns.length === 0) return { kind: 'disjoint' };
    const segments = validatePattern(pattern);
    if (!hasWildcard(segments)) {
      const hit = this.match(pattern);
      return hit === undefined ? { kind: 'disjoint' } : { kind: 'overlap', witness: pattern, pattern: hit };
    }
    const r = overlap(segments, this.#segments);
    return r.kind === 'overlap' ? { kind: 'overlap', witness: r.witness, pattern: this.patterns[r.pattern]! } : r;
  }
}

function hasWildcard(segments: readonly string[]): boolean {
  return segments.some((s) => s === WILDCARD_ONE || s === WILDCARD_ANY);
}
