/**
 * How long stopping a tree can take at most, derived from its own child specs: OTP stops static
 * children one after another in reverse (each may take its `shutdown` before it is killed), a
 * simple_one_for_one's children all at once under one shared timer (the template's), and a
 * supervisor child with `infinity` takes as long as its own children do. A parent that must bound
 * an `infinity` child (root, for an OS process) waits this long; a worker with `infinity` makes
 * the bound infinite, as it is.
 */
import { DEFAULT_WORKER_SHUTDOWN_MS } from './constants.js';
import type { ChildSpec, Strategy } from './types.js';

export function childStopBoundMs(spec: ChildSpec): number {
  const s = spec.shutdown ?? (spec.type === 'worker' ? DEFAULT_WORKER_SHUTDOWN_MS : 'infinity');
  if (s === 'brutal_kill') return 0;
  if (typeof s === 'number') return s;
  return spec.stopBoundMs?.() ?? Infinity;
}

export function treeStopBoundMs(strategy: Strategy, specs: readonly ChildSpec[]): number {
  if (strategy === 'simple_one_for_one') return specs[0] === undefined ? 0 : childStopBoundMs(specs[0]);
  return specs.reduce((sum, spec) => sum + childStopBoundMs(spec), 0);
}
