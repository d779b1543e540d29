/**
 * The receivers the IPC fuzz runs against, each with a healthy neighbour beside it:
 *
 * - `pipeTarget`: an IpcChannel named `gateway` over a real socket pair (what a child is on its
 *   fd-3 pipe), with a child's kind of dispatch table: ping, describe and shutdown answered,
 *   fault failing, sibling status / readiness / gateway address taken without an answer. Each
 *   new connection is a new pair and a new receiver (a restarted child). The neighbour is a
 *   second pair, root ↔ gateway, pinged throughout.
 * - `siblingTarget`: a real Siblings listener named `routing` on a unix socket in a 0700
 *   directory, with the node's token; the neighbour is a real Siblings `gateway` that dials it
 *   (hello and all) and makes requests throughout.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { connect, createServer, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { MaculaError } from '../../../lib/errors/index.js';
import { macula } from '../../../lib/gen/ipc.js';
import { IpcChannel, MAX_QUEUED_BYTES, Siblings, type BodyCase, type Envelope, type IpcBody } from '../../../lib/ipc/index.js';
import { CASE_TIMEOUT_MS } from './common.js';
import { prefixed } from './framing.js';
import type { IpcTarget } from './ipcFuzz.js';
import type { ReplyRule } from './ipcModel.js';

/** The pipe receiver's queue bounds (IpcChannel options), small so a flood costs little: its replies pile up past them. */
const PIPE_HIGH_WATER_BYTES = 64 * 1024;
const PIPE_MAX_QUEUED_BYTES = 256 * 1024;
const FLOOD_REPLY_BYTES = 64 * 1024;
/** What the kernel's socket buffers absorb before the sender's queue grows (a margin over Linux defaults). */
const KERNEL_SOCKET_BUFFER_BYTES = 4 * 1024 * 1024;

/** The child's dispatch table: answered bodies, a failing one, and ones taken without an answer. */
const ANSWERED: ReadonlySet<BodyCase> = new Set<BodyCase>(['ping', 'describeRequest', 'shutdown']);
const FAILING: ReadonlySet<BodyCase> = new Set<BodyCase>(['fault']);
const SILENT: ReadonlySet<BodyCase> = new Set<BodyCase>(['siblingStatus', 'clusterReadiness', 'gatewayAddress']);

function pong(env: Envelope): IpcBody {
  const p = env.ping?.payload ?? '';
  // 'echo' asks for the payload back (the flood cases: big replies that pile up)
  return { pong: { payload: env.ping?.relayTo === 'echo' ? p : `pong ${p.length}`, pid: process.pid } };
}

function describe(): IpcBody {
  return { describeReply: { supervisor: { id: 'macula_gateway_system', type: 'supervisor', state: 'running', children: [{ id: 'macula_gateway', type: 'worker', state: 'running' }] }, rss: 1, pid: process.pid } };
}

function childHandlers(ch: IpcChannel): void {
  ch.handle('ping', pong);
  ch.handle('describeRequest', describe);
  ch.handle('shutdown', () => ({ ok: {} }));
  ch.handle('fault', (env) => {
    throw new MaculaError('no_such_process', `no worker at ${env.fault?.path ?? ''}`);
  });
  for (const k of SILENT) ch.handle(k, () => undefined);
}

export interface Closable {
  close(): Promise<void>;
}

