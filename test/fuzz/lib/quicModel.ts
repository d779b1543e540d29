/**
 * The oracle of the QUIC boundary: what the gateway must make of the bytes a case sends.
 *
 * `materialize` turns generated specs into bytes (placeholders resolved, padding to the frame
 * limit computed). `GatewayView` replays those bytes the way the gateway reads them — the
 * transport's framing (4-byte prefix, `maxFrameBytes`, a partly received frame), then the
 * coordinator's session state machine (PROTOCOL §2: frames before Connect, MAX_FRAMES_BEFORE_CONNECT,
 * version and realm checks, node links, Goodbye) — and records what that allows: which
 * requests must be answered (by correlation id), which correlation ids an answer may carry, and
 * whether the gateway may (or must) close the connection or reset the stream. The model is
 * written from the protocol's rules, not from the gateway's code.
 */
import { DEFAULT_REALM, MIN_PROTOCOL_VERSION, PROTOCOL_VERSION, frameCase, wire, type Frame, type FrameCase, type FrameInit } from '../../../lib/protocol/index.js';
import { MAX_FRAMES_BEFORE_CONNECT } from '../../../lib/broker/constants.js';
import { PH, type BodySpec, type ChunkSpec } from './wireArbitraries.js';

export interface ModelContext {
  maxFrameBytes: number;
  realms: readonly string[];
  /** Values of the placeholders (PH). */
  ids: Record<(typeof PH)[keyof typeof PH], string>;
  offenderNodeId: string;
}

// ---- materialize ----

/** The frame with placeholder strings (only ever top-level fields of its body or route) replaced. */
function resolve(frame: FrameInit, ids: ModelContext['ids']): FrameInit {
  const table = ids as Record<string, string>;
  let out: Record<string, unknown> | undefined;
  for (const [k, body] of Object.entries(frame)) {
    if (body === null || typeof body !== 'object') continue;
    let copy: Record<string, unknown> | undefined;
    for (const [f, v] of Object.entries(body as Record<string, unknown>)) {
      if (typeof v !== 'string' || table[v] === undefined) continue;
      copy ??= { ...(body as Record<string, unknown>) };
      copy[f] = table[v];
    }
    if (copy !== undefined) (out ??= { ...frame })[k] = copy;
  }
  return (out ?? frame) as FrameInit;
}

const encode = (f: FrameInit): Uint8Array => wire.Frame.encode(f).finish();

/** The frame with its largest field grown to `n` bytes. */
function padded(frame: FrameInit, n: number): FrameInit {
  const f = { ...frame } as Record<string, Record<string, unknown>>;
  const kind = Object.keys(f).find((k) => k !== 'route')!;
  const body = { ...f[kind] };
  const bytes = new Uint8Array(n).fill(0x61);
  const text = 'a'.repeat(n);
  if ('payload' in body) body.payload = bytes;
  else if ('args' in body) body.args = bytes;
  else if ('metadata' in body) body.metadata = { k: text };
  else if ('pattern' in body) body.pattern = text;
  else if ('message' in body) body.message = text;
  else body.reason = text;
  f[kind] = body;
  return f as FrameInit;
}

/** Encoded frame of exactly `target` bytes (or the closest below, across a varint boundary). */
export function frameOfSize(frame: FrameInit, target: number): Uint8Array {
  let n = Math.max(0, target - encode(padded(frame, 0)).length);
  let out = encode(padded(frame, n));
  for (let i = 0; i < 4 && out.length !== target; i++) {
    n = Math.max(0, n + target - out.length);
    out = encode(padded(frame, n));
  }
  while (out.length > target && n > 0) out = encode(padded(frame, --n));
  return out;
}

const OVERLONG_VARINT_PING = Uint8Array.from([0x6a, 0x0b, 0x08, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x01]);

