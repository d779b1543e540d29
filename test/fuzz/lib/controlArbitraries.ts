/**
 * Seeded generators of control-socket requests (proto/control.proto): every request type (a
 * Record over the Request body cases) with wrong and extreme values — scale of things that are
 * not services, counts at 0 / 2^31 / 2^32-1, fault targets that are not processes — then damaged
 * bodies and lying prefixes (framing.ts). `down` and a valid `scale peers=N` are real operations,
 * not bad input: against a real root they are left out (`forRealRoot`).
 */
import fc from 'fast-check';
import { macula } from '../../../lib/gen/control.js';
import type { ControlRequestCase } from '../../../lib/cluster/ControlServer.js';
import { MAX_FRAME_BYTES } from '../../../lib/ipc/index.js';
import { breakingArb, framedArb, type ChunkSpec, type Codec } from './framing.js';
import { u32 } from './wireArbitraries.js';

export type RequestInit = macula.control.Request.$Properties;
export const CONTROL_LIMIT = MAX_FRAME_BYTES;

const anyString = fc.oneof(fc.string({ maxLength: 30 }), fc.string({ unit: 'binary', maxLength: 30 }));
const opt = <T>(a: fc.Arbitrary<T>) => fc.option(a, { nil: undefined, freq: 4 });

function bodies(forRealRoot: boolean): { [K in ControlRequestCase]: fc.Arbitrary<NonNullable<RequestInit[K]>> } {
  const what = forRealRoot
    ? fc.oneof(fc.constantFrom('', 'peer', 'PEERS', 'svc', 'peers ', '*', '..'), anyString).filter((w) => w !== 'peers')
    : fc.oneof(fc.constantFrom('peers', 'svc', '', 'peer', 'PEERS'), anyString);
  return {
    status: fc.constant({}),
    down: fc.constant({}),
    scale: fc.record({ what: opt(what), count: opt(fc.oneof(u32, fc.constantFrom(0, 1, 64, 65, 1001))) }),
    fault: fc.record({ target: opt(fc.oneof(fc.constantFrom('gateway', 'macula_root/macula_peers_sup', '', 'nobody', 'macula_gateway_system/x'), anyString)), how: opt(fc.constantFrom('throw', 'timer', 'reject', '', 'x')) }),
    ping: fc.record({ target: opt(fc.oneof(fc.constantFrom('gateway', 'root', '', 'peer:1'), anyString)), garbageFirst: opt(fc.boolean()), via: opt(fc.oneof(fc.constantFrom('', 'gateway'), anyString)) }),
    mesh: fc.constant({}),
    // test-only DHT operations: names that are not operations and keys that are not 64 hex (never a real store)
    dhtTest: fc.record({ op: opt(fc.oneof(fc.constantFrom('', 'test_nope', 'TEST_FIND', 'store'), anyString)), key: opt(fc.oneof(fc.constantFrom('', 'zz', '0'.repeat(63)), anyString)), args: opt(fc.dictionary(anyString, anyString, { maxKeys: 3 })) }),
  };
}

export function requestArb(forRealRoot: boolean): fc.Arbitrary<RequestInit> {
  const b = bodies(forRealRoot);
  const cases = (Object.keys(b) as ControlRequestCase[]).filter((k) => !(forRealRoot && k === 'down'));
  const body = fc.oneof(...cases.map((k) => ({ weight: k === 'scale' ? 3 : 2, arbitrary: (b[k] as fc.Arbitrary<unknown>).map((v) => ({ [k]: v }) as Partial<RequestInit>) })), { weight: 1, arbitrary: fc.constant({}) });
  return fc.tuple(fc.oneof({ weight: 8, arbitrary: fc.integer({ min: 1, max: 0xffff_ffff }) }, { weight: 1, arbitrary: u32 }), body).map(([seq, rest]) => ({ seq, ...rest }));
}

export const requestCodec: Codec<RequestInit> = {
  encode: (r) => macula.control.Request.encode(r).finish(),
  // grow a string the server only echoes into an error: scale.what (not a service, whatever its length)
  grow: (r, n) => ({ seq: r.seq, scale: { what: `not-a-service-${'w'.repeat(n)}`, count: 1 } }),
};

export function requestKind(r: RequestInit): string {
  return (['status', 'down', 'scale', 'fault', 'ping', 'mesh', 'dhtTest'] as const).find((k) => r[k] != null) ?? 'empty';
}

export type ControlAction =
  | { a: 'send'; chunks: Array<ChunkSpec<RequestInit>>; cuts: number[] }
  /** Stop reading, send `requests` status requests, read again: the answers wait in root. */
  | { a: 'backlog'; requests: number }
  | { a: 'end' }
  | { a: 'destroy' };

export interface ControlCase {
  start: 'connection' | 'fresh';
  actions: ControlAction[];
}

const cuts = fc.array(fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true }), { maxLength: 2 }).map((xs) => xs.map((x) => Math.floor(x * 1e6)));

export function controlCaseArb(forRealRoot: boolean): fc.Arbitrary<ControlCase> {
  const req = requestArb(forRealRoot);
  const framed = framedArb(req);
  const action: fc.Arbitrary<ControlAction> = fc.oneof(
    { weight: 300, arbitrary: fc.tuple(fc.array(framed, { minLength: 1, maxLength: 4 }), cuts).map(([chunks, c]) => ({ a: 'send' as const, chunks, cuts: c })) },
    { weight: 1, arbitrary: fc.integer({ min: 100, max: 2000 }).map((requests) => ({ a: 'backlog' as const, requests })) },
  );
  const ending: fc.Arbitrary<ControlAction> = fc.oneof(
    { weight: 8, arbitrary: fc.tuple(fc.array(framed, { maxLength: 2 }), breakingArb(req), cuts).map(([pre, b, c]) => ({ a: 'send' as const, chunks: [...pre, b], cuts: c })) },
    { weight: 1, arbitrary: fc.constant({ a: 'end' as const }) },
    { weight: 1, arbitrary: fc.constant({ a: 'destroy' as const }) },
  );
  return fc
    .record({
      start: fc.oneof({ weight: 30, arbitrary: fc.constant('connection' as const) }, { weight: 1, arbitrary: fc.constant('fresh' as const) }),
      actions: fc.array(action, { minLength: 1, maxLength: 3 }),
      ending: fc.oneof({ weight: 11, arbitrary: fc.constant(undefined) }, { weight: 1, arbitrary: ending }),
    })
    .map(({ ending: e, actions, start }) => ({ start, actions: e === undefined ? actions : [...actions, e] }));
}
