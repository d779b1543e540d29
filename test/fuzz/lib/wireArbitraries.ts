/**
 * Seeded generators (fast-check) of what a client can put on a gateway's session stream
 * (proto/macula.proto Frames in 4-byte length-prefixed transport frames):
 *
 * - well-formed frames of every body type (a Record over FrameCase, so a message added to the
 *   schema does not compile here until it has a generator) with wrong or extreme field values:
 *   ids at 0 / 2^31 / 2^32-1, empty, overlong and wildcard names where a topic or procedure
 *   belongs, bad UTF-8-ish strings, huge maps, the node ids of other parties;
 * - byte-level damage: truncated, mutated, two bodies, unknown fields, deeply nested groups,
 *   overlong varints, random bytes, empty bodies;
 * - frames padded to exactly the frame limit or just over it, length prefixes that lie (over the
 *   limit, shorter or longer than the bytes), raw bytes with no framing at all;
 * - stream-level actions: writes split across datagrams, FIN, stream reset, connection close,
 *   second and many extra streams, Goodbye mid-request.
 *
 * Values that are only known at run time (node ids, the frame limit) are placeholders resolved
 * by `materialize` (quicModel.ts), so a counterexample prints the same on every run.
 */
import fc from 'fast-check';
import { ERROR_CODES } from '../../../lib/errors/index.js';
import { PROTOCOL_VERSION, type FrameCase, type FrameInit } from '../../../lib/protocol/index.js';

/** Placeholders for run-time values in generated strings. */
export const PH = {
  offender: '\u0000$offender-node-id',
  healthy: '\u0000$healthy-node-id',
  gateway: '\u0000$gateway-node-id',
} as const;

/** Procedure the healthy neighbour serves, topic space it subscribes to, procedure the offender serves. */
export const HEALTHY_PROCEDURE = 'fuzz.healthy.echo';
export const HEALTHY_PATTERN = 'fuzz.**';
export const OFFENDER_PROCEDURES = ['fuzz.offender.p0', 'fuzz.offender.p1', 'fuzz.offender.p2'] as const;
export const DIAGNOSTICS = ['com.macula.diagnostics.echo', 'com.macula.diagnostics.hello', 'com.macula.diagnostics.info'] as const;

// ---- field values ----

/** `n` bytes of 'a' that print as `bytes(n)` in a counterexample. */
export function filler(n: number): Uint8Array {
  return Object.assign(new Uint8Array(n).fill(0x61), { [fc.toStringMethod]: () => `filler(${n})` });
}

export const u32 = fc.oneof(
  { arbitrary: fc.constantFrom(0, 1, 2, 127, 128, 16_383, 16_384, 0x7fff_ffff, 0x8000_0000, 0xffff_fffe, 0xffff_ffff), weight: 2 },
  { arbitrary: fc.integer({ min: 0, max: 0xffff_ffff }), weight: 3 },
  { arbitrary: fc.integer({ min: 1, max: 1000 }), weight: 2 },
);
/** Correlation ids: mostly distinct (random u32), sometimes the special ones. */
export const corr = fc.oneof({ arbitrary: fc.integer({ min: 1, max: 0xffff_ffff }), weight: 8 }, { arbitrary: u32, weight: 2 });
const segment = fc.stringMatching(/^[A-Za-z0-9_-]{1,8}$/);
const validName = fc.array(segment, { minLength: 1, maxLength: 5 }).map((s) => s.join('.'));
const fuzzName = validName.map((n) => `fuzz.${n}`);
const wildcards = fc.constantFrom('*', '**', 'a.*', 'a.**', '**.b', 'a.*.b', 'fuzz.*', 'fuzz.**', 'a*b', '*a', 'a.***', '#', '>', 'a.#');
const badNames = fc.constantFrom('', '.', '..', 'a..b', '.a', 'a.', ' a', 'a b', 'ä.b', 'a\u0000b', '\ud800', 'a/b', 'a.\n', '\u202e', '😀.x');
const overlong = fc.oneof(
  fc.integer({ min: 257, max: 1024 }).map((n) => 'a'.repeat(n)),
  fc.integer({ min: 33, max: 200 }).map((n) => Array.from({ length: n }, () => 'a').join('.')),
);
const anyString = fc.oneof(fc.string({ maxLength: 40 }), fc.string({ unit: 'binary', maxLength: 40 }), fc.string({ unit: 'grapheme', maxLength: 20 }));
const nodeIds = fc.constantFrom(PH.offender, PH.healthy, PH.gateway, '', 'not-a-node-id', '0'.repeat(64), 'f'.repeat(65));

