/**
 * Topic, pattern and name grammar (upstream: segments of [A-Za-z0-9_-], dot separated, no empty
 * segments; `*` one segment, `**` zero or more). Every error names the bad segment and its index,
 * so a client sees exactly what to fix.
 */
import { MaculaError, type ErrorCode } from '../errors/index.js';
import { MAX_TOPIC_LENGTH, MAX_TOPIC_SEGMENTS, TOPIC_CACHE_ENTRIES, WILDCARD_ANY, WILDCARD_ONE } from './constants.js';

const SEGMENT = /^[A-Za-z0-9_-]+$/;

/**
 * Segments in a valid wildcard-free name (one char-code scan: [A-Za-z0-9_-] segments, dot
 * separated, none empty), or 0 if it is not one (the hot path of publish and call).
 */
function plainSegments(name: string): number {
  const n = name.length;
  if (n === 0 || n > MAX_TOPIC_LENGTH) return 0;
  let segments = 1;
  let segLen = 0;
  for (let i = 0; i < n; i++) {
    const c = name.charCodeAt(i);
    if ((c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95 || c === 45) {
      segLen++;
    } else if (c === 46 && segLen > 0) {
      segments++;
      segLen = 0;
    } else {
      return 0;
    }
  }
  return segLen > 0 ? segments : 0;
}

export interface NameRules {
  /** Allow `*` and `**` segments (subscription patterns only). */
  wildcards: boolean;
  /** Error code raised. */
  code: ErrorCode;
  /** Word used in messages: 'topic', 'pattern', 'procedure'. */
  kind: string;
}

function ordinal(n: number): string {
  const teen = n % 100 >= 11 && n % 100 <= 13;
  const suffix = teen ? 'th' : ({ 1: 'st', 2: 'nd', 3: 'rd' } as Record<number, string>)[n % 10] ?? 'th';
  return `${n}${suffix}`;
}

/**
 * The error: `details` (code, reason, segment, 0-based index) for programs, the message for a
 * person: the whole name, then which segment (counted from 1) is wrong and why, e.g.
 * `invalid topic "bad..topic": the 2nd segment is empty (two dots in a row, after "bad")`.
 */
function fail(rules: NameRules, name: unknown, reason: string, segment?: string, index?: number, says?: string): never {
  const shown = typeof name === 'string' ? JSON.stringify(name.length > 80 ? `${name.slice(0, 77)}...` : name) : String(name);
  const what = index === undefined ? reason : `the ${ordinal(index + 1)} segment ${says ?? `${JSON.stringify(segment)}: ${reason}`}`;
  throw new MaculaError(rules.code, `invalid ${rules.kind} ${shown}: ${what}`, {
    details: { [rules.kind]: typeof name === 'string' ? name.slice(0, MAX_TOPIC_LENGTH + 16) : String(name), reason, ...(index === undefined ? {} : { segment, index }) },
  });
}

/** Why an empty segment is there, in the words of its neighbours. */
function emptyWhere(segments: readonly string[], i: number): string {
  if (i === 0) return 'is empty (the name starts with a dot)';
  if (i === segments.length - 1) return 'is empty (the name ends with a dot)';
  return `is empty (two dots in a row, after ${JSON.stringify(segments[i - 1])})`;
}

/** Validate a dot-separated name under the given rules and return its segments. */
export function validateName(name: unknown, rules: NameRules): string[] {
  if (typeof name === 'string') {
    const count = plainSegments(name);
    if (count > 0 && count <= MAX_TOPIC_SEGMENTS) return name.split('.');
  }
  if (typeof name !== 'string') fail(rules, name, `must be a string, got ${typeof name}`);
  if (name.length === 0) fail(rules, name, 'must not be empty');
  if (name.length > MAX_TOPIC_LENGTH) fail(rules, name, `longer than ${MAX_TOPIC_LENGTH} characters (${name.length})`);
  const segments = name.split('.');
  if (segments.length > MAX_TOPIC_SEGMENTS) fail(rules, name, `more than ${MAX_TOPIC_SEGMENTS} segments (${segments.length})`);
  for (let i = 0; i < segments.length; i++) {
    const s = segments[i]!;
    if (s === WILDCARD_ONE || s === WILDCARD_ANY) {
      if (!rules.wildcards) fail(rules, name, `wildcard ${s} not allowed in a ${rules.kind}`, s, i, `${JSON.stringify(s)} is a wildcard: only a subscription pattern may use * or **`);
      continue;
    }
    if (s.length === 0) fail(rules, name, 'empty segment', s, i, emptyWhere(segments, i));
    if (!SEGMENT.test(s)) {
      if (s.includes('*')) fail(rules, name, 'a wildcard must be a whole segment (* or **)', s, i, `${JSON.stringify(s)} mixes * with other characters: a wildcard is a whole segment (* or **)`);
      const bad = [...new Set([...s].filter((c) => !/[A-Za-z0-9_-]/.test(c)))].map((c) => JSON.stringify(c)).join(', ');
      fail(rules, name, 'segments use only A-Z a-z 0-9 _ -', s, i, `${JSON.stringify(s)} has ${bad}: segments use only A-Z a-z 0-9 _ - (dots separate them)`);
    }
  }
  return segments;
}

const TOPIC: NameRules = { wildcards: false, code: 'invalid_topic', kind: 'topic' };
const PATTERN: NameRules = { wildcards: true, code: 'invalid_topic', kind: 'pattern' };

/** A concrete topic a publisher may use (no wildcards). Returns its segments; throws `invalid_topic`. */
export function validateTopic(topic: unknown): string[] {
  return validateName(topic, TOPIC);
}

const topicCache = new Map<string, readonly string[]>();

/**
 * validateTopic for the publish path: the same checks and errors, but the segments of a valid
 * topic are remembered (at most TOPIC_CACHE_ENTRIES, emptied when full) and shared: read only.
 */
export function topicSegments(topic: string): readonly string[] {
  const hit = topicCache.get(topic);
  if (hit !== undefined) return hit;
  const segments = Object.freeze(validateTopic(topic));
  if (topicCache.size >= TOPIC_CACHE_ENTRIES) topicCache.clear();
  topicCache.set(topic, segments);
  return segments;
}

/** Topics topicSegments() remembers now (for tests of its bound). */
export function topicCacheSize(): number {
  return topicCache.size;
}

/** A subscription pattern (`*` and `**` allowed). Returns its segments; throws `invalid_topic`. */
export function validatePattern(pattern: unknown): string[] {
  return validateName(pattern, PATTERN);
}

const QUEUE: NameRules = { wildcards: false, code: 'invalid_topic', kind: 'queue group' };

/**
 * A queue group's name (NATS queue groups): the topic grammar without wildcards, so it reads like
 * a service name (`billing`, `billing.workers`). Throws `invalid_topic` naming the bad segment.
 */
export function validateQueue(queue: unknown): string {
  validateName(queue, QUEUE);
  return queue as string;
}

/** True if `topic` is a valid concrete topic. */
export function isValidTopic(topic: unknown): boolean {
  try {
    validateTopic(topic);
    return true;
  } catch {
    return false;
  }
}

/** True if `pattern` is a valid subscription pattern. */
export function isValidPattern(pattern: unknown): boolean {
  try {
    validatePattern(pattern);
    return true;
  } catch {
    return false;
  }
}
