/**
 * The QUIC stream boundary, fuzzed: fast-check generates cases (quicCaseArb), each run by an
 * Offender on a raw session stream to a real gateway while a healthy Neighbour works beside it.
 * Cases share a connection while the gateway keeps it (a session is reused; a connection the
 * gateway rightly closed or reset is replaced), so thousands of cases run in seconds.
 *
 * Properties checked after every case:
 * - the case ends within its bound: the probe after it (Ping → Pong, or Connect → Connected
 *   before a session) is answered, or the gateway closes as the model says it must;
 * - the gateway closes or resets the offender's stream only when the model allows it (a refused
 *   handshake, a Goodbye, a bad length prefix, a stream ending inside a frame, a reset or close
 *   of ours, a node-link conflict) or as a slow consumer;
 * - every error the offender receives (error frames, stream resets, connection close) is typed:
 *   a known code, not `internal`; answers carry only correlation ids the offender sent, and
 *   every request the gateway read is answered before the offender leaves;
 * - the neighbour's session stays open and every one of its requests is answered in bound;
 * - `check()` (the target's own view: in-process, the broker's tables and supervisor reports;
 *   for an OS process, its pid) finds nothing wrong.
 */
import fc from 'fast-check';
import { HANDSHAKE_TIMEOUT_MS } from '../../../lib/broker/constants.js';
import { generateIdentity } from '../../../lib/identity/index.js';
import { PROTOCOL_VERSION, frameCase, type Frame } from '../../../lib/protocol/index.js';
import { openEndpoint, type QuicEndpoint } from '../../../lib/transport/index.js';
import { CASE_TIMEOUT_MS, Tally, WARMUP_CASES, isTypedCode, memoryNow, memoryReport, sleep, within, type MemoryReport, type MemorySample } from './common.js';
import { chunkBytes, chunkLabel, type ModelContext, type ViewState } from './quicModel.js';
import { Neighbour } from './quicNeighbour.js';
import { Offender } from './quicOffender.js';
import { OFFENDER_PROCEDURES, PH, quicCaseArb, type Action, type QuicCase } from './wireArbitraries.js';

export interface QuicTarget {
  url: string;
  gatewayNodeId: string;
  realms: readonly string[];
  maxFrameBytes: number;
  /** A call to a provider that never answers is answered within this (attempts × attempt timeout + margin). */
  callBoundMs: number;
  /** The neighbour's bound for the built-in echo call (see NeighbourOptions.echoBoundMs). */
  echoBoundMs?: number;
  /** The target's own view after each case: problems found (empty when all is well). */
  check?: (neighbourSessionId: string) => string[] | Promise<string[]>;
}

export interface QuicFuzzOptions extends QuicTarget {
  /** Cases to run (in batches of `lanes`). */
  numRuns: number;
  /** Offender connections running cases side by side (one case each per batch). @default QUIC_LANES */
  lanes?: number;
  seed: number;
  /** Replay one counterexample (fast-check path, with its seed). */
  path?: string;
  /** Skip shrinking (the CLI: report the first failure at once). */
  endOnFailure?: boolean;
}

export interface QuicFuzzReport {
  tally: Tally;
  /** This process (with an in-process gateway: the gateway's memory too). */
  memory: MemoryReport;
  neighbour: Record<string, number>;
  durationMs: number;
}

/** Offenders side by side: the gateway serves several connections per event-loop pass, so the run is CPU-bound rather than round-trip-bound. */
export const QUIC_LANES = 3;
const PROBE_SEQ_BASE = 0x5eed_0000;
/** The handshake timer may fire a little early (timer granularity). */
const HANDSHAKE_TIMEOUT_SLACK_MS = 50;
const SETUP_CORRELATION_BASE = 0xffff_ff00;

function describe(f: Frame): string {
  return f.error != null ? `${f.error.codeName}: ${f.error.message}` : (frameCase(f) ?? 'an empty frame');
}