/** Connected unix-socket pairs from one listening socket (a run opens thousands: no temp dir each). */
async function pairFactory(): Promise<{ pair(): Promise<{ a: Socket; b: Socket }>; close(): void }> {
  const dir = mkdtempSync(join(tmpdir(), 'macula-fuzz-pair-'));
  const path = join(dir, 'pairs.sock');
  const accepted: Array<(s: Socket) => void> = [];
  const server = createServer((s) => accepted.shift()?.(s));
  await new Promise<void>((resolve) => server.listen(path, resolve));
  return {
    async pair() {
      const b = new Promise<Socket>((resolve) => accepted.push(resolve));
      const a = connect(path);
      await new Promise<void>((resolve, reject) => {
        a.once('connect', () => resolve());
        a.once('error', reject);
      });
      return { a, b: await b };
    },
    close() {
      server.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

export async function pipeTarget(): Promise<IpcTarget & Closable> {
  const reported: MaculaError[] = [];
  const pairs = await pairFactory();
  // the neighbour: a pair of its own
  const np = await pairs.pair();
  const nChild = new IpcChannel(np.b, { name: 'gateway', onError: (e) => reported.push(e) });
  childHandlers(nChild);
  const nRoot = new IpcChannel(np.a, { name: 'root' });
  let receiver: IpcChannel | undefined;
  const rule = (kind: BodyCase | undefined): ReplyRule => (kind !== undefined && ANSWERED.has(kind) ? 'body' : kind !== undefined && SILENT.has(kind) ? 'none' : 'errorIfAddressed');
  return {
    boundary: 'ipc',
    self: 'gateway',
    rule,
    flood: { requests: Math.ceil((2 * PIPE_MAX_QUEUED_BYTES + KERNEL_SOCKET_BUFFER_BYTES) / FLOOD_REPLY_BYTES), bytes: FLOOD_REPLY_BYTES },
    async open() {
      const p = await pairs.pair();
      // a pair is freed as soon as the offender's end closes
      p.a.once('close', () => p.b.destroy());
      receiver = new IpcChannel(p.b, { name: 'gateway', onError: (e) => reported.push(e), highWaterBytes: PIPE_HIGH_WATER_BYTES, maxQueuedBytes: PIPE_MAX_QUEUED_BYTES });
      childHandlers(receiver);
      return { socket: p.a };
    },
    async neighbourRound(i) {
      const r = await nRoot.request('gateway', { ping: { payload: `n${i}` } }, CASE_TIMEOUT_MS);
      if (r.pong?.payload !== `pong ${`n${i}`.length}`) throw new Error(`the neighbour's ping was answered ${r.body}`);
    },
    drainReported: () => reported.splice(0),
    check() {
      const problems: string[] = [];
      if (nChild.closed || nRoot.closed) problems.push('the neighbour channel closed');
      if (receiver !== undefined && receiver.pendingCount !== 0) problems.push(`the receiver holds ${receiver.pendingCount} pending requests of its own`);
      return problems;
    },
    async close() {
      np.a.destroy();
      np.b.destroy();
      pairs.close();
    },
  };
}

/** Name the offender says hello as (a peer process of the node). */
const OFFENDER_NAME = 'peer:7';

export async function siblingTarget(): Promise<IpcTarget & Closable & { listener: Siblings }> {
  const dir = mkdtempSync(join(tmpdir(), 'macula-fuzz-sib-'));
  const token = 'fuzz-node-token-0123456789abcdef';
  const reported: MaculaError[] = [];
  const listener = new Siblings({ name: 'routing', dir, token, onError: (e) => reported.push(e) });
  listener.handle('ping', pong);
  listener.handle('describeRequest', describe);
  await listener.listen();
  const neighbour = new Siblings({ name: 'gateway', dir, token, onError: (e) => reported.push(e) });
  neighbour.up('routing', listener.path);
  const rule = (kind: BodyCase | undefined): ReplyRule => (kind === 'ping' || kind === 'describeRequest' ? 'body' : 'errorIfAddressed');
  return {
    boundary: 'siblings',
    self: 'routing',
    rule,
    // a sibling channel's queue bound is IpcChannel's default (MAX_QUEUED_BYTES)
    flood: { requests: Math.ceil((1.5 * MAX_QUEUED_BYTES + KERNEL_SOCKET_BUFFER_BYTES) / (1024 * 1024)), bytes: 1024 * 1024 },
    listener,
    async open(hello) {
      const socket = connect(listener.path);
      await new Promise<void>((resolve, reject) => {
        socket.once('connect', () => resolve());
        socket.once('error', reject);
      });
      if (!hello) return { socket, sibling: { token, tokenIsValid: true } };
      // the hello, alone, answered before the case starts
      const seq = 0xfc00_0001;
      const bytes = macula.ipc.Envelope.encode({ from: OFFENDER_NAME, to: 'routing', seq, siblingHello: { token } }).finish();
      socket.write(prefixed(bytes.length, bytes));
      await new Promise<void>((resolve, reject) => {
        const t = setTimeout(() => reject(new Error('no answer to a valid hello')), CASE_TIMEOUT_MS);
        socket.once('data', () => {
          clearTimeout(t);
          resolve();
        });
      });
      return { socket, sibling: { token, tokenIsValid: true, peerName: OFFENDER_NAME } };
    },
    async neighbourRound(i) {
      const r = await neighbour.request('routing', { ping: { payload: `n${i}` } }, CASE_TIMEOUT_MS);
      if (r.pong?.payload !== `pong ${`n${i}`.length}`) throw new Error(`the neighbour's request was answered ${r.body}`);
    },
    drainReported: () => reported.splice(0),
    check() {
      // the listener's inbound channels are bounded (MAX_SIBLING_CHANNELS); here: the neighbour's and ours
      return listener.inboundCount > 8 ? [`the listener holds ${listener.inboundCount} inbound channels`] : [];
    },
    async close() {
      neighbour.close();
      listener.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
