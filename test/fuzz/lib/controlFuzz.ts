/**
 * The control socket, fuzzed: generated cases (controlArbitraries.ts) written raw on a connection
 * to a real ControlServer — in this process with a root-like dispatch table, or a real node's
 * root — while a healthy client (the CLI's own controlRequest) asks for status throughout.
 *
 * The server's rules (lib/cluster/ControlServer.ts), as the model: every frame gets exactly one
 * Response — with the request's seq, or seq 0 for bytes that are not a Request; an unknown body
 * is `unknown_message_type`, a handler's failure its typed error. A length over the limit is
 * answered (seq 0) and what follows it can no longer be framed: the case ends there.
 *
 * Properties checked after every case: every frame was answered once, by seq, within bound (the
 * probe too); every answer decodes and every error in one is typed; the server closed nothing it
 * had no reason to; nothing escaped in this process; the healthy client was answered throughout;
 * `check()` (a real root: its pid and its tree) finds nothing wrong.
 */
import { connect, type Socket } from 'node:net';
import fc from 'fast-check';
import { controlRequest } from '../../../lib/cluster/ControlClient.js';
import { macula } from '../../../lib/gen/control.js';
import { CASE_TIMEOUT_MS, Tally, WARMUP_CASES, memoryNow, memoryReport, sleep, within, wireErrorCode, type MemoryReport, type MemorySample } from './common.js';
import { ControlView } from './controlModel.js';
import { CONTROL_LIMIT, requestCodec, requestKind, type ControlAction, type ControlCase } from './controlArbitraries.js';
import { chunkBytes, chunkLabel, prefixed } from './framing.js';
import { SocketOffender } from './socketOffender.js';

type Response = macula.control.Response;

export interface ControlFuzzOptions {
  path: string;
  numRuns: number;
  seed: number;
  caseArb: fc.Arbitrary<ControlCase>;
  replay?: string;
  endOnFailure?: boolean;
  /** The target's own view after each case (a real root: same pid, same tree). */
  check?: () => Promise<string[]> | string[];
  /** Pause between the healthy client's requests. @default 10 */
  neighbourIntervalMs?: number;
  /** The probe after each case: a status request, or a request with no body (cheap for a real root: no IPC). @default 'status' */
  probe?: 'status' | 'empty';
}

export interface ControlFuzzReport {
  tally: Tally;
  memory: MemoryReport;
  neighbourRequests: number;
  durationMs: number;
}

const PROBE_SEQ_BASE = 0xfb00_0000;
const BACKLOG_SEQ_BASE = 0xfa00_0000;

