/**
 * Messaging benchmark (issues 4.11 and 13, `npm run bench:messaging`): Macula side by side with
 * NATS in one run, same payloads, every publisher, subscriber, provider and caller in its own
 * process (dist/bench/fixtures/messagingWorker.js, plain node). NATS: nats-server (Debian package)
 * started here on a free port + the `nats` npm client. Macula: a real node (`macula-cluster up`,
 * QUIC port and gateway pid read from `status`) when its gateway serves clients, else the gateway
 * broker alone in a child process (dist/bench/fixtures/brokerProcess.js); the table says which.
 *   1→1 and 1→4 pub/sub, a wildcard subscription among 1,000 subjects, 1→1 paced at half of each
 *   system's own 1→1 maximum (latency under load), request/reply latency (20k sequential calls)
 *   and throughput (16 in flight over 2 provider processes). Every figure also says what a message
 *   cost each process (CPU µs, I/O system calls, datagrams: bench/lib/messaging/cost.ts).
 * Prints the tables and writes bench/results/messaging.json.
 * Then the permission checks (issue 10): 1→1 pub/sub and request/reply latency against the broker
 * process with no permissions section and with 100 rules that all apply, alternating rounds
 * (bench/lib/messaging/permissionsRun.ts).
 * Env: BENCH_QUICK=1 (short windows), MESSAGING_TARGET=broker|node (default: node if it serves,
 * else broker), MESSAGING_ONLY=p2p,fanout,wildcard,load,latency,throughput,permissions, MESSAGING_PROFILE=<dir>
 * (node --cpu-prof on the server and every worker, each scenario's window summarised by cause;
 * implies MESSAGING_TARGET=broker unless set: the node's processes are not profiled),
 * MESSAGING_SCALE=1 (also the scaling run, bench/lib/messaging/scale.ts, written to
 * bench/results/messaging-scale.json; MESSAGING_SCALE=only runs nothing else; MESSAGING_SCALE_CASES=64x1-128,…
 * runs only those points of it).
 *
 * FINDINGS OF EARLIER ROUNDS (issue 4; kept for the record, the current ones are above):
 *
 * What bounded Macula then (2-core VM, load average 3–6 from other work; node --cpu-prof on the
 * gateway broker process and the clients, /proc schedstat, quiche path stats, strace -c):
 *
 * Pub/sub (before the broker fix below: 1→1 0.10–0.23×, 1→4 0.07–0.15×, wildcard 0.16–0.40× NATS
 * over four runs, a defect; after it, one run: 1→1 0.22×, 1→4 0.25× (13 k → 40 k msg/s per
 * subscriber), wildcard 0.16×). Macula held ~45–55 k msg/s 1→1 (85 k after) whatever the load;
 * NATS moves 180–520 k.
 * The gateway's main thread is the bottleneck: 1→1 it runs 83–86 % of the window; 1→4 73–78 %
 * running plus 430–660 ms of 1.55 s waiting in the run queue (schedstat), i.e. always busy. The
 * publisher only ~20–30 %: it waits in `await publish()` for its stream to drain (40–200 stalls
 * per 1.5 s), subscribers 10–20 %. No losses: kernel UDP RcvbufErrors unchanged, quiche lost 0
 * (2–5 PTO retransmissions). The publisher's quiche sees a loopback RTT of 4–11 ms (1→1) and
 * 11–40 ms (1→4): the gateway acknowledges only after dispatching every frame of the datagrams
 * read in that pass (QuicConnection.service: readStreams → fan-out → then drainSend), so the
 * publisher and the gateway alternate instead of overlapping.
 * Gateway self time, 1→1 (% of its busy time in the window, ~3.3 s): protobufjs
 * `util.oneOfSetter` (minimal.js:483) 11 % — the generated Frame.decode sets `m.body = "…"`,
 * whose setter `delete`s the 19 other oneof fields on every decoded frame; garbage collection
 * 10 %; protobuf encoding of the Event (Event.encode, Frame.encode, Writer _reserve/finish,
 * utf8 write, codec encodeFrame) ~12 %; Buffer allocation/copies (subarray, FastBuffer,
 * createUnsafeBuffer, _copyActual) ~7 %; validateName (topic regex + split per publish) 5.6 %;
 * dgram doSend (sendmsg) 5.5 % + quiche send 2.5 %; prom-client counters per frame (setValue,
 * incWithoutExemplar) 3.7 %; PubSubRouter.publish 3 %; TopicTrie.match 2.6 %; frameCase 2.2 %.
 * 1→4 (% of busy): one Event encoded per subscriber ~18 %, GC ~10 %, Buffer allocation ~7 %,
 * sendmsg ~6 % + quiche send ~4 %, prom-client per frame ~5 %, publish ~3 %, frameCase ~3 %.
 * A flat profile of per-frame JS work. Done (lib/broker EventFrames): each event is encoded once
 * per publish, the subscription id prepended per subscriber. Levers left: decode without the
 * oneof setter (lib/protocol), encode/validate less per frame (codec encodeFrame scans all 20
 * oneof cases twice per frame: FRAME_CASES.filter + frameCase), count
 * frames per pass instead of per frame (lib/metrics), ACK a connection before dispatching a long
 * pass (lib/transport).
 *
 * Request/reply (p50 3.8–4.8× NATS, throughput 0.48–0.58×). A sequential call is CPU-bound on the chain
 * of three processes: CPU per call ≈ gateway 400–500 µs, provider 250–340 µs, caller 280–330 µs,
 * summing to the wall time (~1 ms under this load; a bare transport echo measured in the same
 * minutes was 150 µs p50, a publish-with-ack round trip 175–310 µs). Where it goes: syscalls and
 * datagrams, not timers. Gateway self time in the latency run: dgram doSend (sendmsg) 33 % of its
 * busy time, quiche send 6 %, onDatagram (quiche recv) 4 %. strace -c per call (before the
 * client fix below): gateway 4 sendmsg + 4 recvmsg, provider 2 + 2 — half of them 45-byte
 * ACK-only datagrams: quiche ACKs at the end of every pass, and an answer produced after the
 * pass (an async handler, or the caller's next request issued from a promise continuation)
 * goes out one loop turn later in its own datagram, which wakes the peer for nothing. Fixed in
 * lib/client (Provider answers a handler returning a plain value in the frame's own turn, so
 * the answer carries the ACK): provider 1 sendmsg per call, gateway 3 recvmsg. Left, in
 * lib/transport: QuicEndpoint.runPass drains each dirty connection right after reading it, so the
 * gateway sends the ACK-only datagram to the caller before the invocation to the provider (and
 * the ACK to the provider before the result to the caller), and writes made to another
 * connection from a frame handler wait for the next setImmediate pass; deferring drainSend to
 * after the microtask queue (or a short delayed-ACK timer, RFC 9000 max_ack_delay is 25 ms) would
 * remove ~2 datagrams and 2 peer wake-ups per call.
 *
 * Done since (one commit each, measured back to back): lib/transport reads every dirty
 * connection, then sends in a microtask after the reads (the handlers' continuations ride in the
 * same send), data-carrying connections first, and holds the ACK of a single datagram up to
 * ACK_DELAY_MS (1 ms) for data to ride with; generated decoders delete only the oneof cases a
 * message owns (scripts/build-proto.mjs); encodeFrame scans the cases once; a publish validates
 * its topic once, by char-code scan, with a bounded cache of valid topics; frame counters are
 * plain numbers folded into prom-client at scrape. Full run after them: 1→1 0.21× (90 k msg/s),
 * 1→4 0.25× (51 k per subscriber), wildcard 0.25× (96 k), request/reply p50 454 µs = 2.55×,
 * 16 in flight 0.56×; a second, after the client's publish uses the topic cache: 1→1 0.27×
 * (108 k), 1→4 0.30× (56 k), wildcard 0.24× (96 k), p50 413 µs = 2.07×, 16 in flight 0.70×
 * (runs on this box vary ±20 %). Gateway profile after (broker target, quick p2p + latency): its busy time
 * is now led by the datagram path (sendmsg ~16 %, drainSend ~7 %, onDatagram/quiche recv ~6 %),
 * GC ~4 %, TopicTrie.match ~2 %; the 1→1 publisher is busy ~80 % (encodeFrame + Frame.encode
 * ~6 %, GC ~6 %, drainSend ~4 %). Levers left: fewer datagrams per message (larger writes per
 * pass on the publisher, coalescing frames), a hand-written Publish/Event encoder on the client,
 * and MESSAGING_PROFILE with the real node target exits before ready (NODE_OPTIONS --cpu-prof on
 * `macula-cluster up`); MESSAGING_TARGET=broker profiles work.
 */