/** Where a topic belongs: valid ones (often in the healthy neighbour's space), wildcards, bad and overlong names. */
export const topicArb = fc.oneof(
  { arbitrary: fuzzName, weight: 5 },
  { arbitrary: validName, weight: 3 },
  { arbitrary: wildcards, weight: 2 },
  { arbitrary: badNames, weight: 2 },
  { arbitrary: overlong, weight: 1 },
  { arbitrary: anyString, weight: 1 },
);
/** Where a pattern belongs: the same space plus wildcards used properly. */
export const patternArb = fc.oneof({ arbitrary: topicArb, weight: 3 }, { arbitrary: wildcards, weight: 2 });
/** Procedures: served ones (diagnostics, the healthy neighbour's, the offender's own), valid unserved, and bad names. */
export const procedureArb = fc.oneof(
  { arbitrary: fc.constantFrom(...DIAGNOSTICS), weight: 3 },
  { arbitrary: fc.constant(HEALTHY_PROCEDURE), weight: 3 },
  { arbitrary: fc.constantFrom(...OFFENDER_PROCEDURES), weight: 3 },
  { arbitrary: validName, weight: 2 },
  { arbitrary: wildcards, weight: 1 },
  { arbitrary: badNames, weight: 1 },
  { arbitrary: overlong, weight: 1 },
);
export const payloadArb = fc.oneof(
  { arbitrary: fc.constant(new Uint8Array(0)), weight: 2 },
  { arbitrary: fc.uint8Array({ maxLength: 64 }), weight: 4 },
  { arbitrary: fc.jsonValue({ maxDepth: 3 }).map((v) => new TextEncoder().encode(JSON.stringify(v) ?? 'null')), weight: 3 },
  { arbitrary: fc.integer({ min: 1024, max: 64 * 1024 }).map(filler), weight: 1 },
);
const reasonArb = fc.oneof(anyString, fc.integer({ min: 200, max: 20_000 }).map((n) => 'r'.repeat(n)));
const detailsJson = fc.oneof(
  fc.constant(''),
  fc.constant('not json'),
  fc.constant('[1,2,3]'),
  fc.constant('null'),
  fc.constant('"a string"'),
  fc.jsonValue({ maxDepth: 3 }).map((v) => JSON.stringify(v) ?? ''),
  fc.integer({ min: 100, max: 5000 }).map((n) => '['.repeat(n) + ']'.repeat(n)),
);
const wireCode = fc.oneof(fc.integer({ min: 0, max: ERROR_CODES.length + 2 }), u32);
const metadata = fc.oneof(
  { weight: 8, arbitrary: fc.dictionary(anyString, anyString, { maxKeys: 5 }) },
  { weight: 1, arbitrary: fc.integer({ min: 50, max: 300 }).map((n) => Object.fromEntries(Array.from({ length: n }, (_, i) => [`k${i}`, 'v'.repeat(i % 50)]))) },
);
const versions = fc.oneof({ arbitrary: fc.constant(PROTOCOL_VERSION), weight: 4 }, { arbitrary: u32, weight: 2 });
const realms = fc.oneof({ arbitrary: fc.constantFrom('', 'macula.default'), weight: 4 }, { arbitrary: anyString, weight: 1 }, { arbitrary: badNames, weight: 1 }, { arbitrary: overlong, weight: 1 });
const roles = fc.oneof({ arbitrary: fc.constant(0), weight: 6 }, { arbitrary: fc.constant(1), weight: 2 }, { arbitrary: u32, weight: 1 });

