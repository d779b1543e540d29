/**
 * The real clock and randomness a node runs on outside the simulation: wall time, Node timers
 * (unref'd: a DHT timer never keeps a process alive on its own), Math.random for jitter and
 * refresh targets (nothing secret is derived from it).
 */
import type { Clock, Random, TimerHandle } from './types.js';

export const systemClock: Clock = {
  now: () => Date.now(),
  setTimeout(fn: () => void, ms: number): TimerHandle {
    const t = setTimeout(fn, Math.max(0, ms));
    t.unref();
    return t;
  },
  clearTimeout(handle: TimerHandle): void {
    if (handle !== undefined) clearTimeout(handle as NodeJS.Timeout);
  },
};

export const systemRandom: Random = Math.random;

/**
 * A seeded generator (sfc32: small, fast, passes PractRand to 2^40) for reproducible runs: the
 * simulation gives every node and the network their own stream.
 */
export function seededRandom(seed: number | string): Random {
  let h = 1779033703 ^ String(seed).length;
  const s = String(seed);
  for (let i = 0; i < s.length; i++) {
    h = Math.imul(h ^ s.charCodeAt(i), 3432918353);
    h = (h << 13) | (h >>> 19);
  }
  const next = (): number => {
    h = Math.imul(h ^ (h >>> 16), 2246822507);
    h = Math.imul(h ^ (h >>> 13), 3266489909);
    return (h ^= h >>> 16) >>> 0;
  };
  let a = next();
  let b = next();
  let c = next();
  let d = next();
  return () => {
    a >>>= 0; b >>>= 0; c >>>= 0; d >>>= 0;
    let t = (a + b) | 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) | 0;
    c = (c << 21) | (c >>> 11);
    d = (d + 1) | 0;
    t = (t + d) | 0;
    c = (c + t) | 0;
    return (t >>> 0) / 4294967296;
  };
}