import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import type { System } from './fixtures/messagingWorker.js';
import { causes, summary, type Window } from './lib/cpuProfile.js';
import { costTable, figureTable, GOALS, ratioOf, rows, type SystemResult } from './lib/messaging/report.js';
import { permissionsBench } from './lib/messaging/permissionsRun.js';
import { permissionsTable, type PermissionsResult } from './lib/permissions.js';
import { BROKER, WORKER, killAll, profiling } from './lib/messaging/procs.js';
import { runScale, scaleTable, type ScalePoint } from './lib/messaging/scale.js';
import { pubsub, rpc } from './lib/messaging/scenarios.js';
import { startBrokerProcess, startNats, startNode, type Target } from './lib/messaging/targets.js';
import { REPO_ROOT } from './lib/node.js';

const QUICK = process.env.BENCH_QUICK === '1';
const WINDOW_MS = QUICK ? 1000 : 3000;
const SCALE_WINDOW_MS = QUICK ? 1000 : 2000;
const LATENCY_CALLS = QUICK ? 5000 : 20_000;
const INFLIGHT = 16;
const PAYLOAD_BYTES = 128;
const WILDCARD_SUBJECTS = 1000;
/** Latency under load: 1→1 paced at this share of the system's own measured 1→1 maximum. */
const LOAD_SHARE = 0.5;
/** At full speed every n-th payload carries its send time (the clock read would slow the clients). */
const STAMP_EVERY = 16;
const RESULTS = join(REPO_ROOT, 'bench', 'results', 'messaging.json');
const SCALE_RESULTS = join(REPO_ROOT, 'bench', 'results', 'messaging-scale.json');
const SCALE = process.env.MESSAGING_SCALE;
const ONLY = SCALE === 'only' ? [] : process.env.MESSAGING_ONLY?.split(',');
profiling.dir = process.env.MESSAGING_PROFILE;

