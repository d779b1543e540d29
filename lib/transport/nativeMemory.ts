/**
 * When the binding frees a quiche connection: @matrixai/quic 2.0.9 wraps each native Connection
 * (quiche state plus its BoringSSL session, ~26 KB measured here) in a napi-rs class whose Rust
 * value is dropped only when V8 collects the JS wrapper and runs its finalizer. V8 is never told
 * about that memory (no napi_adjust_external_memory), so a process whose JS heap is calm sits on
 * every closed connection's native memory until some unrelated allocation triggers a full GC;
 * glibc then rarely returns it to the OS either (issue 8: +51 MB RSS per 10k junk handshakes,
 * never given back). Keeping the number of native connections small is the real defence (junk
 * never reaches quiche, handshakes are capped); this tally covers the rest: it counts wrappers
 * not yet collected (FinalizationRegistry) and, once NATIVE_GARBAGE_GC_THRESHOLD closed ones are
 * waiting, asks V8 for a full collection, at most once per NATIVE_GC_MIN_INTERVAL_MS.
 */
import v8 from 'node:v8';
import vm from 'node:vm';
import { NATIVE_GARBAGE_GC_THRESHOLD, NATIVE_GC_MIN_INTERVAL_MS } from './constants.js';

let collect: (() => void) | null | undefined;

/** V8's gc(), exposed on first use (globalThis.gc when node runs with --expose-gc); null if unavailable. */
function gcFunction(): (() => void) | null {
  if (collect !== undefined) return collect;
  const g = (globalThis as { gc?: () => void }).gc;
  if (typeof g === 'function') return (collect = g);
  try {
    v8.setFlagsFromString('--expose-gc');
    collect = vm.runInNewContext('gc') as () => void;
  } catch {
    collect = null;
  }
  return collect;
}

const registry = new FinalizationRegistry<NativeTally>((tally) => tally.alive--);

export class NativeTally {
  /** Native connections created and not yet freed. */
  alive = 0;
  /** Of those, the ones the endpoint still holds (not released). */
  held = 0;
  /** Full collections requested so far. */
  collections = 0;
  private lastGcMs = -Infinity;

  /** A native connection was created (and is held). */
  created(native: object): void {
    this.alive++;
    this.held++;
    registry.register(native, this);
  }

  /** The endpoint let go of one; collect if enough closed ones wait for V8. */
  released(now = performance.now()): void {
    this.held--;
    if (this.alive - this.held < NATIVE_GARBAGE_GC_THRESHOLD || now - this.lastGcMs < NATIVE_GC_MIN_INTERVAL_MS) return;
    const gc = gcFunction();
    if (gc === null) return;
    this.lastGcMs = now;
    this.collections++;
    gc();
  }
}