export function bodyBytes(spec: BodySpec, ctx: ModelContext): Uint8Array {
  switch (spec.t) {
    case 'frame':
      return encode(resolve(spec.frame, ctx.ids));
    case 'limit':
      return frameOfSize(resolve(spec.frame, ctx.ids), ctx.maxFrameBytes + spec.delta);
    case 'truncate': {
      const b = encode(resolve(spec.frame, ctx.ids));
      return b.subarray(0, Math.floor(spec.keep * b.length));
    }
    case 'mutate': {
      const b = Uint8Array.from(encode(resolve(spec.frame, ctx.ids)));
      if (b.length > 0) for (const [pos, byte] of spec.edits) b[pos % b.length] = byte;
      return b;
    }
    case 'concat':
      return Buffer.concat([encode(resolve(spec.a, ctx.ids)), encode(resolve(spec.b, ctx.ids))]);
    case 'unknownField':
      return Buffer.concat([encode(resolve(spec.frame, ctx.ids)), spec.extra]);
    case 'deepGroups': {
      const b = Buffer.alloc(spec.depth * 2);
      for (let i = 0; i < spec.depth; i++) b.set([0x9b, 0x06], i * 2); // start group, field 99
      return b;
    }
    case 'overlongVarint':
      return OVERLONG_VARINT_PING;
    case 'bytes':
      return spec.bytes;
  }
}

function prefixed(declared: number, body: Uint8Array): Uint8Array {
  const out = Buffer.allocUnsafe(4 + body.length);
  out.writeUInt32BE(declared >>> 0, 0);
  out.set(body, 4);
  return out;
}

export function chunkBytes(spec: ChunkSpec, ctx: ModelContext): Uint8Array {
  if (spec.c === 'raw') return spec.bytes;
  const body = bodyBytes(spec.body, ctx);
  if (spec.c === 'framed') return prefixed(body.length, body);
  const declared = spec.fromLimit ? Math.min(0xffff_ffff, ctx.maxFrameBytes + spec.declared) : spec.declared;
  return prefixed(declared, body);
}

/** The input kind of a chunk, for the tally. */
export function chunkLabel(spec: ChunkSpec): string {
  if (spec.c === 'raw') return 'raw-bytes';
  const b = spec.body;
  const inner = b.t === 'frame' ? `frame:${frameCase(b.frame) ?? 'none'}` : b.t === 'limit' ? (b.delta > 0 ? 'over-limit' : b.delta === 0 ? 'at-limit' : 'near-limit') : b.t;
  return spec.c === 'framed' ? inner : spec.fromLimit ? 'prefix-over-limit' : 'prefix-mismatch';
}

// ---- the gateway's view ----

/** Kinds a request is answered with (or an Error carrying its correlation id). */
const REQUESTS: ReadonlySet<FrameCase> = new Set<FrameCase>(['subscribe', 'advertise', 'call']);
/** What a gateway may send to a client or node link. */
export const GATEWAY_SENDS: ReadonlySet<FrameCase> = new Set<FrameCase>(['connected', 'error', 'pong', 'goodbye', 'published', 'subscribed', 'event', 'result', 'advertised', 'invocation']);
/** What a gateway may also send on a node link (the offender connected as a node): the mesh's own frames. */
export const GATEWAY_LINK_SENDS: ReadonlySet<FrameCase> = new Set<FrameCase>(['ping', 'dht', 'reach', 'interestSnapshot', 'interestDelta', 'interestResync', 'routedEvent']);

export type ViewState = 'pre' | 'session' | 'link' | 'linkMaybe' | 'refused' | 'closing';

function correlationOf(frame: Frame): number {
  const kind = frameCase(frame);
  const body = kind === undefined ? undefined : (frame[kind] as { correlationId?: number | null } | null);
  return body?.correlationId ?? 0;
}

function versionOk(max: number, min: number): boolean {
  const lowest = min || max;
  return max > 0 && Math.min(max, PROTOCOL_VERSION) >= Math.max(lowest, MIN_PROTOCOL_VERSION);
}