const want = (name: string): boolean => ONLY === undefined || ONLY.includes(name);

/** NATS's load rate (it runs first), for Macula's point at the same absolute rate. */
let natsLoadRate: number | undefined;

/** Scenario windows of the run (monotonic µs), to cut each one out of the profiles. */
const windows: Array<{ system: System; name: string; window: Window }> = [];

async function runSystem(system: System, target: Target): Promise<SystemResult> {
  const r: SystemResult = { target: target.describe, rpc: {} };
  const step = async <T>(name: string, f: () => Promise<T>): Promise<T> => {
    process.stdout.write(`  ${system} ${name} … `);
    const t0 = performance.now();
    const v = await f();
    console.log(`${((performance.now() - t0) / 1000).toFixed(1)} s`);
    return v;
  };
  const spec = { publishers: 1, maxProcsPerRole: 8, payloadBytes: PAYLOAD_BYTES, windowMs: WINDOW_MS, stampEvery: STAMP_EVERY };
  if (want('p2p') || want('load')) r.p2p = await step('1→1', () => pubsub(system, target, { ...spec, tag: 'p2p', subscribers: 1, subjects: 1, pattern: 'bench.t' }));
  if (want('fanout')) r.fanout = await step('1→4', () => pubsub(system, target, { ...spec, tag: 'fanout', subscribers: 4, subjects: 1, pattern: 'bench.t' }));
  if (want('wildcard')) r.wildcard = await step('wildcard', () => pubsub(system, target, { ...spec, tag: 'wildcard', subscribers: 1, subjects: WILDCARD_SUBJECTS, pattern: 'bench.s.*.x' }));
  if (want('load') && r.p2p !== undefined) {
    const ratePerSec = Math.round(LOAD_SHARE * r.p2p.deliveredPerSecTotal);
    const res = await step(`1→1 at ${ratePerSec} msg/s`, () => pubsub(system, target, { ...spec, tag: 'load', subscribers: 1, subjects: 1, pattern: 'bench.t', ratePerSec, stampEvery: 1 }));
    r.load = { ...res, ratePerSec };
    if (system === 'nats') natsLoadRate = ratePerSec;
    else if (natsLoadRate !== undefined) {
      // the same absolute rate as NATS's load point (NATS runs first): latency at equal work
      const at = natsLoadRate;
      const same = await step(`1→1 at NATS's ${at} msg/s`, () => pubsub(system, target, { ...spec, tag: 'load-nats-rate', subscribers: 1, subjects: 1, pattern: 'bench.t', ratePerSec: at, stampEvery: 1 }));
      r.loadAtNatsRate = { ...same, ratePerSec: at };
    }
  }
  if (want('latency') || want('throughput')) {
    r.rpc = await step('request/reply', () => rpc(system, target, PAYLOAD_BYTES, want('latency') ? LATENCY_CALLS : undefined, want('throughput') ? { inflight: INFLIGHT, windowMs: WINDOW_MS } : undefined));
  }
  for (const [name, w] of [['1→1', r.p2p?.window], ['1→4', r.fanout?.window], ['wildcard', r.wildcard?.window], ['1→1 at 50 %', r.load?.window], ['1→1 at NATS rate', r.loadAtNatsRate?.window], ['req/reply seq', r.rpc.latencyWindow], ['req/reply 16', r.rpc.throughputWindow]] as const) {
    if (w !== undefined) windows.push({ system, name, window: w });
  }
  return r;
}

