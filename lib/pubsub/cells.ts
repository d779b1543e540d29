/**
 * Cells: how a realm's pub/sub mesh grows past one full mesh (docs/ARCHITECTURE.md "How large a
 * mesh"). NATS's answer is the supercluster: full meshes of routes (clusters) joined by gateway
 * connections that carry each cluster's interest, so a server links to its cluster and to one
 * server of every other cluster instead of to every server. Here a node's cell is the first
 * `bits` bits of its node id (`pubsub_cell_bits`, the same on every node of a realm): node ids
 * are SHA-256 digests, so cells come out even without anyone assigning them, and a node of any
 * cell is found in the DHT under that cell's membership key.
 *
 * - 0 bits (the default): one cell, today's full mesh (at most MESH_POOL_MAX + 1 nodes).
 * - b bits: 2^b cells; a node links to every node of its own cell and to one node of each other
 *   cell. A realm of n nodes is best served by b ≈ log₂(n) / 2 (cells of about √n nodes): at
 *   10,000 nodes, 7 bits make 128 cells of about 78, and a node holds about 78 + 2 × 127 links.
 */

/** Most cell bits: 1,024 cells (a node links to one node of each, within MESH_POOL_MAX). */
export const MAX_CELL_BITS = 10;

/** The cell of `nodeId` (64 hex characters) under `bits` cell bits: 0 .. 2^bits − 1. */
export function cellOf(nodeId: string, bits: number): number {
  if (bits <= 0) return 0;
  // 16 bits of the id cover MAX_CELL_BITS; a short or odd id still gets a stable cell
  const head = Number.parseInt(nodeId.slice(0, 4).padEnd(4, '0'), 16);
  return Number.isNaN(head) ? 0 : head >>> (16 - bits);
}

/** True when `a` and `b` are in one cell (always, with 0 bits). */
export function sameCell(a: string, b: string, bits: number): boolean {
  return bits <= 0 || cellOf(a, bits) === cellOf(b, bits);
}
