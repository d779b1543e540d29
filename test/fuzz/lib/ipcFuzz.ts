/**
 * The IPC boundaries, fuzzed: generated cases (ipcArbitraries.ts) written raw on a unix socket to
 * a real receiver — an IpcChannel over a socket pair (the fd-3 pipe's framing and dispatch), or a
 * real Siblings listener (lib/ipc/Siblings, before and after the hello) — while a healthy
 * neighbour channel beside it makes requests throughout.
 *
 * Properties checked after every case: it ends in bound (the probe request after it is answered,
 * or the receiver closes the channel as the model says it must: a framing error, a refused
 * hello); the receiver closes only then; every reply decodes, comes from the receiver, answers a
 * seq we sent, and every reply owed arrived before the probe's; every error (reply bodies and
 * what the receiver reports to onError) is typed; nothing in this process escaped as an uncaught
 * exception or unhandled rejection; the neighbour's requests are answered in bound; `check()`
 * (the target's own view) finds nothing wrong.
 */
import type { Socket } from 'node:net';
import fc from 'fast-check';
import type { MaculaError } from '../../../lib/errors/index.js';
import { macula } from '../../../lib/gen/ipc.js';
import { SIBLING_HELLO_TIMEOUT_MS } from '../../../lib/ipc/index.js';
import { CASE_TIMEOUT_MS, Tally, WARMUP_CASES, isTypedCode, memoryNow, memoryReport, within, wireErrorCode, type MemoryReport, type MemorySample } from './common.js';
import { chunkBytes, chunkLabel, prefixed } from './framing.js';
import { IPC_LIMIT, IPC_PH, envelopeCodec, envelopeKind, type EnvelopeInit, type IpcAction, type IpcCase } from './ipcArbitraries.js';
import { IpcView, type IpcModelOptions } from './ipcModel.js';
import { SocketOffender } from './socketOffender.js';

type Envelope = macula.ipc.Envelope;

export interface IpcConnection {
  socket: Socket;
  /**
   * Sibling listener: the token the placeholder stands for, whether it is the listener's (false: the
   * node's own, unknown to us: every hello is refused), and the name a hello was accepted for.
   */
  sibling?: { token: string; tokenIsValid: boolean; peerName?: string };
}

/** The listener closes a connection that said no hello within SIBLING_HELLO_TIMEOUT_MS: rightly, past this (a little early: timers). */
const HELLO_TIMEOUT_SLACK_MS = 50;

export interface IpcTarget {
  /** Boundary name for the tally. */
  boundary: string;
  /** The receiver's process name. */
  self: string;
  rule: IpcModelOptions['rule'];
  /** A new connection to a receiver (for a sibling listener, `hello` says whether to say a valid hello first). */
  open(hello: boolean): Promise<IpcConnection>;
  /** One request of the healthy neighbour: throws when it is not answered right. */
  neighbourRound(i: number): Promise<void>;
  /** Errors the receivers reported (onError) since the last call. */
  drainReported(): MaculaError[];
  /** The target's own view after each case: problems found. */
  check?: () => string[];
  /** A flood: this many pings, each asking for a reply of `bytes` (together over the receiver's queue bound). */
  flood: { requests: number; bytes: number };
  /** Pause between the neighbour's requests. @default NEIGHBOUR_INTERVAL_MS */
  neighbourIntervalMs?: number;
}

export interface IpcFuzzOptions {
  numRuns: number;
  seed: number;
  path?: string;
  endOnFailure?: boolean;
  caseArb: fc.Arbitrary<IpcCase>;
}

export interface IpcFuzzReport {
  tally: Tally;
  memory: MemoryReport;
  neighbourRequests: number;
  durationMs: number;
}

const PROBE_SEQ_BASE = 0xfe00_0000;
const FLOOD_SEQ_BASE = 0xfd00_0000;
/** After a flood, the receiver has drained what it queued once nothing arrived for this long. */
const FLOOD_QUIET_MS = 30;
/** Pause between the neighbour's requests. */
const NEIGHBOUR_INTERVAL_MS = 5;

