/**
 * Reference matcher: the pattern semantics written as plain recursion, no indexing. Slow on
 * purpose; the property test checks TopicTrie against it.
 */
import { WILDCARD_ANY, WILDCARD_ONE } from './constants.js';

/** True if concrete `topic` matches subscription `pattern` (`*` one segment, `**` zero or more). Inputs are assumed valid. */
export function matchesPattern(pattern: string, topic: string): boolean {
  return matchSegments(pattern.split('.'), 0, topic.split('.'), 0);
}

function matchSegments(p: string[], i: number, t: string[], j: number): boolean {
  if (i === p.length) return j === t.length;
  const seg = p[i];
  if (seg === WILDCARD_ANY) {
    for (let k = j; k <= t.length; k++) if (matchSegments(p, i + 1, t, k)) return true;
    return false;
  }
  if (j === t.length) return false;
  if (seg === WILDCARD_ONE || seg === t[j]) return matchSegments(p, i + 1, t, j + 1);
  return false;
}