/** Mostly set, unset one time in four. */
const opt = <T>(a: fc.Arbitrary<T>) => fc.option(a, { nil: undefined, freq: 4 });
/** Set one time in `n`, else undefined. */
function rarely<T>(a: fc.Arbitrary<T>, n: number): fc.Arbitrary<T | undefined> {
  return fc.oneof({ weight: n - 1, arbitrary: fc.constant(undefined) }, { weight: 1, arbitrary: a });
}

/** One generator per body type; the Record makes a new message in the schema a compile error here. */
const BODY_ARBS: { [K in FrameCase]: fc.Arbitrary<NonNullable<FrameInit[K]>> } = {
  connect: fc.record({ protocolVersion: versions, realm: realms, nodeId: opt(nodeIds), clientName: opt(anyString), capabilities: opt(fc.array(anyString, { maxLength: 4 })), minProtocolVersion: opt(u32), role: roles }),
  connected: fc.record({ nodeId: opt(nodeIds), sessionId: opt(anyString), protocolVersion: opt(u32), realms: opt(fc.array(anyString, { maxLength: 3 })), heartbeatMs: opt(u32), maxFrameBytes: opt(u32) }),
  error: fc.record({ correlationId: opt(corr), code: opt(wireCode), message: opt(reasonArb), detailsJson: opt(detailsJson), codeName: opt(anyString) }),
  ping: fc.record({ seq: opt(u32) }),
  pong: fc.record({ seq: opt(u32) }),
  goodbye: fc.record({ reason: opt(reasonArb), code: opt(wireCode) }),
  publish: fc.record({ topic: topicArb, payload: opt(payloadArb), qos: fc.oneof({ arbitrary: fc.constantFrom(0, 1), weight: 5 }, { arbitrary: u32, weight: 1 }), correlationId: opt(corr) }),
  published: fc.record({ correlationId: opt(corr) }),
  subscribe: fc.record({ correlationId: opt(corr), pattern: patternArb }),
  subscribed: fc.record({ correlationId: opt(corr), subscriptionId: opt(u32) }),
  unsubscribe: fc.record({ subscriptionId: u32 }),
  event: fc.record({ subscriptionId: opt(u32), topic: opt(topicArb), payload: opt(payloadArb), publisher: opt(nodeIds) }),
  call: fc.record({ correlationId: opt(corr), procedure: procedureArb, args: opt(payloadArb), timeoutMs: opt(fc.oneof(fc.constantFrom(0, 1, 50, 0xffff_ffff), u32)), targetNodeId: opt(nodeIds) }),
  result: fc.record({ correlationId: opt(corr), payload: opt(payloadArb) }),
  advertise: fc.record({ correlationId: opt(corr), procedure: procedureArb, ttlMs: opt(fc.oneof(fc.constantFrom(0, 1, 0xffff_ffff), u32)), metadata: opt(metadata) }),
  advertised: fc.record({ correlationId: opt(corr) }),
  unadvertise: fc.record({ procedure: procedureArb }),
  invocation: fc.record({ invocationId: opt(u32), procedure: opt(procedureArb), args: opt(payloadArb), deadlineMs: opt(u32), caller: opt(nodeIds) }),
  yield: fc.record({ invocationId: u32, payload: opt(payloadArb) }),
  invocationError: fc.record({ invocationId: u32, message: opt(reasonArb), code: opt(wireCode), detailsJson: opt(detailsJson) }),
  dht: fc.record({ type: opt(fc.oneof(fc.constantFrom('ping', 'find_node', 'find_value', 'store', 'error', ''), anyString)), requestId: opt(u32), key: opt(anyString), sender: opt(fc.record({ nodeId: opt(nodeIds), endpoint: opt(anyString) })) }),
  interestSnapshot: fc.record({ seq: opt(u32), begin: opt(fc.boolean()), end: opt(fc.boolean()), entries: opt(fc.array(fc.record({ pattern: opt(patternArb), queue: opt(anyString) }), { maxLength: 5 })), members: opt(fc.array(fc.record({ nodeId: opt(nodeIds), endpoint: opt(anyString) }), { maxLength: 3 })) }),
  interestDelta: fc.record({ seq: opt(u32), ops: opt(fc.array(fc.record({ pattern: opt(patternArb), queue: opt(anyString), remove: opt(fc.boolean()) }), { maxLength: 5 })) }),
  interestResync: fc.record({ expectedSeq: opt(u32), gotSeq: opt(u32) }),
  routedEvent: fc.record({ topic: opt(topicArb), payload: opt(payloadArb), publisher: opt(nodeIds), queues: opt(fc.array(anyString, { maxLength: 3 })) }),
  reach: fc.record({ snapshot: opt(fc.boolean()), entries: opt(fc.array(fc.record({ nodeId: opt(nodeIds), hops: opt(fc.oneof(fc.constantFrom(0, 1, 15, 16), u32)) }), { maxLength: 5 })) }),
};

