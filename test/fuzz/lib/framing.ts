/**
 * What the byte-stream boundaries (the fd-3 IPC pipe, sibling sockets, the control socket) share:
 * frames are a 4-byte big-endian length then that many bytes (lib/ipc FrameDecoder), carrying one
 * protobuf message. Here: generators of damaged bodies and lying prefixes for any such message
 * type, turning them into bytes, and a replay of the receiver's framing (what it will decode,
 * whether a prefix over the limit broke the stream, whether it waits mid-frame).
 */
import fc from 'fast-check';
import { u32 } from './wireArbitraries.js';

/** A message type of one boundary: its encoder, and how to grow one to a given encoded size. */
export interface Codec<M> {
  encode(m: M): Uint8Array;
  /** `m` grown (in a string or bytes field) so that it encodes to `n` bytes more than it does now. */
  grow(m: M, n: number): M;
}

export type BodySpec<M> =
  | { t: 'msg'; msg: M }
  /** Grown so it encodes to exactly `limit + delta` bytes. */
  | { t: 'limit'; msg: M; delta: number }
  | { t: 'truncate'; msg: M; keep: number }
  | { t: 'mutate'; msg: M; edits: Array<[number, number]> }
  | { t: 'concat'; a: M; b: M }
  | { t: 'unknownField'; msg: M; extra: Uint8Array }
  | { t: 'deepGroups'; depth: number }
  | { t: 'bytes'; bytes: Uint8Array };

export type ChunkSpec<M> =
  | { c: 'framed'; body: BodySpec<M> }
  | { c: 'lying'; declared: number; fromLimit: boolean; body: BodySpec<M> }
  | { c: 'raw'; bytes: Uint8Array };

const fraction = fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true });
const edits = fc.array(fc.tuple(fraction, fc.integer({ min: 0, max: 255 })), { minLength: 1, maxLength: 8 }).map((es) => es.map(([p, b]) => [Math.floor(p * 1e6), b] as [number, number]));
const unknownField = fc.constantFrom(
  Uint8Array.from([0x98, 0x06, 0x01]),
  Uint8Array.from([0x9a, 0x06, 0x02, 0x41, 0x42]),
  Uint8Array.from([0x9d, 0x06, 1, 2, 3, 4]),
  Uint8Array.from([0x9a, 0x06, 0x7f]),
  Uint8Array.from([0x07]),
);

/** Damaged and well-formed bodies of one message type (mostly well-formed). */
export function bodyArb<M>(msg: fc.Arbitrary<M>): fc.Arbitrary<BodySpec<M>> {
  return fc.oneof(
    { weight: 1200, arbitrary: msg.map((m) => ({ t: 'msg' as const, msg: m })) },
    // frames of MiBs are costly to build and read: rare (their own cases cover the limit)
    { weight: 1, arbitrary: fc.tuple(msg, fc.oneof(fc.constant(0), fc.integer({ min: -64, max: -1 }))).map(([m, delta]) => ({ t: 'limit' as const, msg: m, delta })) },
    { weight: 160, arbitrary: fc.tuple(msg, fraction).map(([m, keep]) => ({ t: 'truncate' as const, msg: m, keep })) },
    { weight: 160, arbitrary: fc.tuple(msg, edits).map(([m, e]) => ({ t: 'mutate' as const, msg: m, edits: e })) },
    { weight: 80, arbitrary: fc.tuple(msg, msg).map(([a, b]) => ({ t: 'concat' as const, a, b })) },
    { weight: 80, arbitrary: fc.tuple(msg, unknownField).map(([m, extra]) => ({ t: 'unknownField' as const, msg: m, extra })) },
    { weight: 30, arbitrary: fc.integer({ min: 1, max: 200 }).map((depth) => ({ t: 'deepGroups' as const, depth })) },
    { weight: 10, arbitrary: fc.integer({ min: 5_000, max: 20_000 }).map((depth) => ({ t: 'deepGroups' as const, depth })) },
    { weight: 160, arbitrary: fc.oneof(fc.constant(new Uint8Array(0)), fc.uint8Array({ minLength: 1, maxLength: 256 })).map((bytes) => ({ t: 'bytes' as const, bytes })) },
  );
}

/** Chunks that keep the stream in step (whole frames, whatever they carry). */
export function framedArb<M>(msg: fc.Arbitrary<M>): fc.Arbitrary<ChunkSpec<M>> {
  return bodyArb(msg).map((body) => ({ c: 'framed' as const, body }));
}

