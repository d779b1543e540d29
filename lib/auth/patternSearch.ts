/**
 * Exact relations between subscription patterns (docs/PROTOCOL.md §6: `*` is exactly one
 * segment, `**` zero or more, anywhere, any number of times), decided on automata:
 *
 * - uncovered(p, Q): a topic p matches and no pattern of Q does, or none (p ⊆ ∪Q). Product of
 *   p's NFA with the subset-construction DFA of Q's union, explored breadth first.
 * - overlap(p, D): a topic p and some pattern of D both match, or none (p ∩ ∪D = ∅). Product of
 *   the two NFAs.
 *
 * Segments form an infinite alphabet, but a pattern set only tells apart the literals it names:
 * every other segment behaves alike. So the search runs over those literals plus one symbol,
 * OTHER, standing for "any segment none of them names" (a literal of p that Q never names is
 * OTHER too). That reduction is exact. Topics have at least one segment, so the empty sequence
 * (which `**` alone would match) is never a witness. Length bounds (32 segments, 256 characters)
 * are not modelled: a pattern covered only because topics stop at 32 segments counts as not
 * covered, the safe side for a permission check. Witnesses are shortest (breadth first) and
 * spelled with a fresh segment name for OTHER, so they are real topics.
 */
import { WILDCARD_ANY, WILDCARD_ONE } from '../pubsub/constants.js';
import { MAX_SEARCH_STATES } from './constants.js';

/** Stands for every segment the patterns of a search do not name (never a valid segment). */
const OTHER = '\u0000';
/** Token of the accepting state that ends each pattern. */
const END = '\u0001';

export type CoverResult = { kind: 'covered' } | { kind: 'uncovered'; witness: string } | { kind: 'too_complex' };
export type OverlapResult = { kind: 'disjoint' } | { kind: 'overlap'; witness: string; pattern: number } | { kind: 'too_complex' };

/** The union of several patterns as one NFA: state = a position in one pattern. */
class Nfa {
  readonly tok: string[] = [];
  readonly owner: number[] = [];
  /** States reachable from each state without consuming a segment (`**` may match none). */
  readonly closure: number[][] = [];
  readonly starts: number[];

  constructor(patterns: readonly (readonly string[])[]) {
    const starts: number[] = [];
    patterns.forEach((tokens, i) => {
      const base = this.tok.length;
      for (const t of tokens) {
        this.tok.push(t);
        this.owner.push(i);
      }
      this.tok.push(END);
      this.owner.push(i);
      starts.push(base);
    });
    for (let s = this.tok.length - 1; s >= 0; s--) {
      // a `**` reaches its successor's closure for free; computed back to front
      this.closure[s] = this.tok[s] === WILDCARD_ANY ? [s, ...this.closure[s + 1]!] : [s];
    }
    this.starts = normalise(starts.flatMap((s) => this.closure[s]!));
  }

  accepts(s: number): boolean {
    return this.tok[s] === END;
  }

  /** States after state `s` consumes segment `sym` (closed under `**`-skips). */
  step(s: number, sym: string): readonly number[] {
    const t = this.tok[s];
    if (t === WILDCARD_ANY) return this.closure[s]!;
    if (t === END) return [];
    if (t === WILDCARD_ONE || t === sym) return this.closure[s + 1]!;
    return [];
  }

  stepSet(set: readonly number[], sym: string): number[] {
    const out: number[] = [];
    for (const s of set) for (const n of this.step(s, sym)) out.push(n);
    return normalise(out);
  }
}

function normalise(states: number[]): number[] {
  return [...new Set(states)].sort((a, b) => a - b);
}

function isWildcard(t: string): boolean {
  return t === WILDCARD_ONE || t === WILDCARD_ANY;
}

function literalsOf(patterns: readonly (readonly string[])[]): Set<string> {
  const out = new Set<string>();
  for (const p of patterns) for (const t of p) if (!isWildcard(t)) out.add(t);
  return out;
}

/** A segment name none of `literals` is, to spell OTHER in a witness. */
function freshSegment(literals: ReadonlySet<string>): string {
  for (const c of ['x', 'y', 'z']) if (!literals.has(c)) return c;
  let i = 0;
  while (literals.has(`x${i}`)) i++;
  return `x${i}`;
}

/** One step of a search: the node it came from and the segment consumed, spelled as a real one. */
interface Node {
  parent: number;
  sym: string;
}

/** The segments consumed on the way to node `last`: a witness topic. */
function spell(nodes: readonly Node[], last: number): string {
  const out: string[] = [];
  for (let i = last; nodes[i]!.parent >= 0; i = nodes[i]!.parent) out.push(nodes[i]!.sym);
  return out.reverse().join('.');
}