/** Requests (what clients send) are generated more often than gateway-to-client messages. */
const WEIGHTS: Partial<Record<FrameCase, number>> = { publish: 6, subscribe: 5, call: 6, advertise: 4, unsubscribe: 3, unadvertise: 2, yield: 3, invocationError: 2, ping: 3, connect: 2 };
/** Bodies that end a session (Goodbye) are generated as endings, not mixed into every case. */
const ENDING_BODIES: ReadonlySet<FrameCase> = new Set<FrameCase>(['goodbye']);

const route = fc.record({ originNodeId: opt(nodeIds), destinationNodeId: opt(nodeIds), hopCount: opt(u32), maxHops: opt(u32), realm: opt(anyString) });

/** A well-formed frame with exactly one body of any type (sometimes with a mesh Route it should not have). */
export const frameArb: fc.Arbitrary<FrameInit> = fc.oneof(
  ...(Object.keys(BODY_ARBS) as FrameCase[]).filter((k) => !ENDING_BODIES.has(k)).map((k) => ({
    weight: WEIGHTS[k] ?? 1,
    arbitrary: fc.tuple(BODY_ARBS[k] as fc.Arbitrary<unknown>, rarely(route, 10)).map(([b, r]) => ({ [k]: b, ...(r ? { route: r } : {}) }) as FrameInit),
  })),
);
const goodbyeArb: fc.Arbitrary<FrameInit> = BODY_ARBS.goodbye.map((goodbye) => ({ goodbye }));
/** A Connect most likely to be admitted, sometimes not (pre-session fuzzing). */
export const connectArb: fc.Arbitrary<FrameInit> = BODY_ARBS.connect.map((connect) => ({ connect }));

// ---- bodies (the bytes inside one transport frame) ----

export type BodySpec =
  | { t: 'frame'; frame: FrameInit }
  /** Padded (in its largest field) so the encoded frame is maxFrameBytes + delta bytes. */
  | { t: 'limit'; frame: FrameInit; delta: number }
  | { t: 'truncate'; frame: FrameInit; keep: number }
  | { t: 'mutate'; frame: FrameInit; edits: Array<[number, number]> }
  | { t: 'concat'; a: FrameInit; b: FrameInit }
  | { t: 'unknownField'; frame: FrameInit; extra: Uint8Array }
  | { t: 'deepGroups'; depth: number }
  | { t: 'overlongVarint' }
  | { t: 'bytes'; bytes: Uint8Array };