async function startMacula(): Promise<Target> {
  const mode = process.env.MESSAGING_TARGET ?? (profiling.dir !== undefined ? 'broker' : 'auto');
  const node = mode === 'broker' ? undefined : await startNode();
  if (node === undefined && mode === 'node') throw new Error('the node does not report a QUIC address (gateway not wired to the broker?)');
  return node ?? startBrokerProcess();
}

/** Run `f` on each system in turn (NATS first), each server stopped before the next starts. */
async function both<T>(f: (system: System, target: Target) => Promise<T>): Promise<{ nats: T; macula: T; targets: [string, string] }> {
  const natsTarget = await startNats();
  let nats: T;
  try {
    nats = await f('nats', natsTarget);
  } finally {
    await natsTarget.stop();
  }
  const maculaTarget = await startMacula();
  let macula: T;
  try {
    macula = await f('macula', maculaTarget);
  } finally {
    await maculaTarget.stop();
  }
  return { nats, macula, targets: [natsTarget.describe, maculaTarget.describe] };
}

const loadavg = (): string => os.loadavg().map((l) => l.toFixed(2)).join(' ');

function printProfiles(dir: string): void {
  const files = readdirSync(dir).filter((x) => x.endsWith('.cpuprofile')).sort();
  const server = files.filter((f) => f.startsWith('macula-broker'));
  for (const { system, name, window } of windows) {
    if (system !== 'macula') continue;
    for (const f of server) if (causes(join(dir, f), window).spanMs > 0) console.log(`\n${summary(join(dir, f), 15, window, `gateway (broker process), ${name}`)}`);
  }
  const tagOf: Record<string, string> = { p2p: '1→1', fanout: '1→4', wildcard: 'wildcard', load: '1→1 at 50 %', rpc: 'req/reply' };
  for (const f of files.filter((x) => !x.startsWith('macula-broker'))) {
    const [system, tag] = f.split('-');
    const w = windows.filter((x) => x.system === system && x.name.startsWith(tagOf[tag ?? ''] ?? '?'));
    const window = w.length === 0 ? undefined : { startUs: Math.min(...w.map((x) => x.window.startUs)), endUs: Math.max(...w.map((x) => x.window.endUs)) };
    console.log(`\n${summary(join(dir, f), 10, window)}`);
  }
  console.log(`\nprofiles in ${dir} (results not written: profiling slows everything)`);
}

