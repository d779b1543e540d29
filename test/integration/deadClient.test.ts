/**
 * Issue 15: a dead client never holds up a restart or a shutdown. A real node (test/helpers/
 * cluster.ts) carries 500 msg/s to a subscriber in its own process while another client calls
 * continuously. The subscriber is SIGKILLed (no goodbye, no CONNECTION_CLOSE), and 5 s, 20 s and
 * 40 s later `macula_gateway_health` crashes: each time the tree is fully running again within
 * 1 s, no worker is force-killed (the events show orderly stops), and the caller is calling
 * again within 500 ms of the node being ready. A dead subscriber is also dropped by the gateway
 * by itself (peer silence, 10 s) and `down` with a dead subscriber exits within 1 s. One node
 * serves every case: each crash finds a freshly dead subscriber, killed after the previous crash.
 */
import { expect } from 'chai';
import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { MaculaClient } from '../../lib/client/index.js';
import { DEFAULT_PEER_SILENCE_TIMEOUT_MS, SWEEP_INTERVAL_MS } from '../../lib/transport/constants.js';
import type { ChildDescription } from '../../lib/supervisor/index.js';
import { killAllAndCheckOrphans, row, sleep, startNode, type TestNode } from '../helpers/cluster.js';
import { closeClients, healthUrl, nodeClient, quicUrl } from './messagingHelpers.js';

const SUBSCRIBER = fileURLToPath(new URL('./fixtures/subscriber.ts', import.meta.url));
const HEALTH = 'macula_gateway_system/macula_gateway_health';
const TOPIC = 'load.tick';
/** Publish rate of the load, messages per second. */
const RATE_PER_S = 500;
/** Recovery bounds the issue states. */
const TREE_BACK_MS = 1000;
const CALLING_AGAIN_MS = 500;

function allRunning(rows: readonly ChildDescription[]): boolean {
  return rows.every((r) => r.state === 'running' && allRunning(r.children ?? []));
}

/** A metric's value in a Prometheus text exposition: the first series of that name carrying `label` (e.g. `event="silent_peer"`). */
function metric(text: string, name: string, label = ''): number {
  const line = text.split('\n').find((l) => (l.startsWith(`${name} `) || l.startsWith(`${name}{`)) && l.includes(label));
  return line === undefined ? NaN : Number(line.slice(line.lastIndexOf(' ') + 1));
}

async function until(cond: () => boolean, timeoutMs: number): Promise<boolean> {
  const end = performance.now() + timeoutMs;
  while (!cond()) {
    if (performance.now() > end) return false;
    await sleep(5);
  }
  return true;
}

