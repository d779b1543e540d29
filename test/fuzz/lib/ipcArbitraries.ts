/**
 * Seeded generators of IPC envelopes (proto/ipc.proto) for the fd-3 pipe and the sibling
 * sockets: every body type (a Record over BodyCase: a body added to the schema does not compile
 * here until it has a generator) with wrong and extreme values — names that are not processes,
 * the receiver's own name, seq and reply_to at 0 / 2^31 / 2^32-1, NaN and infinite doubles,
 * recursive describe trees, hello tokens that are right, wrong, empty or huge — then damaged
 * bodies and lying prefixes (framing.ts).
 */
import fc from 'fast-check';
import { macula } from '../../../lib/gen/ipc.js';
import type { BodyCase } from '../../../lib/ipc/index.js';
import { MAX_FRAME_BYTES } from '../../../lib/ipc/index.js';
import { breakingArb, framedArb, type ChunkSpec, type Codec } from './framing.js';
import { u32 } from './wireArbitraries.js';

export type EnvelopeInit = macula.ipc.Envelope.$Properties;

/** Placeholders resolved at run time: the receiver's own name and the node's sibling token. */
export const IPC_PH = { self: '\u0000$self', token: '\u0000$token' } as const;
export const IPC_LIMIT = MAX_FRAME_BYTES;

const anyString = fc.oneof(fc.string({ maxLength: 30 }), fc.string({ unit: 'binary', maxLength: 30 }));
const names = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom('root', 'gateway', 'routing', 'bootstrap', 'peer:1', 'peer:4294967295', '', IPC_PH.self) },
  { weight: 1, arbitrary: anyString },
  { weight: 1, arbitrary: fc.integer({ min: 100, max: 2000 }).map((n) => 'p'.repeat(n)) },
);
const dbl = fc.oneof(fc.double(), fc.constantFrom(NaN, Infinity, -Infinity, -0, Number.MAX_VALUE, 5e-324));
const opt = <T>(a: fc.Arbitrary<T>) => fc.option(a, { nil: undefined, freq: 4 });
const treeNode: fc.Arbitrary<macula.common.TreeNode.$Properties> = fc.letrec((tie) => ({
  node: fc.record({
    id: opt(anyString),
    type: opt(fc.constantFrom('worker', 'supervisor', '', 'x')),
    state: opt(fc.constantFrom('running', 'restarting', 'stopped', '', '?')),
    pid: opt(u32),
    restarts: opt(u32),
    startedAt: opt(dbl),
    strategy: opt(fc.constantFrom('one_for_one', 'rest_for_one', '', 'bogus')),
    memory: opt(dbl),
    children: opt(fc.array(tie('node') as fc.Arbitrary<macula.common.TreeNode.$Properties>, { maxLength: 3, depthIdentifier: 'tree' })),
  }),
})).node;
const tokens = fc.oneof(
  { weight: 4, arbitrary: fc.constant(IPC_PH.token) },
  { weight: 2, arbitrary: fc.constantFrom('', 'wrong-token', '00') },
  { weight: 1, arbitrary: anyString },
  { weight: 1, arbitrary: fc.integer({ min: 1000, max: 100_000 }).map((n) => 't'.repeat(n)) },
);