async function main(): Promise<void> {
  const started = Date.now();
  if (!existsSync(WORKER) || !existsSync(BROKER)) throw new Error(`${WORKER} missing: run npm run build first`);
  const load0 = os.loadavg();
  console.log(`Macula messaging bench vs NATS: ${PAYLOAD_BYTES} B payloads, ${WINDOW_MS / 1000} s windows, node ${process.version}, ${os.cpus().length} CPUs, load average ${loadavg()}\n`);

  if (ONLY === undefined || ONLY.length > 0) {
    const { nats, macula, targets } = await both((system, target) => runSystem(system, target));
    let permissions: PermissionsResult | undefined;
    if (want('permissions')) {
      console.log('\nPermission checks: the broker alone, with no permissions section and with 100 rules that all apply');
      permissions = await permissionsBench({ quick: QUICK, windowMs: WINDOW_MS, latencyCalls: LATENCY_CALLS, payloadBytes: PAYLOAD_BYTES, stampEvery: STAMP_EVERY });
    }
    const rs = rows(nats, macula, LATENCY_CALLS, INFLIGHT);
    console.log(`\nNATS:   ${targets[0]}\nMacula: ${targets[1]}\n`);
    console.log(figureTable(rs));
    console.log('\nWhat a message costs each process (per delivered message; per call for request/reply). CPU: /proc utime+stime, all threads; cores: its CPU share over the scenario; syscalls: kernel count (perf stat), of them network/pipe I/O (sendmsg, recvmsg, read, write, …) and epoll waits; datagrams and frames: lib/transport counters (for the node\'s gateway, datagrams from its /metrics).\n');
    console.log(costTable(nats, macula));
    const m = macula;
    const extra = [m.p2p, m.fanout, m.wildcard, m.load].flatMap((r) => (r === undefined ? [] : [`dropped in the client ${r.dropped}, reconnects ${r.reconnects}, publish errors ${r.pubErrors}`]));
    if (extra.length > 0) console.log(`\nMacula pub/sub (1→1, 1→4, wildcard, 1→1 paced): ${extra.join('; ')}`);
    if (m.rpc.latency !== undefined || m.rpc.throughputErrors !== undefined) console.log(`Macula request/reply errors: latency ${m.rpc.latency?.errors ?? 0}, throughput ${m.rpc.throughputErrors ?? 0}; NATS: ${nats.rpc.latency?.errors ?? 0}, ${nats.rpc.throughputErrors ?? 0}`);
    if (permissions !== undefined) {
      console.log(`\nPermission checks (${permissions.rounds} round${permissions.rounds === 1 ? '' : 's'} each, alternating):`);
      console.log(permissionsTable(permissions, LATENCY_CALLS));
    }
    const out = {
      date: new Date().toISOString(),
      node: process.version,
      cpus: os.cpus().length,
      payloadBytes: PAYLOAD_BYTES,
      windowMs: WINDOW_MS,
      latencyCalls: LATENCY_CALLS,
      inflight: INFLIGHT,
      goals: GOALS,
      nats,
      macula,
      permissions,
      table: rs.map((r) => ({ ...r, ratio: Number.isFinite(ratioOf(r)) ? ratioOf(r) : null })),
      loadAverage: { start: load0, end: os.loadavg() },
      elapsedS: (Date.now() - started) / 1000,
    };
    if (profiling.dir === undefined) {
      mkdirSync(join(REPO_ROOT, 'bench', 'results'), { recursive: true });
      writeFileSync(RESULTS, `${JSON.stringify(out, null, 2)}\n`);
      console.log(`\nload average at the end: ${loadavg()}`);
      console.log(`wrote bench/results/messaging.json (${out.elapsedS.toFixed(0)} s)`);
    }
  }

  if (SCALE === '1' || SCALE === 'only') {
    const s0 = Date.now();
    const l0 = os.loadavg();
    console.log(`\nScaling run: ${SCALE_WINDOW_MS / 1000} s windows, load average ${loadavg()}`);
    const { nats, macula, targets } = await both((system, target) => runScale(system, target, SCALE_WINDOW_MS, console.log));
    console.log(`\nNATS:   ${targets[0]}\nMacula: ${targets[1]}\n`);
    console.log(scaleTable(nats, macula));
    if (profiling.dir === undefined) {
      const strip = (ps: ScalePoint[]) => ps.map((p) => ({ ...p, result: { ...p.result, window: undefined } }));
      writeFileSync(SCALE_RESULTS, `${JSON.stringify({ date: new Date().toISOString(), windowMs: SCALE_WINDOW_MS, loadAverage: { start: l0, end: os.loadavg() }, elapsedS: (Date.now() - s0) / 1000, nats: strip(nats), macula: strip(macula) }, null, 2)}\n`);
      console.log(`\nload average at the end: ${loadavg()}\nwrote bench/results/messaging-scale.json (${((Date.now() - s0) / 1000).toFixed(0)} s)`);
    }
  }
  if (profiling.dir !== undefined) printProfiles(profiling.dir);
}

const onSignal = (): void => {
  killAll();
  process.exit(130);
};
process.once('SIGINT', onSignal);
process.once('SIGTERM', onSignal);
main()
  .then(
    () => 0,
    (err) => {
      console.error(err);
      return 1;
    },
  )
  .then((code) => {
    killAll();
    process.exit(code);
  });