describe('issue 15: a dead client never holds up a restart or a shutdown (one node)', function () {
  this.timeout(240_000);
  let node: TestNode;
  let publisher: MaculaClient;
  let caller: MaculaClient;
  let pubTimer: NodeJS.Timeout | undefined;
  let calling = true;
  /** performance.now() of every successful call. */
  const callOk: number[] = [];
  const subscribers: ChildProcess[] = [];

  before(async () => {
    node = await startNode();
    publisher = await nodeClient(node, { reconnect: { initialDelayMs: 50, maxDelayMs: 250 } });
    // The caller's reconnect backoff is capped at 250 ms: what it measures is the gateway, not the SDK's policy.
    caller = await nodeClient(node, { reconnect: { initialDelayMs: 50, maxDelayMs: 250 }, callTimeoutMs: 1000 });
    const payload = { pad: 'x'.repeat(200) };
    pubTimer = setInterval(() => {
      for (let i = 0; i < RATE_PER_S / 100; i++) publisher.publish(TOPIC, payload).catch(() => undefined);
    }, 10);
    void (async () => {
      for (let i = 0; calling; i++) {
        try {
          await caller.call('com.macula.diagnostics.echo', i, { timeoutMs: 1000 });
          callOk.push(performance.now());
        } catch {
          await sleep(10);
        }
      }
    })();
  });

  after(async () => {
    calling = false;
    if (pubTimer !== undefined) clearInterval(pubTimer);
    for (const s of subscribers) if (s.exitCode === null && s.signalCode === null) s.kill('SIGKILL');
    await closeClients();
    const orphans = await killAllAndCheckOrphans();
    expect(orphans, 'processes that outlived root').to.deep.equal([]);
  });

  /** A subscriber process that received the load, then SIGKILLed; resolves once it is gone. */
  async function deadSubscriber(): Promise<number> {
    const status = await node.status();
    const proc = spawn(process.execPath, ['--import', 'tsx', SUBSCRIBER], {
      env: { ...process.env, MACULA_FIXTURE: JSON.stringify({ url: await quicUrl(node), nodeId: status.nodeId, pattern: 'load.**' }) },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    subscribers.push(proc);
    let out = '';
    let err = '';
    proc.stderr!.on('data', (d: Buffer) => (err += d.toString()));
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`subscriber got no message in time: ${err}`)), 15_000);
      proc.stdout!.on('data', (d: Buffer) => {
        out += d.toString();
        if (out.includes('GOT')) {
          clearTimeout(timer);
          resolve();
        }
      });
      proc.once('exit', (code, signal) => reject(new Error(`subscriber exited early (${code ?? signal}): ${err}`)));
    });
    const gone = new Promise((r) => proc.once('exit', r));
    proc.kill('SIGKILL');
    await gone;
    return performance.now();
  }

  async function metrics(): Promise<string> {
    return (await fetch(`${await healthUrl(node)}/metrics`)).text();
  }

  /** Crash health and measure: tree back, events orderly, caller calling again. */
  async function crashHealth(label: string): Promise<void> {
    const before = await node.status();
    const restarts = row(before.tree, HEALTH).restarts;
    const eventsBefore = node.events().length;
    const t0 = performance.now();
    await node.control({ fault: { target: HEALTH } });
    await node.waitFor((s) => s.ready && row(s.tree, HEALTH).restarts === restarts + 1 && allRunning(s.tree.children ?? []), 15_000, `${label}: tree back`);
    const readyAt = performance.now();
    const backMs = readyAt - t0;
    await until(() => callOk.some((t) => t > readyAt), 5000);
    const firstCall = callOk.find((t) => t > readyAt);
    const events = node.events().slice(eventsBefore);
    console.log(`      ${label}: tree fully running ${backMs.toFixed(0)} ms after the crash; first call ${firstCall === undefined ? 'never' : `${(firstCall - readyAt).toFixed(0)} ms`} after ready`);
    const forced = events.filter((e) => e.reason === 'killed' || e.kind === 'shutdown_timeout' || /kill/i.test(String(e.message ?? '')));
    expect(forced, `${label}: forced stops`).to.deep.equal([]);
    expect(events.some((e) => e.reason === 'shutdown'), `${label}: orderly stops in the events`).to.equal(true);
    expect(backMs, `${label}: ms until the tree is fully running`).to.be.below(TREE_BACK_MS);
    expect(firstCall, `${label}: the caller called again`).to.not.equal(undefined);
    expect(firstCall! - readyAt, `${label}: ms from ready to the caller's first call`).to.be.below(CALLING_AGAIN_MS);
  }

  it('health crashes 5 s after a subscriber under 500 msg/s was SIGKILLed: the tree is back within 1 s, no forced stop, calls within 500 ms', async () => {
    await deadSubscriber();
    await sleep(5000);
    // Still held 5 s after its death (peer silence drops it only after 10 s): the restart must not wait for it.
    expect(metric(await metrics(), 'macula_gateway_clients')).to.equal(3);
    await crashHealth('dead for 5 s');
  });

  it(`a dead subscriber is dropped by the gateway within ${DEFAULT_PEER_SILENCE_TIMEOUT_MS / 1000} s (+ sweep) without any shutdown, and health crashes 20 s after its death: same bounds`, async () => {
    const diedAt = await deadSubscriber();
    let droppedAt: number | undefined;
    while (performance.now() - diedAt < 20_000) {
      if (droppedAt === undefined && metric(await metrics(), 'macula_gateway_clients') === 2) droppedAt = performance.now();
      await sleep(200);
    }
    expect(droppedAt, 'the dead subscriber was dropped').to.not.equal(undefined);
    const dropMs = droppedAt! - diedAt;
    console.log(`      dead subscriber dropped ${dropMs.toFixed(0)} ms after its death`);
    expect(dropMs).to.be.within(DEFAULT_PEER_SILENCE_TIMEOUT_MS - 1000, DEFAULT_PEER_SILENCE_TIMEOUT_MS + SWEEP_INTERVAL_MS + 1500);
    const m = await metrics();
    expect(metric(m, 'macula_transport_connections_total', 'event="silent_peer"')).to.be.at.least(1);
    await crashHealth('dead for 20 s');
  });

  it('health crashes 40 s after a subscriber died: same bounds', async () => {
    const diedAt = await deadSubscriber();
    await sleep(40_000 - (performance.now() - diedAt));
    await crashHealth('dead for 40 s');
  });

  it('down with a dead subscriber exits within 1 s with no forced stop', async () => {
    await deadSubscriber();
    await sleep(1000);
    calling = false;
    if (pubTimer !== undefined) clearInterval(pubTimer);
    const eventsBefore = node.events().length;
    const t0 = performance.now();
    const res = await node.cli(['down']);
    await node.exited;
    const tookMs = performance.now() - t0;
    console.log(`      down took ${tookMs.toFixed(0)} ms`);
    expect(res.exitCode, res.stderr).to.equal(0);
    const events = node.events().slice(eventsBefore);
    expect(events.filter((e) => e.reason === 'killed'), 'forced stops').to.deep.equal([]);
    expect(tookMs).to.be.below(1000);
  });
});
