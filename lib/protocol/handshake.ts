/**
 * The two decisions of the Connect handshake (docs/PROTOCOL.md §2–3), as pure functions so the
 * gateway and the tests share them.
 */
import { MaculaError } from '../errors/index.js';
import { DEFAULT_REALM, MIN_PROTOCOL_VERSION, PROTOCOL_VERSION } from './constants.js';

/**
 * Pick the version both sides speak: min(client max, ours), provided it is at least
 * max(client min, our min). Throws `protocol_version_unsupported` naming both ranges.
 */
export function negotiateVersion(
  clientMax: number,
  clientMin = 0,
  ours: { min: number; max: number } = { min: MIN_PROTOCOL_VERSION, max: PROTOCOL_VERSION },
): number {
  const lowest = clientMin || clientMax;
  const v = Math.min(clientMax, ours.max);
  if (clientMax <= 0 || v < Math.max(lowest, ours.min)) {
    throw new MaculaError('protocol_version_unsupported', `no common protocol version: client speaks ${lowest}..${clientMax}, gateway ${ours.min}..${ours.max}`, {
      details: { client: { min: lowest, max: clientMax }, supported: { min: ours.min, max: ours.max } },
    });
  }
  return v;
}

/** The realm a Connect asks for (empty = DEFAULT_REALM), if the gateway serves it; else `no_such_realm`. */
export function resolveRealm(requested: string | null | undefined, served: readonly string[]): string {
  const realm = requested || DEFAULT_REALM;
  if (!served.includes(realm)) {
    throw new MaculaError('no_such_realm', `realm ${JSON.stringify(realm)} is not served here`, { details: { realm, realms: [...served] } });
  }
  return realm;
}