/** Frames the padding knows how to grow to the limit. */
const limitFrame = fc.oneof(
  fc.record({ topic: fc.oneof(fuzzName, validName), qos: fc.constantFrom(0, 1), correlationId: corr }).map((p) => ({ publish: { ...p, payload: new Uint8Array(0) } })),
  fc.record({ correlationId: corr, procedure: fc.constantFrom(...DIAGNOSTICS, HEALTHY_PROCEDURE, ...OFFENDER_PROCEDURES) }).map((c) => ({ call: { ...c, args: new Uint8Array(0) } })),
  fc.record({ invocationId: u32 }).map((y) => ({ yield: { ...y, payload: new Uint8Array(0) } })),
  fc.record({ correlationId: corr }).map((a) => ({ advertise: { ...a, procedure: 'fuzz.limit.meta', metadata: { k: '' } } })),
  fc.record({ correlationId: corr }).map((s) => ({ subscribe: { ...s, pattern: '' } })),
  fc.record({ invocationId: u32 }).map((e) => ({ invocationError: { ...e, message: '' } })),
  fc.record({ reason: fc.constant('') }).map((g) => ({ goodbye: g })),
);

const edits = fc.array(fc.tuple(fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true }), fc.integer({ min: 0, max: 255 })), { minLength: 1, maxLength: 8 }).map((es) =>
  es.map(([pos, byte]) => [Math.floor(pos * 1e6), byte] as [number, number]),
);
const unknownFieldBytes = fc.constantFrom(
  Uint8Array.from([0x98, 0x06, 0x01]), // field 99 varint
  Uint8Array.from([0x9a, 0x06, 0x02, 0x41, 0x42]), // field 99 length-delimited
  Uint8Array.from([0x9d, 0x06, 1, 2, 3, 4]), // field 99 fixed32
  Uint8Array.from([0xfa, 0x01, 0x00]), // field 31 (in the 2..9-style reserved gaps) length 0
  Uint8Array.from([0x9a, 0x06, 0x7f]), // field 99 with a length past the end
  Uint8Array.from([0x07]), // wire type 7 (invalid)
);

export const bodyArb: fc.Arbitrary<BodySpec> = fc.oneof(
  { weight: 120, arbitrary: frameArb.map((frame) => ({ t: 'frame' as const, frame })) },
  { weight: 1, arbitrary: fc.tuple(limitFrame, fc.oneof(fc.constant(0), fc.integer({ min: -64, max: -1 }), fc.integer({ min: -300, max: -100 }))).map(([frame, delta]) => ({ t: 'limit' as const, frame, delta })) },
  { weight: 16, arbitrary: fc.tuple(frameArb, fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true })).map(([frame, keep]) => ({ t: 'truncate' as const, frame, keep })) },
  { weight: 16, arbitrary: fc.tuple(frameArb, edits).map(([frame, e]) => ({ t: 'mutate' as const, frame, edits: e })) },
  { weight: 8, arbitrary: fc.tuple(frameArb, frameArb).map(([a, b]) => ({ t: 'concat' as const, a, b })) },
  { weight: 8, arbitrary: fc.tuple(frameArb, unknownFieldBytes).map(([frame, extra]) => ({ t: 'unknownField' as const, frame, extra })) },
  { weight: 3, arbitrary: fc.integer({ min: 1, max: 200 }).map((depth) => ({ t: 'deepGroups' as const, depth })) },
  { weight: 1, arbitrary: fc.integer({ min: 10_000, max: 50_000 }).map((depth) => ({ t: 'deepGroups' as const, depth })) },
  { weight: 4, arbitrary: fc.constant({ t: 'overlongVarint' as const }) },
  { weight: 16, arbitrary: fc.oneof(fc.constant(new Uint8Array(0)), fc.uint8Array({ minLength: 1, maxLength: 512 })).map((bytes) => ({ t: 'bytes' as const, bytes })) },
);

// ---- chunks (what goes on the stream) and actions ----

export type ChunkSpec =
  /** A transport frame: 4-byte prefix equal to the body's length, then the body. */
  | { c: 'framed'; body: BodySpec }
  /** A prefix that lies: `declared` bytes announced (a placeholder offset from the limit when `fromLimit`), `body` sent. */
  | { c: 'lying'; declared: number; fromLimit: boolean; body: BodySpec }
  /** Bytes with no framing at all. */
  | { c: 'raw'; bytes: Uint8Array };