const BODY_ARBS: { [K in BodyCase]: fc.Arbitrary<NonNullable<EnvelopeInit[K]>> } = {
  ready: fc.record({ bound: opt(fc.dictionary(anyString, anyString, { maxKeys: 4 })), pid: opt(u32), stopBoundMs: opt(dbl) }),
  shutdown: fc.record({ reason: opt(anyString) }),
  event: fc.record({ ts: opt(dbl), kind: opt(fc.oneof(fc.constantFrom('child_started', 'child_exited', 'max_restart_intensity'), anyString)), supervisor: opt(anyString), child: opt(anyString), pid: opt(u32), reason: opt(anyString), restartsPlusOne: opt(u32) }),
  clusterReadiness: fc.record({ ready: opt(fc.boolean()), detail: opt(anyString) }),
  gatewayAddress: fc.record({ url: opt(fc.oneof(fc.constantFrom('quic://127.0.0.1:1', 'quic://[::1]:0', 'http://x', ''), anyString)) }),
  exiting: fc.record({ reason: opt(anyString) }),
  siblingHello: fc.record({ token: tokens }),
  siblingStatus: fc.record({ name: opt(names), up: opt(fc.boolean()), path: opt(fc.oneof(fc.constantFrom('/nonexistent/x.sock', '', '/tmp'), anyString)) }),
  describeRequest: fc.constant({}),
  describeReply: fc.record({ supervisor: opt(treeNode), rss: opt(dbl), pid: opt(u32) }),
  ok: fc.constant({}),
  error: fc.record({ correlationId: opt(u32), code: opt(u32), message: opt(anyString), detailsJson: opt(fc.oneof(fc.constant('{}'), anyString)), codeName: opt(anyString) }),
  ping: fc.record({ payload: opt(fc.oneof({ weight: 10, arbitrary: anyString }, { weight: 1, arbitrary: fc.integer({ min: 1000, max: 20_000 }).map((n) => 'x'.repeat(n)) })), relayTo: opt(names) }),
  pong: fc.record({ payload: opt(anyString), pid: opt(u32), startedAt: opt(dbl) }),
  fault: fc.record({ path: opt(fc.oneof(fc.constantFrom('', 'macula_gateway_workers_sup/macula_gateway_pubsub', '../..'), anyString)), how: opt(fc.constantFrom('throw', 'timer', 'reject', '', 'nonsense')) }),
  startError: fc.record({ code: opt(u32), message: opt(anyString), detailsJson: opt(fc.oneof(fc.constant('{}'), anyString)), codeName: opt(anyString) }),
  // DHT wiring between a node's processes: endpoints nobody listens on, ops that are not operations
  dhtRelay: fc.record({ peer: opt(anyString), endpoint: opt(fc.oneof(fc.constantFrom('quic://127.0.0.1:1', '', 'http://x'), anyString)), message: opt(fc.record({ type: opt(fc.oneof(fc.constantFrom('ping', 'find_node', '', 'x'), anyString)), requestId: opt(u32), key: opt(anyString) })) }),
  dhtQuery: fc.record({ op: opt(fc.oneof(fc.constantFrom('', 'nope', 'CLOSEST'), anyString)), key: opt(anyString), n: opt(u32), exclude: opt(anyString), nodeIds: opt(fc.array(anyString, { maxLength: 3 })), url: opt(anyString) }),
  dhtAnswer: fc.record({ outcome: opt(anyString), nodeId: opt(anyString), json: opt(fc.oneof(fc.constant('{}'), anyString)) }),
};

const WEIGHTS: Partial<Record<BodyCase, number>> = { ping: 6, describeRequest: 3, siblingHello: 3, siblingStatus: 2, fault: 2 };

const bodyOnly: fc.Arbitrary<Partial<EnvelopeInit>> = fc.oneof(
  ...(Object.keys(BODY_ARBS) as BodyCase[]).map((k) => ({ weight: WEIGHTS[k] ?? 1, arbitrary: (BODY_ARBS[k] as fc.Arbitrary<unknown>).map((b) => ({ [k]: b }) as Partial<EnvelopeInit>) })),
  { weight: 1, arbitrary: fc.constant({}) },
);

/** An envelope: mostly addressed to the receiver, mostly a request (seq set, reply_to 0). */
export const envelopeArb: fc.Arbitrary<EnvelopeInit> = fc
  .record({
    from: fc.oneof({ weight: 5, arbitrary: fc.constant('root') }, { weight: 3, arbitrary: names }),
    to: fc.oneof({ weight: 6, arbitrary: fc.constant(IPC_PH.self) }, { weight: 2, arbitrary: fc.constant('') }, { weight: 2, arbitrary: names }),
    seq: fc.oneof({ weight: 8, arbitrary: fc.integer({ min: 1, max: 0xffff_ffff }) }, { weight: 1, arbitrary: fc.constant(0) }),
    replyTo: fc.oneof({ weight: 10, arbitrary: fc.constant(0) }, { weight: 1, arbitrary: u32 }),
    body: bodyOnly,
  })
  .map(({ body, ...head }) => ({ ...head, ...body }));

/** An envelope the receiver reads as valid and answers (for the at-limit bodies: a ping grown to size). */
const limitEnvelope: fc.Arbitrary<EnvelopeInit> = fc.integer({ min: 1, max: 0xffff_ffff }).map((seq) => ({ from: 'root', to: IPC_PH.self, seq, ping: { payload: '' } }));

function resolve(e: EnvelopeInit, ph: Record<string, string>): EnvelopeInit {
  const out: EnvelopeInit = { ...e };
  if (typeof e.from === 'string' && ph[e.from] !== undefined) out.from = ph[e.from];
  if (typeof e.to === 'string' && ph[e.to] !== undefined) out.to = ph[e.to];
  if (e.siblingHello && ph[e.siblingHello.token ?? ''] !== undefined) out.siblingHello = { token: ph[e.siblingHello.token ?? ''] };
  if (e.ping?.relayTo && ph[e.ping.relayTo] !== undefined) out.ping = { ...e.ping, relayTo: ph[e.ping.relayTo] };
  if (e.siblingStatus?.name && ph[e.siblingStatus.name] !== undefined) out.siblingStatus = { ...e.siblingStatus, name: ph[e.siblingStatus.name] };
  return out;
}