export async function runControlFuzz(o: ControlFuzzOptions): Promise<ControlFuzzReport> {
  const started = performance.now();
  const tally = new Tally('control');
  const escaped: string[] = [];
  const onRejection = (e: unknown): void => void escaped.push(`unhandled rejection: ${(e as Error)?.message ?? String(e)}`);
  const onException = (e: unknown): void => void escaped.push(`uncaught exception: ${(e as Error)?.message ?? String(e)}`);
  process.on('unhandledRejection', onRejection);
  process.on('uncaughtException', onException);
  let current: { off: SocketOffender<Response>; view: ControlView } | undefined;
  let probeSeq = PROBE_SEQ_BASE;
  let backlogSeq = BACKLOG_SEQ_BASE;
  let runs = 0;
  let before: MemorySample | undefined;

  const neighbourFailures: string[] = [];
  let neighbourRequests = 0;
  let stop = false;
  const neighbour = (async () => {
    while (!stop) {
      await controlRequest(o.path, { status: {} }, CASE_TIMEOUT_MS).then(
        (r) => {
          if (r.status == null) neighbourFailures.push(`the healthy status request was answered ${r.body}`);
          else neighbourRequests++;
        },
        (e: Error) => void neighbourFailures.push(`the healthy status request failed: ${e.message}`),
      );
      await sleep(o.neighbourIntervalMs ?? 10);
    }
  })();

  const open = async (): Promise<{ off: SocketOffender<Response>; view: ControlView }> => {
    const socket: Socket = connect(o.path);
    await new Promise<void>((resolve, reject) => {
      socket.once('connect', () => resolve());
      socket.once('error', reject);
    });
    const view = new ControlView(CONTROL_LIMIT);
    const off = new SocketOffender<Response>(socket, (f) => macula.control.Response.decode(f), (r) => {
      if (r.body === 'error') {
        try {
          tally.code(wireErrorCode(r.error, 'a control error answer'));
        } catch (err) {
          off.violations.push((err as Error).message);
        }
      }
      if (!view.answered(r.seq)) off.violations.push(`an answer with seq ${r.seq}, which no request of ours is owed`);
    });
    return { off, view };
  };

  const send = async (cur: { off: SocketOffender<Response>; view: ControlView }, bytes: Uint8Array, cuts: number[] = []): Promise<void> => {
    cur.view.feed(bytes);
    await cur.off.send(bytes, cuts);
  };
  const request = (r: macula.control.Request.$Properties): Uint8Array => {
    const b = requestCodec.encode(r);
    return prefixed(b.length, b);
  };

  const perform = async (cur: { off: SocketOffender<Response>; view: ControlView }, a: ControlAction): Promise<void> => {
    switch (a.a) {
      case 'send':
        return send(cur, Buffer.concat(a.chunks.map((ch) => (tally.input(chunkLabel(ch, requestKind)), chunkBytes(ch, requestCodec, CONTROL_LIMIT)))), a.cuts);
      case 'backlog': {
        tally.input('backlog-without-reading');
        cur.off.socket.pause();
        await send(cur, Buffer.concat(Array.from({ length: a.requests }, () => request({ seq: backlogSeq++ >>> 0, status: {} }))));
        await sleep(20);
        cur.off.socket.resume();
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

  /** Every answer owed arrives (async handlers may answer out of order), within bound. */
  const owedAnswered = async (cur: { off: SocketOffender<Response>; view: ControlView }): Promise<void> => {
    const deadline = Date.now() + CASE_TIMEOUT_MS;
    while (cur.view.owedCount > 0 && !cur.off.closed) {
      if (Date.now() > deadline) throw new Error(`hang: answers owed never came: seqs ${cur.view.owedSeqs().slice(0, 8).join(', ')}`);
      await sleep(2);
    }
  };

  const finish = async (cur: { off: SocketOffender<Response>; view: ControlView }): Promise<string> => {
    const { off, view } = cur;
    if (view.ended) {
      await off.waitClosed();
      return 'client-ended';
    }
    if (off.closed) throw new Error('the server closed a control connection it had no reason to close');
    if (view.framing.tooLarge) {
      // answered with seq 0, then the stream cannot be framed any more: leave it
      await owedAnswered(cur);
      off.destroy();
      return 'framing-error-answered';
    }
    if (view.framing.partial) {
      off.destroy();
      return 'stalled-then-closed';
    }
    const seq = probeSeq++ >>> 0;
    await send(cur, request(o.probe === 'empty' ? { seq } : { seq, status: {} }));
    const r = await off.waitFor((m) => m.seq === seq, CASE_TIMEOUT_MS, `an answer to the probe (seq ${seq})`);
    if (r === 'closed') throw new Error('the server closed the connection instead of answering the probe');
    await owedAnswered(cur);
    return 'answered';
  };

  const runCase = async (c: ControlCase): Promise<void> => {
    runs++;
    if (before === undefined && runs >= WARMUP_CASES) before = memoryNow();
    const usable = current !== undefined && !current.off.closed && !current.view.ended && !current.view.framing.tooLarge && !current.view.framing.partial;
    if (c.start !== 'connection' || !usable) {
      current?.off.destroy();
      current = undefined;
    }
    const cur = (current ??= await open());
    for (const a of c.actions) {
      if (cur.off.closed || cur.view.ended || cur.view.framing.tooLarge) break;
      await perform(cur, a);
    }
    tally.outcome(await finish(cur));
    const problems = [...cur.off.violations.splice(0), ...escaped.splice(0), ...neighbourFailures.splice(0), ...((await o.check?.()) ?? [])];
    if (problems.length > 0) throw new Error(problems.join('; '));
  };

  try {
    before ??= o.numRuns < WARMUP_CASES ? memoryNow() : undefined;
    await fc.assert(fc.asyncProperty(o.caseArb, (c) => within(runCase(c), 3 * CASE_TIMEOUT_MS, 'a control case')), {
      numRuns: o.numRuns,
      seed: o.seed,
      path: o.replay,
      endOnFailure: o.endOnFailure,
    });
    current?.off.destroy();
    current = undefined;
    stop = true;
    await neighbour;
    for (let i = 0; i < 4; i++) {
      const r = await controlRequest(o.path, { status: {} }, CASE_TIMEOUT_MS);
      if (r.status == null) throw new Error('the healthy status request after the run was not answered with a status');
    }
    const late = [...escaped, ...neighbourFailures];
    if (late.length > 0) throw new Error(late.join('; '));
    const after = memoryNow();
    return { tally, memory: memoryReport(before ?? after, after), neighbourRequests, durationMs: Math.round(performance.now() - started) };
  } finally {
    stop = true;
    current?.off.destroy();
    await neighbour.catch(() => undefined);
    process.off('unhandledRejection', onRejection);
    process.off('uncaughtException', onException);
  }
}