export async function runQuicFuzz(o: QuicFuzzOptions): Promise<QuicFuzzReport> {
  const started = performance.now();
  const tally = new Tally('quic');
  const onCode = (c: string): void => tally.code(c);
  const offEp: QuicEndpoint = await openEndpoint({ tls: generateIdentity({ keyBits: 1024 }) });
  const nbEp: QuicEndpoint = await openEndpoint({ tls: generateIdentity({ keyBits: 1024 }) });
  const ctx: ModelContext = {
    maxFrameBytes: o.maxFrameBytes,
    realms: o.realms,
    ids: { [PH.offender]: offEp.nodeId, [PH.healthy]: nbEp.nodeId, [PH.gateway]: o.gatewayNodeId },
    offenderNodeId: offEp.nodeId,
  };
  const nbOptions = { offenderCallBoundMs: o.callBoundMs, echoBoundMs: o.echoBoundMs };
  let nb = await Neighbour.connect(nbEp, o.url, nbOptions);
  nb.start();
  /** Each lane's offender connection (kept across cases while the gateway keeps it). */
  const lanes: Array<{ current: Offender | undefined }> = Array.from({ length: o.lanes ?? QUIC_LANES }, () => ({ current: undefined }));
  let probeSeq = PROBE_SEQ_BASE;
  let runs = 0;
  let before: MemorySample | undefined;

  /** A failed case leaves the neighbour broken; the next run (a shrink) starts with a fresh one. */
  const ensureNeighbour = async (): Promise<void> => {
    if (!nb.isClosed && nb.failures.length === 0) return;
    await nb.close().catch(() => undefined);
    nb = await Neighbour.connect(nbEp, o.url, nbOptions);
    nb.start();
  };

  const openSession = async (): Promise<Offender> => {
    const off = await Offender.open(offEp, o.url, ctx, onCode);
    await off.sendFrame({ connect: { protocolVersion: PROTOCOL_VERSION, clientName: 'fuzz-offender' } });
    const a = await off.waitFor((f) => f.connected != null || f.error != null, CASE_TIMEOUT_MS, 'Connected');
    if (a === 'closed' || a.connected == null) throw new Error(`a valid Connect was not admitted: ${a === 'closed' ? 'closed' : describe(a)}`);
    await Promise.all(OFFENDER_PROCEDURES.map((procedure, i) => off.sendFrame({ advertise: { correlationId: SETUP_CORRELATION_BASE + i, procedure } })));
    for (const i of OFFENDER_PROCEDURES.keys()) {
      const correlationId = SETUP_CORRELATION_BASE + i;
      const r = await off.waitFor((f) => (f.advertised ?? f.error)?.correlationId === correlationId, CASE_TIMEOUT_MS, 'Advertised');
      if (r === 'closed' || r.advertised == null) throw new Error(`the offender's own advertise failed: ${r === 'closed' ? 'closed' : describe(r)}`);
    }
    return off;
  };

  /**
   * Connections left while the gateway still owed them answers (calls to a provider that does not
   * answer take up to callBoundMs): kept open, off the critical path, until every answer arrived;
   * one still owed an answer past its deadline is a violation.
   */
  const draining = new Map<Offender, number>();
  const drainCheck = (final = false): string[] => {
    const problems: string[] = [];
    for (const [off, deadline] of draining) {
      const v = off.view;
      if (off.gone || v.outstanding.size === 0) {
        draining.delete(off);
        void off.close().catch(() => undefined);
      } else if (Date.now() > deadline || final) {
        draining.delete(off);
        problems.push(`requests the gateway read were never answered within ${o.callBoundMs} ms: correlation ids ${[...v.outstanding.keys()].slice(0, 8).join(', ')}`);
        void off.close().catch(() => undefined);
      }
    }
    return problems;
  };

  /** Leave the lane's connection: at once, or through `draining` while answers are owed. */
  const retire = async (lane: { current: Offender | undefined }): Promise<void> => {
    const off = lane.current;
    lane.current = undefined;
    if (off === undefined) return;
    const v = off.view;
    if (!off.gone && !v.over && !v.partial && v.state === 'session' && v.outstanding.size > 0) {
      draining.set(off, Date.now() + o.callBoundMs);
      return;
    }
    await off.close().catch(() => undefined);
  };

  const perform = async (off: Offender, a: Action): Promise<void> => {
    switch (a.a) {
      case 'send': {
        const parts = a.chunks.map((ch) => {
          tally.input(chunkLabel(ch));
          return chunkBytes(ch, ctx);
        });
        await off.send(Buffer.concat(parts), a.cuts);
        return;
      }
      case 'fin':
        tally.input('fin');
        return off.fin();
      case 'resetStream':
        // a stream that never carried a byte does not exist for either side: nothing to reset
        if (off.sessionBytes === 0) return;
        tally.input('stream-reset');
        return off.resetStream(a.code);
      case 'closeConnection':
        tally.input('connection-close');
        return off.close(a.code, a.reason);
      case 'extraStreams':
        // before anything on the session stream, an extra stream would become the session stream
        if (off.sessionBytes === 0) return;
        tally.input('extra-streams');
        await off.extraStreams(a.count, chunkBytes(a.chunk, ctx));
        return;
    }
  };

  /** How the gateway closed (or that it did not), checking every error it gave is typed. */
  const closedOutcome = (off: Offender, prefix = 'closed'): string => {
    const codes = off.errors.map((e) => e.code);
    for (const code of codes) {
      if (!isTypedCode(code) || (code === 'transport_error' && !off.view.ended)) throw new Error(`the offender got an untyped error: ${code} (${off.errors.map((e) => e.message).join('; ')})`);
      tally.code(code);
    }
    const how = off.connError?.code ?? (off.sessionError !== undefined ? `reset-${off.sessionError.code}` : 'graceful');
    return `${prefix}:${how}`;
  };

  /** The gateway closed: allowed only when the model says it may (or the offender fell behind). */
  const closedBecause = (off: Offender): string => {
    const outcome = closedOutcome(off);
    // a connection that sent no Connect in time is closed by the gateway (HANDSHAKE_TIMEOUT_MS): rightly
    if (off.view.state === 'pre' && off.connError?.code === 'timeout' && Date.now() - off.openedAt >= HANDSHAKE_TIMEOUT_MS - HANDSHAKE_TIMEOUT_SLACK_MS) return 'closed:handshake-timeout';
    if (!off.view.mayClose && !off.errors.some((e) => e.code === 'slow_consumer')) {
      throw new Error(`the gateway closed a session it had no reason to close (view ${off.view.state}; errors: ${off.errors.map((e) => `${e.code}: ${e.message}`).join('; ') || 'none'})`);
    }
    return outcome;
  };

  /** End of a case: the probe, or the close/reset the model expects. Returns the outcome kind. */
  const finish = async (off: Offender, c: QuicCase): Promise<string> => {
    const v = off.view;
    if (v.ended) {
      await off.waitGone();
      return closedOutcome(off, 'client-ended');
    }
    if (off.gone) return closedBecause(off);
    if (v.tooLarge || v.state === 'refused' || v.state === 'closing') {
      await off.waitGone();
      return closedOutcome(off);
    }
    if (v.partial && !v.finSent) {
      if (c.onStall === 'close') {
        await off.close();
        return 'stalled-then-closed';
      }
      await off.fin();
      await off.waitGone();
      return closedOutcome(off, 'stalled-then-fin');
    }
    if (v.finSent) {
      if (v.mustClose) {
        await off.waitGone();
        return closedOutcome(off, 'fin-mid-frame');
      }
      await off.close();
      return 'half-closed';
    }
    if (v.state === 'pre') {
      await off.sendFrame({ connect: { protocolVersion: PROTOCOL_VERSION, clientName: 'fuzz-probe' } });
      if ((v.state as ViewState) !== 'session') {
        await off.waitGone();
        return closedOutcome(off);
      }
      const a = await off.waitFor((f) => f.connected != null, CASE_TIMEOUT_MS, 'Connected to the probe');
      return a === 'closed' ? closedBecause(off) : 'answered';
    }
    const seq = probeSeq++ >>> 0;
    await off.sendFrame({ ping: { seq } });
    const a = await off.waitFor((f) => f.pong?.seq === seq, CASE_TIMEOUT_MS, 'Pong to the probe');
    if (a === 'closed') return closedBecause(off);
    if (v.state === 'linkMaybe') v.state = 'link';
    return v.state === 'link' ? 'answered-as-link' : 'answered';
  };

  const runCase = async (c: QuicCase, lane: { current: Offender | undefined }): Promise<void> => {
    const cur = lane.current;
    const usable = cur !== undefined && !cur.gone && !cur.view.over && !cur.view.partial && cur.view.state !== 'pre';
    if (c.start !== 'session' || !usable) await retire(lane);
    const off = (lane.current ??= c.start === 'preConnect' ? await Offender.open(offEp, o.url, ctx, onCode) : await openSession());
    off.responder = c.responder;
    for (const a of c.actions) {
      if (off.gone || off.view.over) break;
      await perform(off, a);
    }
    tally.outcome(await finish(off, c));
    const problems = off.violations.splice(0);
    if (problems.length > 0) throw new Error(problems.join('; '));
  };

  /** One batch: a case per lane, side by side; then the neighbour and the target are checked. */
  const runBatch = async (cases: QuicCase[]): Promise<void> => {
    runs += cases.length;
    if (before === undefined && runs >= WARMUP_CASES) before = memoryNow();
    await ensureNeighbour();
    await Promise.all(cases.map((c, i) => runCase(c, lanes[i]!)));
    const problems = [...drainCheck(), ...nb.failures, ...((await o.check?.(nb.sessionId)) ?? [])];
    if (nb.isClosed && nb.failures.length === 0) problems.push('the healthy neighbour was disconnected');
    if (problems.length > 0) throw new Error(problems.join('; '));
  };

  const caseBoundMs = 3 * CASE_TIMEOUT_MS + o.callBoundMs;
  const width = lanes.length;
  try {
    before ??= o.numRuns < WARMUP_CASES ? memoryNow() : undefined;
    await fc.assert(
      fc.asyncProperty(fc.array(quicCaseArb, { minLength: width, maxLength: width }), (cases) => within(runBatch(cases), caseBoundMs, 'a batch of QUIC cases')),
      { numRuns: Math.ceil(o.numRuns / width), seed: o.seed, path: o.path, endOnFailure: o.endOnFailure },
    );
    for (const lane of lanes) await retire(lane);
    const drainDeadline = Date.now() + o.callBoundMs + CASE_TIMEOUT_MS;
    while (draining.size > 0 && Date.now() < drainDeadline) {
      const problems = drainCheck();
      if (problems.length > 0) throw new Error(problems.join('; '));
      await sleep(10);
    }
    const late = drainCheck(true);
    if (late.length > 0) throw new Error(late.join('; '));
    // and after: the neighbour's requests are still answered once the offender is gone
    await nb.stop();
    for (let i = 0; i < 8; i++) await nb.round(i);
    if (nb.failures.length > 0 || nb.isClosed) throw new Error(`the healthy neighbour after the run: ${nb.failures.join('; ') || 'closed'}`);
    const after = memoryNow();
    return { tally, memory: memoryReport(before ?? after, after), neighbour: { ...nb.latencies.toJSON(), echoAnsweredByAnotherProvider: nb.hijacked }, durationMs: Math.round(performance.now() - started) };
  } finally {
    for (const lane of lanes) await lane.current?.close().catch(() => undefined);
    for (const off of draining.keys()) await off.close().catch(() => undefined);
    await nb.close().catch(() => undefined);
    await offEp.close({ force: true });
    await nbEp.close({ force: true });
  }
}