/** Chunks that keep the stream in step: whole transport frames (whatever their bodies). */
export const framedChunkArb: fc.Arbitrary<ChunkSpec> = bodyArb.map((body) => ({ c: 'framed' as const, body }));

/** Chunks that break the stream: lying prefixes, raw bytes, a whole frame over the limit, a Goodbye. */
export const breakingChunkArb: fc.Arbitrary<ChunkSpec> = fc.oneof(
  {
    weight: 3,
    arbitrary: fc.tuple(fc.oneof(fc.constantFrom(1, 64, 0xffff_ffff - 0x10_0000), fc.integer({ min: 1, max: 0x7fff_ffff })), bodyArb).map(([declared, body]) => ({ c: 'lying' as const, declared, fromLimit: true, body })),
  },
  { weight: 3, arbitrary: fc.tuple(fc.integer({ min: 0, max: 70_000 }), bodyArb).map(([declared, body]) => ({ c: 'lying' as const, declared, fromLimit: false, body })) },
  { weight: 3, arbitrary: fc.uint8Array({ minLength: 1, maxLength: 64 }).map((bytes) => ({ c: 'raw' as const, bytes })) },
  // a whole frame over the limit (the bytes really sent, not only a prefix that claims it)
  { weight: 1, arbitrary: fc.tuple(limitFrame, fc.integer({ min: 1, max: 64 })).map(([frame, delta]) => ({ c: 'framed' as const, body: { t: 'limit' as const, frame, delta } })) },
  { weight: 2, arbitrary: goodbyeArb.map((frame) => ({ c: 'framed' as const, body: { t: 'frame' as const, frame } })) },
);

/** Any chunk (for extra streams, which the gateway refuses whatever they carry). */
export const chunkArb: fc.Arbitrary<ChunkSpec> = fc.oneof({ weight: 8, arbitrary: framedChunkArb }, { weight: 1, arbitrary: breakingChunkArb });

export type Action =
  /** Chunks written back to back, cut into `cuts` writes that leave in separate datagrams. */
  | { a: 'send'; chunks: ChunkSpec[]; cuts: number[] }
  | { a: 'fin' }
  | { a: 'resetStream'; code: number }
  | { a: 'closeConnection'; code: number; reason: string }
  /** Open `count` more streams and write `chunk` on each (the gateway serves one stream per session). */
  | { a: 'extraStreams'; count: number; chunk: ChunkSpec };

const cutsArb = fc.array(fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true }), { maxLength: 2 }).map((xs) => xs.map((x) => Math.floor(x * 1e6)));

/** What a case does on a session that stays in step: framed chunks (valid and invalid bodies interleaved), extra streams. */
export const actionArb: fc.Arbitrary<Action> = fc.oneof(
  { weight: 30, arbitrary: fc.tuple(fc.array(framedChunkArb, { minLength: 1, maxLength: 3 }), cutsArb).map(([chunks, cuts]) => ({ a: 'send' as const, chunks, cuts })) },
  { weight: 1, arbitrary: fc.tuple(fc.oneof(fc.constant(1), fc.integer({ min: 2, max: 40 })), chunkArb).map(([count, chunk]) => ({ a: 'extraStreams' as const, count, chunk })) },
);

/** How a case may end its stream or connection: breaking bytes (between valid frames), FIN, a reset, a close. */
export const endingArb: fc.Arbitrary<Action> = fc.oneof(
  {
    weight: 8,
    arbitrary: fc.tuple(fc.array(framedChunkArb, { maxLength: 2 }), breakingChunkArb, fc.array(framedChunkArb, { maxLength: 2 }), cutsArb).map(([pre, breaking, post, cuts]) => ({
      a: 'send' as const,
      chunks: [...pre, breaking, ...post],
      cuts,
    })),
  },
  { weight: 1, arbitrary: fc.constant({ a: 'fin' as const }) },
  { weight: 1, arbitrary: u32.map((code) => ({ a: 'resetStream' as const, code })) },
  { weight: 1, arbitrary: fc.tuple(u32, reasonArb.map((r) => r.slice(0, 100))).map(([code, reason]) => ({ a: 'closeConnection' as const, code, reason })) },
);

