/** Node and client ids of the pub/sub simulation, drawn from its seeded stream. */
import type { Random } from '../../dht/types.js';

/** A node id drawn from the simulation's seeded stream (64 hex characters). */
export function idFor(random: Random): string {
  let hex = '';
  while (hex.length < 64) hex += Math.floor(random() * 0x1_0000_0000).toString(16).padStart(8, '0');
  return hex.slice(0, 64);
}