/** Chunks that break the stream: a prefix over the limit, one that lies about the length, raw bytes. */
export function breakingArb<M>(msg: fc.Arbitrary<M>): fc.Arbitrary<ChunkSpec<M>> {
  return fc.oneof(
    { weight: 3, arbitrary: fc.tuple(fc.oneof(fc.constantFrom(1, 0xffff_ffff), u32), bodyArb(msg)).map(([declared, body]) => ({ c: 'lying' as const, declared, fromLimit: true, body })) },
    { weight: 3, arbitrary: fc.tuple(fc.integer({ min: 0, max: 70_000 }), bodyArb(msg)).map(([declared, body]) => ({ c: 'lying' as const, declared, fromLimit: false, body })) },
    { weight: 3, arbitrary: fc.uint8Array({ minLength: 1, maxLength: 64 }).map((bytes) => ({ c: 'raw' as const, bytes })) },
  );
}

/** `m` grown to encode to exactly `target` bytes (or the closest below, across a varint boundary). */
export function ofSize<M>(codec: Codec<M>, m: M, target: number): Uint8Array {
  const base = codec.encode(m).length;
  let n = Math.max(0, target - base);
  let out = codec.encode(codec.grow(m, n));
  for (let i = 0; i < 4 && out.length !== target; i++) {
    n = Math.max(0, n + target - out.length);
    out = codec.encode(codec.grow(m, n));
  }
  while (out.length > target && n > 0) out = codec.encode(codec.grow(m, --n));
  return out;
}

export function bodyBytes<M>(spec: BodySpec<M>, codec: Codec<M>, limit: number): Uint8Array {
  switch (spec.t) {
    case 'msg':
      return codec.encode(spec.msg);
    case 'limit':
      return ofSize(codec, spec.msg, limit + spec.delta);
    case 'truncate': {
      const b = codec.encode(spec.msg);
      return b.subarray(0, Math.floor(spec.keep * b.length));
    }
    case 'mutate': {
      const b = Uint8Array.from(codec.encode(spec.msg));
      if (b.length > 0) for (const [pos, byte] of spec.edits) b[pos % b.length] = byte;
      return b;
    }
    case 'concat':
      return Buffer.concat([codec.encode(spec.a), codec.encode(spec.b)]);
    case 'unknownField':
      return Buffer.concat([codec.encode(spec.msg), spec.extra]);
    case 'deepGroups': {
      const b = Buffer.alloc(spec.depth * 2);
      for (let i = 0; i < spec.depth; i++) b.set([0x9b, 0x06], i * 2);
      return b;
    }
    case 'bytes':
      return spec.bytes;
  }
}

export function prefixed(declared: number, body: Uint8Array): Buffer {
  const out = Buffer.allocUnsafe(4 + body.length);
  out.writeUInt32BE(declared >>> 0, 0);
  out.set(body, 4);
  return out;
}

export function chunkBytes<M>(spec: ChunkSpec<M>, codec: Codec<M>, limit: number): Uint8Array {
  if (spec.c === 'raw') return spec.bytes;
  const body = bodyBytes(spec.body, codec, limit);
  if (spec.c === 'framed') return prefixed(body.length, body);
  return prefixed(spec.fromLimit ? Math.min(0xffff_ffff, limit + spec.declared) : spec.declared, body);
}

export function chunkLabel<M>(spec: ChunkSpec<M>, kindOf: (m: M) => string): string {
  if (spec.c === 'raw') return 'raw-bytes';
  const b = spec.body;
  const inner = b.t === 'msg' ? `msg:${kindOf(b.msg)}` : b.t === 'limit' ? (b.delta === 0 ? 'at-limit' : 'near-limit') : b.t;
  return spec.c === 'framed' ? inner : spec.fromLimit ? 'prefix-over-limit' : 'prefix-mismatch';
}

/** The receiver's framing, replayed: complete bodies in order, a prefix over the limit, a partial frame. */
export class FramingModel {
  tooLarge = false;
  readonly #header = Buffer.alloc(4);
  #headerLen = 0;
  #want = -1;
  #parts: Uint8Array[] = [];
  #got = 0;

  constructor(private readonly limit: number) {}

  get partial(): boolean {
    return this.#headerLen > 0 || this.#want >= 0;
  }

  feed(bytes: Uint8Array, onBody: (body: Uint8Array) => void): void {
    let pos = 0;
    while (pos < bytes.length && !this.tooLarge) {
      if (this.#want < 0) {
        while (this.#headerLen < 4 && pos < bytes.length) this.#header[this.#headerLen++] = bytes[pos++]!;
        if (this.#headerLen < 4) return;
        this.#headerLen = 0;
        const len = this.#header.readUInt32BE(0);
        if (len > this.limit) {
          this.tooLarge = true;
          return;
        }
        this.#want = len;
        this.#got = 0;
        this.#parts = [];
        if (len > 0) continue;
      }
      const take = Math.min(this.#want - this.#got, bytes.length - pos);
      if (take > 0) this.#parts.push(bytes.subarray(pos, pos + take));
      pos += take;
      this.#got += take;
      if (this.#got === this.#want) {
        const body = this.#parts.length === 1 ? this.#parts[0]! : Buffer.concat(this.#parts);
        this.#want = -1;
        this.#parts = [];
        onBody(body);
      }
    }
  }
}