export async function runIpcFuzz(target: IpcTarget, o: IpcFuzzOptions): Promise<IpcFuzzReport> {
  const started = performance.now();
  const tally = new Tally(target.boundary);
  const escaped: string[] = [];
  const onRejection = (e: unknown): void => void escaped.push(`unhandled rejection: ${(e as Error)?.message ?? String(e)}`);
  const onException = (e: unknown): void => void escaped.push(`uncaught exception: ${(e as Error)?.message ?? String(e)}`);
  process.on('unhandledRejection', onRejection);
  process.on('uncaughtException', onException);
  const ph: Record<string, string> = { [IPC_PH.self]: target.self };
  let current: { off: SocketOffender<Envelope>; view: IpcView } | undefined;
  /** Sibling connections that said no hello: when the listener may close them. */
  const helloDeadline = new WeakMap<IpcView, number>();
  /** What the receivers reported during the current case. */
  const reported: MaculaError[] = [];
  let probeSeq = PROBE_SEQ_BASE;
  let floodSeq = FLOOD_SEQ_BASE;
  let runs = 0;
  let before: MemorySample | undefined;

  // the healthy neighbour, throughout
  const neighbourFailures: string[] = [];
  let neighbourRequests = 0;
  let stopNeighbour = false;
  const neighbour = (async () => {
    for (let i = 1; !stopNeighbour; i++) {
      await within(target.neighbourRound(i), CASE_TIMEOUT_MS, 'a healthy neighbour request').then(
        () => void neighbourRequests++,
        (e: Error) => void neighbourFailures.push(`healthy neighbour: ${e.message}`),
      );
      await new Promise((r) => setTimeout(r, target.neighbourIntervalMs ?? NEIGHBOUR_INTERVAL_MS));
    }
  })();

  const open = async (hello: boolean): Promise<{ off: SocketOffender<Envelope>; view: IpcView }> => {
    const conn = await target.open(hello);
    if (conn.sibling !== undefined) ph[IPC_PH.token] = conn.sibling.token;
    const sib = conn.sibling;
    const view = new IpcView({ self: target.self, limit: IPC_LIMIT, rule: target.rule, sibling: sib && { token: sib.tokenIsValid ? sib.token : undefined, peerName: sib.peerName } });
    if (conn.sibling !== undefined && conn.sibling.peerName === undefined) helloDeadline.set(view, Date.now() + SIBLING_HELLO_TIMEOUT_MS - HELLO_TIMEOUT_SLACK_MS);
    const off = new SocketOffender<Envelope>(conn.socket, (f) => macula.ipc.Envelope.decode(f), (e) => {
      if (e.from !== target.self) off.violations.push(`a reply came from ${JSON.stringify(e.from)}, not ${target.self}`);
      if (e.body === 'error') {
        try {
          tally.code(wireErrorCode(e.error, 'an IPC error reply'));
        } catch (err) {
          off.violations.push((err as Error).message);
        }
      }
      if (!view.answered(e.replyTo)) off.violations.push(`a reply to seq ${e.replyTo}, which no envelope of ours carried`);
    });
    return { off, view };
  };

  const codec = envelopeCodec(ph);
  const send = async (cur: { off: SocketOffender<Envelope>; view: IpcView }, bytes: Uint8Array, cuts: number[] = []): Promise<void> => {
    cur.view.feed(bytes);
    await cur.off.send(bytes, cuts);
  };
  const envelope = (cur: { view: IpcView }, e: EnvelopeInit): Uint8Array => prefixed(codec.encode(e).length, codec.encode(e));

  const perform = async (cur: { off: SocketOffender<Envelope>; view: IpcView }, a: IpcAction): Promise<void> => {
    switch (a.a) {
      case 'send': {
        const parts = a.chunks.map((ch) => {
          tally.input(chunkLabel(ch, envelopeKind));
          return chunkBytes(ch, codec, IPC_LIMIT);
        });
        return send(cur, Buffer.concat(parts), a.cuts);
      }
      case 'flood': {
        tally.input('flood-without-reading');
        cur.off.socket.pause();
        const payload = 'x'.repeat(target.flood.bytes);
        for (let i = 0; i < target.flood.requests && !cur.off.closed; i++) {
          await send(cur, envelope(cur, { from: cur.view.peerName ?? 'root', to: target.self, seq: floodSeq++ >>> 0, ping: { payload, relayTo: 'echo' } }));
          await new Promise((r) => setImmediate(r));
        }
        await new Promise((r) => setTimeout(r, 20));
        // the receiver may have refused to queue some replies (slow_consumer): they are not owed
        cur.view.forgive();
        cur.off.socket.resume();
        // read what the receiver queued before the case goes on (else its next replies are refused too)
        await new Promise((r) => setTimeout(r, FLOOD_QUIET_MS));
        await cur.off.waitQuiet(FLOOD_QUIET_MS);
        return;
      }
      case 'end':
        tally.input('end');
        cur.view.ended = true;
        cur.off.socket.end();
        return;
      case 'destroy':
        tally.input('destroy');
        cur.view.ended = true;
        cur.off.destroy();
        return;
    }
  };

  /** The listener rightly closed a connection that never said hello, its hello time being up. */
  const helloTimedOut = (view: IpcView): boolean => view.peerName === undefined && Date.now() >= (helloDeadline.get(view) ?? Infinity);

  const finish = async (cur: { off: SocketOffender<Envelope>; view: IpcView }): Promise<string> => {
    const { off, view } = cur;
    if (view.ended) {
      await off.waitClosed();
      return 'client-ended';
    }
    if (view.mustClose) {
      await off.waitClosed();
      return view.framing.tooLarge ? 'closed:framing-error' : 'closed:hello-refused';
    }
    if (off.closed) {
      if (helloTimedOut(view)) return 'closed:hello-timeout';
      throw new Error(`the receiver closed a channel it had no reason to close (uncertain ${view.uncertain})`);
    }
    if (view.framing.partial) {
      off.socket.end();
      view.ended = true;
      await off.waitClosed();
      return 'stalled-then-ended';
    }
    const seq = probeSeq++ >>> 0;
    await send(cur, envelope(cur, { from: view.peerName ?? 'root', to: target.self, seq, ping: { payload: 'probe' } }));
    const r = await off.waitFor((e) => e.replyTo === seq, CASE_TIMEOUT_MS, `a reply to the probe (seq ${seq})`);
    if (r === 'closed') {
      if (view.mustClose || view.uncertain) return 'closed';
      if (helloTimedOut(view)) return 'closed:hello-timeout';
      throw new Error('the receiver closed the channel instead of answering the probe');
    }
    reported.push(...target.drainReported());
    // a reply the receiver refused to queue (its other end, we, did not read: slow_consumer) is not owed
    if (reported.some((e) => e.code === 'slow_consumer')) view.forgive();
    if (!view.uncertain && view.owed.size > 0) {
      throw new Error(`replies owed never came before the probe's: seqs ${[...view.owed.keys()].slice(0, 8).join(', ')}`);
    }
    return r.body === 'error' ? `answered:${r.error?.codeName}` : 'answered';
  };

  const retire = (): void => {
    current?.off.destroy();
    current = undefined;
  };

  const runCase = async (c: IpcCase): Promise<void> => {
    runs++;
    if (before === undefined && runs >= WARMUP_CASES) before = memoryNow();
    const usable = current !== undefined && !current.off.closed && !current.view.over && !current.view.uncertain && !current.view.framing.partial && (c.start !== 'unauthenticated');
    if (c.start !== 'channel' || !usable) retire();
    const cur = (current ??= await open(c.start !== 'unauthenticated'));
    for (const a of c.actions) {
      if (cur.off.closed || cur.view.over) break;
      await perform(cur, a);
    }
    tally.outcome(await finish(cur));
    // a connection that never said hello is closed by its listener after SIBLING_HELLO_TIMEOUT_MS: one case each
    if (c.start === 'unauthenticated') retire();
    const problems = [...cur.off.violations.splice(0), ...escaped.splice(0), ...neighbourFailures.splice(0), ...(target.check?.() ?? [])];
    for (const e of [...reported.splice(0), ...target.drainReported()]) {
      if (!isTypedCode(e.code)) problems.push(`the receiver reported an untyped error: ${e.code}: ${e.message}`);
      else tally.code(`reported:${e.code}`);
    }
    if (problems.length > 0) throw new Error(problems.join('; '));
  };

  try {
    before ??= o.numRuns < WARMUP_CASES ? memoryNow() : undefined;
    await fc.assert(fc.asyncProperty(o.caseArb, (c) => within(runCase(c), 3 * CASE_TIMEOUT_MS, `an ${target.boundary} case`)), {
      numRuns: o.numRuns,
      seed: o.seed,
      path: o.path,
      endOnFailure: o.endOnFailure,
    });
    retire();
    stopNeighbour = true;
    await neighbour;
    // and after: the neighbour is still answered
    for (let i = 0; i < 8; i++) await within(target.neighbourRound(i), CASE_TIMEOUT_MS, 'a healthy neighbour request after the run');
    const late = [...escaped, ...neighbourFailures];
    if (late.length > 0) throw new Error(late.join('; '));
    const after = memoryNow();
    return { tally, memory: memoryReport(before ?? after, after), neighbourRequests, durationMs: Math.round(performance.now() - started) };
  } finally {
    stopNeighbour = true;
    retire();
    await neighbour.catch(() => undefined);
    process.off('unhandledRejection', onRejection);
    process.off('uncaughtException', onException);
  }
}