/** How the offender answers the invocations it receives while a case runs. */
export type Responder =
  | { r: 'yield'; size: 'small' | 'limit' | 'overResult'; delta: number }
  | { r: 'error'; message: string; code: number; detailsJson: string; huge: boolean }
  | { r: 'ignore' }
  | { r: 'wrongId' };

export const responderArb: fc.Arbitrary<Responder> = fc.oneof(
  { weight: 20, arbitrary: fc.constant({ r: 'yield' as const, size: 'small' as const, delta: 0 }) },
  { weight: 1, arbitrary: fc.tuple(fc.constantFrom('limit' as const, 'overResult' as const), fc.integer({ min: -200, max: 0 })).map(([size, delta]) => ({ r: 'yield' as const, size, delta })) },
  { weight: 6, arbitrary: fc.record({ r: fc.constant('error' as const), message: reasonArb.map((m) => m.slice(0, 200)), code: wireCode, detailsJson: detailsJson.map((d) => d.slice(0, 500)), huge: fc.constant(false) }) },
  { weight: 1, arbitrary: fc.record({ r: fc.constant('error' as const), message: fc.constant(''), code: wireCode, detailsJson: fc.constant(''), huge: fc.constant(true) }) },
  { weight: 6, arbitrary: fc.constant({ r: 'ignore' as const }) },
  { weight: 3, arbitrary: fc.constant({ r: 'wrongId' as const }) },
);

/**
 * One case on the QUIC boundary. `start`: 'session' runs on the current session (or a fresh one
 * whose Connect is valid); 'reconnect' retires the current connection first; 'preConnect' opens a
 * connection and sends the actions before any valid Connect (the handshake is fuzzed).
 */
export interface QuicCase {
  start: 'session' | 'reconnect' | 'preConnect';
  actions: Action[];
  responder: Responder;
  /** A case that leaves the gateway waiting for the rest of a frame ends with a FIN (`malformed_frame`) or by closing. */
  onStall: 'fin' | 'close';
}

const preConnectAction: fc.Arbitrary<Action> = fc.oneof(
  { weight: 3, arbitrary: connectArb.map((frame) => ({ a: 'send' as const, chunks: [{ c: 'framed' as const, body: { t: 'frame' as const, frame } }], cuts: [] })) },
  { weight: 3, arbitrary: actionArb },
);

const onStall = fc.constantFrom('fin' as const, 'close' as const);
/** An ending in about one case in twelve: most cases leave the session usable for the next one. */
const maybeEnding = rarely(endingArb, 12);
const startArb = fc.oneof({ weight: 80, arbitrary: fc.constant('session' as const) }, { weight: 1, arbitrary: fc.constant('reconnect' as const) });
const withEnding = (actions: Action[], ending: Action | undefined): Action[] => (ending === undefined ? actions : [...actions, ending]);

export const quicCaseArb: fc.Arbitrary<QuicCase> = fc.oneof(
  {
    weight: 96,
    arbitrary: fc.record({ start: startArb, actions: fc.array(actionArb, { minLength: 1, maxLength: 2 }), ending: maybeEnding, responder: responderArb, onStall }).map(({ actions, ending, ...rest }) => ({
      ...rest,
      actions: withEnding(actions, ending),
    })),
  },
  { weight: 4, arbitrary: fc.record({ start: fc.constant('preConnect' as const), actions: fc.array(preConnectAction, { minLength: 1, maxLength: 5 }), ending: maybeEnding, responder: responderArb, onStall }).map(({ actions, ending, ...rest }) => ({ ...rest, actions: withEnding(actions, ending) })) },
);
