/**
 * The reserved namespace (issue 10, point 1): names under `com.macula.**` are the node's own —
 * its diagnostics procedures today — so only the node's identity may advertise them or publish
 * to them, whatever the permissions say. Otherwise any client could answer
 * `com.macula.diagnostics.info` in the gateway's place. Calling and subscribing stay open to
 * whoever the rules allow.
 */
import { RESERVED_ACTIONS, RESERVED_PATTERNS } from './constants.js';
import { PatternSet } from './PatternSet.js';
import type { Action } from './types.js';

const RESERVED = new PatternSet(RESERVED_PATTERNS);

/** The reserved pattern concrete `name` falls under, or undefined. */
export function reservedPattern(name: string): string | undefined {
  return RESERVED.match(name);
}

/** True when `action` on concrete `name` is kept for the node itself. */
export function isReserved(action: Action, name: string): boolean {
  return RESERVED_ACTIONS.includes(action) && RESERVED.match(name) !== undefined;
}

/**
 * The reserved-namespace rule for one request: may `identity` take `action` on `name`? Only the
 * node's own identity (`nodeId`) may advertise or publish to a reserved name; every other
 * combination is left to the permission rules.
 */
export function mayUseName(identity: string, nodeId: string, action: Action, name: string): boolean {
  return identity === nodeId || !isReserved(action, name);
}

/** True when every topic `pattern` could match is reserved (a rule allowing it to clients has no effect). */
export function withinReserved(pattern: string): boolean {
  return RESERVED.covers(pattern).kind === 'covered';
}