/** A topic `pattern` matches that no pattern of `all` matches; `covered` if there is none. */
export function uncovered(pattern: readonly string[], all: readonly (readonly string[])[], maxStates = MAX_SEARCH_STATES): CoverResult {
  // A pattern disjoint from `pattern` covers none of its topics: dropping it changes nothing and
  // keeps the subset construction (and its alphabet) to the patterns that matter.
  const cover = all.filter((q) => !plainlyDisjoint(pattern, q));
  const names = literalsOf(cover);
  const alphabet = [...names, OTHER];
  const fresh = freshSegment(literalsOf([pattern, ...cover]));
  const p = new Nfa([pattern.map((t) => (isWildcard(t) || names.has(t) ? t : OTHER))]);
  // p's own literal at each state, to spell a witness with it where the search saw OTHER
  const original = [...pattern, END];
  const q = new Nfa(cover);
  const sets: number[][] = [];
  const setIds = new Map<string, number>();
  const setAccepts: boolean[] = [];
  const intern = (set: number[]): number => {
    const key = set.join(',');
    let id = setIds.get(key);
    if (id === undefined) {
      id = sets.length;
      sets.push(set);
      setIds.set(key, id);
      setAccepts.push(set.some((s) => q.accepts(s)));
    }
    return id;
  };
  const moves = new Map<string, number>();
  const move = (setId: number, sym: string): number => {
    const key = `${setId}\u0002${sym}`;
    let next = moves.get(key);
    if (next === undefined) {
      next = intern(q.stepSet(sets[setId]!, sym));
      moves.set(key, next);
    }
    return next;
  };

  const nodes: Node[] = [];
  const state: Array<[number, number]> = [];
  const seen = new Set<string>();
  const start = intern(q.starts);
  for (const s of p.starts) {
    nodes.push({ parent: -1, sym: '' });
    state.push([s, start]);
  }
  for (let i = 0; i < nodes.length; i++) {
    const [ps, qs] = state[i]!;
    if (nodes[i]!.parent >= 0 && p.accepts(ps) && !setAccepts[qs]) {
      return { kind: 'uncovered', witness: spell(nodes, i) };
    }
    const t = p.tok[ps]!;
    const syms = t === END ? [] : isWildcard(t) ? alphabet : [t];
    for (const sym of syms) {
      const nextP = p.step(ps, sym);
      if (nextP.length === 0) continue;
      const nextQ = move(qs, sym);
      const spelled = isWildcard(t) ? (sym === OTHER ? fresh : sym) : original[ps]!;
      for (const n of nextP) {
        const key = `${n}:${nextQ}`;
        if (seen.has(key)) continue;
        if (seen.size >= maxStates) return { kind: 'too_complex' };
        seen.add(key);
        nodes.push({ parent: i, sym: spelled });
        state.push([n, nextQ]);
      }
    }
  }
  return { kind: 'covered' };
}

/**
 * A cheap sufficient test of disjointness: before their first `**`, or after their last one,
 * the two patterns put different literals at the same position (or, with no `**` at all, they
 * have different lengths). No topic can then match both. False means "maybe": search.
 */
export function plainlyDisjoint(a: readonly string[], b: readonly string[]): boolean {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const x = a[i]!;
    const y = b[i]!;
    if (x === WILDCARD_ANY || y === WILDCARD_ANY) break;
    if (x !== y && x !== WILDCARD_ONE && y !== WILDCARD_ONE) return true;
  }
  for (let i = 1; i <= n; i++) {
    const x = a[a.length - i]!;
    const y = b[b.length - i]!;
    if (x === WILDCARD_ANY || y === WILDCARD_ANY) break;
    if (x !== y && x !== WILDCARD_ONE && y !== WILDCARD_ONE) return true;
  }
  return a.length !== b.length && !a.includes(WILDCARD_ANY) && !b.includes(WILDCARD_ANY);
}

/** A topic both `pattern` and some pattern of `others` match (and that pattern's index), or `disjoint`. */
export function overlap(pattern: readonly string[], all: readonly (readonly string[])[], maxStates = MAX_SEARCH_STATES): OverlapResult {
  const kept: number[] = [];
  all.forEach((q, i) => {
    if (!plainlyDisjoint(pattern, q)) kept.push(i);
  });
  if (kept.length === 0) return { kind: 'disjoint' };
  const others = kept.map((i) => all[i]!);
  const p = new Nfa([pattern]);
  const d = new Nfa(others);
  const fresh = freshSegment(literalsOf([pattern, ...others]));
  const nodes: Node[] = [];
  const state: Array<[number, number]> = [];
  const seen = new Set<string>();
  for (const a of p.starts) {
    for (const b of d.starts) {
      nodes.push({ parent: -1, sym: '' });
      state.push([a, b]);
    }
  }
  for (let i = 0; i < nodes.length; i++) {
    const [a, b] = state[i]!;
    if (nodes[i]!.parent >= 0 && p.accepts(a) && d.accepts(b)) {
      return { kind: 'overlap', witness: spell(nodes, i), pattern: kept[d.owner[b]!]! };
    }
    const ta = p.tok[a]!;
    const tb = d.tok[b]!;
    if (ta === END || tb === END) continue;
    // One segment both states take: a literal either names (the other must take it), else any.
    let sym: string;
    if (!isWildcard(ta)) {
      if (!isWildcard(tb) && tb !== ta) continue;
      sym = ta;
    } else {
      sym = isWildcard(tb) ? OTHER : tb;
    }
    for (const na of p.step(a, sym)) {
      for (const nb of d.step(b, sym)) {
        const key = `${na}:${nb}`;
        if (seen.has(key)) continue;
        if (seen.size >= maxStates) return { kind: 'too_complex' };
        seen.add(key);
        nodes.push({ parent: i, sym: sym === OTHER ? fresh : sym });
        state.push([na, nb]);
      }
    }
  }
  return { kind: 'disjoint' };
}