export class GatewayView {
  state: ViewState = 'pre';
  early = 0;
  /** An over-limit prefix was sent: the stream must be reset (`frame_too_large`). */
  tooLarge = false;
  finSent = false;
  /** We reset the stream or closed the connection ourselves. */
  ended = false;
  /** The gateway may close this connection (a refusal, a Goodbye, a node-link conflict). */
  mayClose = false;
  /** The gateway must close it (a refusal, a Goodbye, a stream reset). */
  mustClose = false;
  /** Correlation ids of every frame the gateway decoded from us. */
  readonly sentIds = new Set<number>();
  /** Requests (by correlation id) the gateway owes an answer. */
  readonly outstanding = new Map<number, number>();
  readonly #header = Buffer.alloc(4);
  #headerLen = 0;
  #want = -1;
  #parts: Uint8Array[] = [];
  #got = 0;

  constructor(private readonly ctx: ModelContext) {}

  /** Mid-frame: the gateway is waiting for the rest of a frame. */
  get partial(): boolean {
    return this.#headerLen > 0 || this.#want >= 0;
  }

  /** The stream can carry no more requests the gateway will read. */
  get over(): boolean {
    return this.tooLarge || this.finSent || this.ended || this.state === 'refused' || this.state === 'closing';
  }

  /** Replay bytes written on the session stream. */
  feed(bytes: Uint8Array): void {
    let pos = 0;
    while (pos < bytes.length && !this.tooLarge) {
      if (this.#want < 0) {
        while (this.#headerLen < 4 && pos < bytes.length) this.#header[this.#headerLen++] = bytes[pos++]!;
        if (this.#headerLen < 4) return;
        this.#headerLen = 0;
        const len = this.#header.readUInt32BE(0);
        if (len > this.ctx.maxFrameBytes) {
          this.tooLarge = true;
          this.mayClose = this.mustClose = true;
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
        this.#frame(body);
      }
    }
  }

  /** We ended our side: mid-frame that is `malformed_frame` (a reset). */
  fin(): void {
    this.finSent = true;
    if (this.partial) this.mayClose = this.mustClose = true;
  }

  /** An answer carrying `id` arrived. */
  answered(id: number): void {
    const n = this.outstanding.get(id);
    if (n === undefined) return;
    if (n <= 1) this.outstanding.delete(id);
    else this.outstanding.set(id, n - 1);
  }

  #frame(body: Uint8Array): void {
    let frame: Frame | undefined;
    try {
      frame = wire.Frame.decode(body);
    } catch {
      frame = undefined;
    }
    const kind = frame === undefined ? undefined : frameCase(frame);
    const id = frame === undefined ? 0 : correlationOf(frame);
    if (id !== 0) this.sentIds.add(id);
    switch (this.state) {
      case 'pre':
        if (++this.early > MAX_FRAMES_BEFORE_CONNECT) return this.#refused();
        if (kind === 'connect') this.#connect(frame!.connect!);
        return;
      case 'session':
        if (kind === 'goodbye') return this.#closing();
        if (id === 0 || kind === undefined) return;
        if (REQUESTS.has(kind) || (kind === 'publish' && frame!.publish!.qos === 1)) this.outstanding.set(id, (this.outstanding.get(id) ?? 0) + 1);
        return;
      case 'link':
      case 'linkMaybe':
        if (kind === 'goodbye') this.#closing();
        return;
      default:
        return;
    }
  }

  #connect(c: NonNullable<Frame['connect']>): void {
    const version = versionOk(c.protocolVersion ?? 0, c.minProtocolVersion ?? 0);
    if ((c.role ?? 0) === wire.ConnectionRole.NODE_LINK) {
      const ok = version && this.ctx.realms.includes(c.realm ?? '') && (!c.nodeId || c.nodeId === this.ctx.offenderNodeId);
      if (!ok) return this.#refused();
      // a link from this node may still be held (crossed/duplicate links are refused or replace it)
      this.state = 'linkMaybe';
      this.mayClose = true;
      return;
    }
    if (!version || !this.ctx.realms.includes(c.realm || DEFAULT_REALM)) return this.#refused();
    this.state = 'session';
  }

  #refused(): void {
    this.state = 'refused';
    this.mayClose = this.mustClose = true;
  }

  #closing(): void {
    this.state = 'closing';
    this.mayClose = this.mustClose = true;
  }
}
