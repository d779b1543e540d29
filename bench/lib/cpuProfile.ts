/**
 * Summarise a V8 `.cpuprofile` (node --cpu-prof): self time per function (name + file:line), and
 * busy time by cause (what a message pays for: quiche, system calls, codec, routing, GC, …), over
 * the whole profile or a window of it. Windows are in µs of CLOCK_MONOTONIC, the clock of the
 * profile's timestamps and of process.hrtime, so a bench can cut each scenario out of one long
 * profile. Native calls (quiche through napi, the UDP handle's send) have no frame of their own:
 * their time is the self time of the JS function calling them, which the cause table names.
 *   `npx tsx bench/lib/cpuProfile.ts <file.cpuprofile>... [--top N]`
 */
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { fileURLToPath } from 'node:url';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  hitCount?: number;
}
interface Profile {
  nodes: ProfileNode[];
  startTime: number;
  endTime: number;
  samples?: number[];
  timeDeltas?: number[];
}

export interface SelfTime {
  fn: string;
  pct: number;
  ms: number;
}

/** A span of the profile, µs of CLOCK_MONOTONIC (process.hrtime.bigint() / 1000n). */
export interface Window {
  startUs: number;
  endUs: number;
}

const cache = new Map<string, Profile>();
function load(file: string): Profile {
  let p = cache.get(file);
  if (p === undefined) {
    p = JSON.parse(readFileSync(file, 'utf8')) as Profile;
    cache.set(file, p);
  }
  return p;
}

/** (function key, url, µs) for every sample inside the window. */
function* samples(file: string, window?: Window): Generator<{ key: string; fn: string; url: string; us: number }> {
  const p = load(file);
  const byId = new Map(p.nodes.map((n) => [n.id, n]));
  const ids = p.samples ?? [];
  const deltas = p.timeDeltas ?? [];
  let t = p.startTime;
  for (let i = 0; i < ids.length; i++) {
    t += deltas[i] ?? 0;
    if (window !== undefined && (t < window.startUs || t > window.endUs)) continue;
    const n = byId.get(ids[i]!);
    if (n === undefined) continue;
    const dt = Math.max(0, deltas[i + 1] ?? deltas[i] ?? 0);
    const f = n.callFrame;
    const where = f.url === '' ? '' : ` ${basename(f.url)}:${f.lineNumber + 1}`;
    yield { key: `${f.functionName || '(anonymous)'}${where}`, fn: f.functionName, url: f.url, us: dt };
  }
}

/** Self time per function, largest first; `(idle)` is reported but counted like any other. */
export function selfTimes(file: string, window?: Window): { totalMs: number; rows: SelfTime[] } {
  const us = new Map<string, number>();
  let total = 0;
  for (const s of samples(file, window)) {
    us.set(s.key, (us.get(s.key) ?? 0) + s.us);
    total += s.us;
  }
  const rows = [...us.entries()].map(([fn, t]) => ({ fn, ms: t / 1000, pct: total === 0 ? 0 : (100 * t) / total })).sort((a, b) => b.ms - a.ms);
  return { totalMs: total / 1000, rows };
}

/**
 * What a sample's time is spent on, from its function and file. Order matters: the first rule
 * that matches names the cause.
 */