/** Envelope codec with the placeholders of one run resolved; grows a ping's payload. */
export function envelopeCodec(ph: Record<string, string>): Codec<EnvelopeInit> {
  return {
    encode: (e) => macula.ipc.Envelope.encode(resolve(e, ph)).finish(),
    grow: (e, n) => ({ ...e, ping: { ...(e.ping ?? {}), payload: 'x'.repeat(n) } }),
  };
}

export function envelopeKind(e: EnvelopeInit): string {
  return (Object.keys(BODY_ARBS) as BodyCase[]).find((k) => e[k] != null) ?? 'empty';
}

export const ipcFramed = framedArb(envelopeArb);
const ipcLimitFramed: fc.Arbitrary<ChunkSpec<EnvelopeInit>> = fc.tuple(limitEnvelope, fc.oneof(fc.constant(0), fc.integer({ min: -64, max: -1 }))).map(([msg, delta]) => ({ c: 'framed' as const, body: { t: 'limit' as const, msg, delta } }));
export const ipcBreaking = breakingArb(envelopeArb);

export type IpcAction =
  | { a: 'send'; chunks: Array<ChunkSpec<EnvelopeInit>>; cuts: number[] }
  /** Stop reading, send pings asking for big replies (the target says how many, how big), read again: the receiver's replies pile up. */
  | { a: 'flood' }
  | { a: 'end' }
  | { a: 'destroy' };

const cuts = fc.array(fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true }), { maxLength: 2 }).map((xs) => xs.map((x) => Math.floor(x * 1e6)));

export const ipcActionArb: fc.Arbitrary<IpcAction> = fc.oneof(
  { weight: 2000, arbitrary: fc.tuple(fc.array(fc.oneof({ weight: 4000, arbitrary: ipcFramed }, { weight: 1, arbitrary: ipcLimitFramed }), { minLength: 1, maxLength: 4 }), cuts).map(([chunks, c]) => ({ a: 'send' as const, chunks, cuts: c })) },
  { weight: 1, arbitrary: fc.constant({ a: 'flood' as const }) },
);

export const ipcEndingArb: fc.Arbitrary<IpcAction> = fc.oneof(
  { weight: 8, arbitrary: fc.tuple(fc.array(ipcFramed, { maxLength: 2 }), ipcBreaking, fc.array(ipcFramed, { maxLength: 2 }), cuts).map(([pre, b, post, c]) => ({ a: 'send' as const, chunks: [...pre, b, ...post], cuts: c })) },
  { weight: 1, arbitrary: fc.constant({ a: 'end' as const }) },
  { weight: 1, arbitrary: fc.constant({ a: 'destroy' as const }) },
);

export interface IpcCase {
  /**
   * 'channel': the current one (or a new one when none is usable); 'fresh': a new one first;
   * 'unauthenticated' (sibling sockets): a new connection that has not said hello.
   */
  start: 'channel' | 'fresh' | 'unauthenticated';
  actions: IpcAction[];
}

export const ipcCaseArb: fc.Arbitrary<IpcCase> = fc
  .record({
    start: fc.oneof({ weight: 30, arbitrary: fc.constant('channel' as const) }, { weight: 1, arbitrary: fc.constant('fresh' as const) }),
    actions: fc.array(ipcActionArb, { minLength: 1, maxLength: 3 }),
    ending: fc.oneof({ weight: 11, arbitrary: fc.constant(undefined) }, { weight: 1, arbitrary: ipcEndingArb }),
  })
  .map(({ ending, actions, start }) => ({ start, actions: ending === undefined ? actions : [...actions, ending] }));

/** Sibling sockets: a third of the cases on a connection that never said hello. */
export const siblingCaseArb: fc.Arbitrary<IpcCase> = fc
  .record({
    start: fc.oneof({ weight: 20, arbitrary: fc.constant('channel' as const) }, { weight: 1, arbitrary: fc.constant('fresh' as const) }, { weight: 10, arbitrary: fc.constant('unauthenticated' as const) }),
    actions: fc.array(ipcActionArb, { minLength: 1, maxLength: 3 }),
    ending: fc.oneof({ weight: 11, arbitrary: fc.constant(undefined) }, { weight: 1, arbitrary: ipcEndingArb }),
  })
  .map(({ ending, actions, start }) => ({ start, actions: ending === undefined ? actions : [...actions, ending] }));
