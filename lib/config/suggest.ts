/** "Did you mean" for unknown config keys: the closest known key by Levenshtein distance. */
import { MAX_SUGGESTION_DISTANCE } from './constants.js';

export function editDistance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      row[j] = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + cost);
    }
    prev = row;
  }
  return prev[b.length]!;
}

/** The closest candidate within MAX_SUGGESTION_DISTANCE (or a candidate containing `key`), if any. */
export function closestKey(key: string, candidates: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of candidates) {
    const d = editDistance(key.toLowerCase(), candidate);
    if (d < bestDistance) {
      best = candidate;
      bestDistance = d;
    }
  }
  if (best !== undefined && bestDistance <= MAX_SUGGESTION_DISTANCE) return best;
  return candidates.find((c) => key.length >= 3 && (c.includes(key.toLowerCase()) || key.toLowerCase().includes(c)));
}