const CAUSES: ReadonlyArray<[cause: string, test: (fn: string, url: string) => boolean]> = [
  ['idle', (fn) => fn === '(idle)'],
  ['garbage collection', (fn) => fn === '(garbage collector)'],
  ['UDP send: sendmsg + node:dgram', (fn, url) => url === 'node:dgram' && /send|doSend|afterDns|lookup/i.test(fn)],
  ['UDP receive: node:dgram', (fn, url) => url === 'node:dgram'],
  ['quiche send (packets out, encrypt)', (fn, url) => url.includes('/transport/') && (fn === 'drainSend' || fn === 'sendAcks')],
  ['quiche recv (packets in, decrypt)', (fn, url) => url.includes('/transport/') && (fn === 'onDatagram' || fn === 'probeStatelessReset')],
  ['quiche stream I/O (streamRecv/streamSend)', (fn, url) => url.includes('/transport/') && /^(read|flush|readStreams)$/.test(fn)],
  ['frame split + copy (FrameDecoder)', (fn, url) => url.includes('FrameDecoder')],
  ['transport JS (passes, routing datagrams, streams)', (fn, url) => url.includes('/transport/')],
  ['protobuf decode', (fn, url) => (url.includes('/gen/') && /decode/i.test(fn)) || /protobufjs\/src\/reader|utf8\.js/.test(url) || fn === 'decodeFrame' || url.includes('fastDecode')],
  ['protobuf encode', (fn, url) => (url.includes('/gen/') && /encode/i.test(fn)) || /protobufjs\/src\/writer/.test(url) || url.includes('EventFrames') || url.includes('fastEncode') || fn === 'encodeFrame' || fn === 'utf8Write'],
  ['protobuf (other generated code)', (fn, url) => url.includes('/gen/') || url.includes('protobufjs')],
  ['Buffer allocation and copies', (fn, url) => url === 'node:buffer' || url === 'node:internal/buffer' || fn === 'createUnsafeBuffer' || fn === 'FastBuffer'],
  ['pub/sub routing (trie, topic checks)', (fn, url) => url.includes('/pubsub/') || url.includes('PubSubRouter')],
  ['RPC routing (calls, providers)', (fn, url) => url.includes('/rpc/') || url.includes('RpcRouter')],
  ['gateway session + dispatch', (fn, url) => /GatewayCoordinator|ClientSession|Dispatcher|GatewayState|ClientTable|codec\.js/.test(url)],
  ['fault boundaries (async context)', (fn, url) => url.includes('FaultBoundary') || url.includes('async_hooks') || url.includes('async_local_storage')],
  ['metrics', (fn, url) => url.includes('/metrics/') || url.includes('prom-client')],
  ['timers', (fn, url) => url.includes('timers') || /^(setTimeout|clearTimeout|listOnTimeout|processTimers)$/.test(fn)],
  ['SDK (lib/client)', (fn, url) => url.includes('/client/')],
  ['NATS client (nats.js)', (fn, url) => url.includes('/nats/')],
  ['bench harness', (fn, url) => url.includes('/bench/')],
  ['event loop, microtasks, events', (fn, url) => /task_queues|node:events|process\/|promise/.test(url) || fn === 'runMicrotasks' || fn === '(program)'],
  ['startup (keys, module loading)', (fn, url) => /keygen|jsbn|forge|loader|modules\//.test(url + fn) || fn === 'compileSourceTextModule' || fn === 'wrapSafe'],
];

export interface CauseRow {
  cause: string;
  ms: number;
  /** Share of busy (not idle) time. */
  pct: number;
}

/** Busy time by cause (idle excluded from the shares), largest first. */
export function causes(file: string, window?: Window): { busyMs: number; spanMs: number; rows: CauseRow[] } {
  const us = new Map<string, number>();
  let busy = 0;
  let span = 0;
  for (const s of samples(file, window)) {
    span += s.us;
    const cause = CAUSES.find(([, test]) => test(s.fn, s.url))?.[0] ?? 'other';
    if (cause === 'idle') continue;
    us.set(cause, (us.get(cause) ?? 0) + s.us);
    busy += s.us;
  }
  const rows = [...us.entries()].map(([cause, t]) => ({ cause, ms: t / 1000, pct: busy === 0 ? 0 : (100 * t) / busy })).sort((a, b) => b.ms - a.ms);
  return { busyMs: busy / 1000, spanMs: span / 1000, rows };
}

/** Text block: busy time by cause, then the top `n` functions by self time (idle and GC included). */
export function summary(file: string, n = 15, window?: Window, title = basename(file)): string {
  const { totalMs, rows } = selfTimes(file, window);
  const c = causes(file, window);
  const lines = rows.slice(0, n).map((r) => `    ${r.pct.toFixed(1).padStart(5)}%  ${r.ms.toFixed(0).padStart(6)} ms  ${r.fn}`);
  const causeLines = c.rows.map((r) => `    ${r.pct.toFixed(1).padStart(5)}%  ${r.ms.toFixed(0).padStart(6)} ms  ${r.cause}`);
  return [
    `${title}: ${totalMs.toFixed(0)} ms sampled, ${((100 * c.busyMs) / Math.max(1e-9, totalMs)).toFixed(0)}% busy`,
    '  busy time by cause:',
    ...causeLines,
    `  top ${n} functions (self time, % of all samples):`,
    ...lines,
  ].join('\n');
}

if (process.argv[1] !== undefined && fileURLToPath(import.meta.url) === process.argv[1]) {
  const args = process.argv.slice(2);
  const ti = args.indexOf('--top');
  const top = ti >= 0 ? Number(args.splice(ti, 2)[1]) : 15;
  for (const f of args) console.log(`${summary(f, top)}\n`);
}
