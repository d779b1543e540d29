/**
 * The pub/sub simulation's cells (lib/pubsub/cells.ts): which live node is in which cell, and
 * which nodes wait for a cell that has none. With `pubsub_cell_bits` b > 0 a node links to every
 * node of its own cell and to one node of each other cell (what MeshMembership makes of the
 * cells' membership records); the simulation builds that topology itself, and this index keeps
 * it O(cells + cell size) per node instead of a scan of every node: a node's links into each
 * cell are counted per node (SimNode.into), the live nodes are listed per cell.
 */
import type { Random } from '../../dht/types.js';
import { MaculaError } from '../../errors/index.js';
import { MAX_CELL_BITS, cellOf } from '../../pubsub/cells.js';

export class CellIndex<N> {
  readonly bits: number;
  /** 2^bits. */
  readonly cells: number;
  /** Live nodes of each cell (swap-removed: order is not meaningful, picks are seeded). */
  readonly #live: N[][];
  /**
   * Per cell, the nodes (by index: at most one entry per node and cell, whatever its restarts)
   * that have no link into it and found no live node there: linked to its next node up.
   */
  readonly #wanting: Array<Set<number> | undefined>;

  constructor(bits: number) {
    if (!Number.isInteger(bits) || bits < 0 || bits > MAX_CELL_BITS) {
      throw new MaculaError('invalid_config', `cellBits must be a whole number from 0 to ${MAX_CELL_BITS}, not ${bits}`, { details: { cellBits: bits, max: MAX_CELL_BITS } });
    }
    this.bits = bits;
    this.cells = 2 ** bits;
    this.#live = Array.from({ length: this.cells }, () => []);
    this.#wanting = new Array<Set<number> | undefined>(this.cells);
  }

  cellOf(nodeId: string): number {
    return cellOf(nodeId, this.bits);
  }

  /** The live nodes of `cell`. */
  live(cell: number): readonly N[] {
    return this.#live[cell]!;
  }

  add(cell: number, node: N): void {
    this.#live[cell]!.push(node);
  }

  remove(cell: number, node: N): void {
    const list = this.#live[cell]!;
    const i = list.indexOf(node);
    if (i < 0) return;
    list[i] = list[list.length - 1]!;
    list.pop();
  }

  /** One live node of `cell`, drawn from the simulation's seeded stream (undefined: none). */
  pick(cell: number, random: Random): N | undefined {
    const list = this.#live[cell]!;
    return list.length === 0 ? undefined : list[Math.floor(random() * list.length)];
  }

  /** Node `index` has no link into `cell` and no live node there to link to: it waits for one. */
  want(cell: number, index: number): void {
    (this.#wanting[cell] ??= new Set()).add(index);
  }

  /** The nodes (indices) waiting for a node of `cell` (emptied: the caller links the ones still up). */
  takeWanting(cell: number): number[] {
    const set = this.#wanting[cell];
    if (set === undefined) return [];
    this.#wanting[cell] = undefined;
    return [...set];
  }
}
