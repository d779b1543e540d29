import { expect } from 'chai';
import {
  DEFAULT_INITIAL_RPC_TIMEOUT_MS, DEFAULT_MAX_MAINTENANCE_IN_FLIGHT, DEFAULT_RPC_TIMEOUT_MAX_MS, DEFAULT_RPC_TIMEOUT_MIN_MS, RpcClient, RpcTimeouts,
  idToHex, sha256Id, type Contact, type ContactTiming, type DhtRequest, type RpcClientOptions,
} from '../../lib/dht/index.js';
import { VirtualClock } from '../../lib/dht/sim/index.js';
import { MaculaError } from '../../lib/errors/index.js';

const SELF: Contact = { nodeId: idToHex(sha256Id('self')), endpoint: 'sim://self' };
const peer = (i: number): Contact => ({ nodeId: idToHex(sha256Id(`peer${i}`)), endpoint: `sim://${i}` });

/** A client whose peers answer after `rttMs` (per node id), or never when absent. */
function harness(rtt: Map<string, number>, options: Partial<RpcClientOptions> = {}) {
  const clock = new VirtualClock();
  const sent: { to: Contact; m: DhtRequest }[] = [];
  const answered: string[] = [];
  const failed: [string, string][] = [];
  const timing = new Map<string, ContactTiming>();
  const client: RpcClient = new RpcClient({
    self: SELF,
    clock,
    send: (to, m) => {
      sent.push({ to, m });
      const ms = rtt.get(to.nodeId);
      if (ms !== undefined) clock.setTimeout(() => client.onReply(to.nodeId, { type: 'pong', requestId: m.requestId, sender: to }), ms);
    },
    timing: (id) => timing.get(id),
    onAnswered: (c, ms) => {
      answered.push(c.nodeId);
      const t = timing.get(c.nodeId);
      timing.set(c.nodeId, { rttMs: t?.rttMs === undefined ? ms : t.rttMs + (ms - t.rttMs) / 8, failures: 0 });
    },
    onFailed: (c, e) => {
      failed.push([c.nodeId, e.code]);
      const t = timing.get(c.nodeId) ?? { rttMs: undefined, failures: 0 };
      timing.set(c.nodeId, { rttMs: t.rttMs, failures: t.failures + 1 });
    },
    ...options,
  });
  return { clock, client, sent, answered, failed, timing };
}

async function outcome<T>(clock: VirtualClock, p: Promise<T>): Promise<{ value?: T; error?: MaculaError; atMs: number }> {
  const t0 = clock.now();
  const r = await clock.settle(p);
  if (!r.done) throw new Error('never settled');
  return 'value' in r ? { value: r.value as T, atMs: clock.now() - t0 } : { error: r.error as MaculaError, atMs: clock.now() - t0 };
}

describe('RpcTimeouts', () => {
  it('uses 3 × smoothed RTT clamped to 250 ms – 5 s, 1 s before any answer', () => {
    const t = new RpcTimeouts();
    expect([DEFAULT_RPC_TIMEOUT_MIN_MS, DEFAULT_RPC_TIMEOUT_MAX_MS, DEFAULT_INITIAL_RPC_TIMEOUT_MS]).to.deep.equal([250, 5_000, 1_000]);
    expect(t.timeoutMs(undefined)).to.equal(1_000);
    t.sample(200);
    expect(t.timeoutMs(undefined), 'node-wide RTT for a stranger').to.equal(600);
    expect(t.timeoutMs({ rttMs: 10, failures: 0 }), 'a fast contact: the floor').to.equal(250);
    expect(t.timeoutMs({ rttMs: 1_000, failures: 0 })).to.equal(3_000);
    expect(t.timeoutMs({ rttMs: 4_000, failures: 0 }), 'the ceiling').to.equal(5_000);
    expect(t.timeoutMs({ rttMs: 100, failures: 1 }), 'doubles per consecutive failure').to.equal(600);
    expect(t.timeoutMs({ rttMs: 100, failures: 3 })).to.equal(2_400);
    expect(t.timeoutMs({ rttMs: 100, failures: 30 })).to.equal(4_800);
  });
});

describe('RpcClient', () => {
  it('matches a reply to its request and reports the answer with its RTT', async () => {
    const { clock, client, sent, answered } = harness(new Map([[peer(1).nodeId, 40]]));
    const r = await outcome(clock, client.request(peer(1), { type: 'ping' }));
    expect(r.value!.type).to.equal('pong');
    expect(r.atMs).to.equal(40);
    expect(sent[0]!.m).to.deep.include({ type: 'ping', sender: SELF });
    expect(answered).to.deep.equal([peer(1).nodeId]);
    expect(client.pendingCount).to.equal(0);
    expect(client.timeouts.srttMs).to.equal(40);
  });

  it('times out a silent contact after its adaptive timeout, exactly once, and reports the failure', async () => {
    const { clock, client, failed } = harness(new Map());
    const r = await outcome(clock, client.request(peer(2), { type: 'find_node', key: peer(9).nodeId }));
    expect(r.error!.code).to.equal('timeout');
    expect(r.atMs).to.equal(DEFAULT_INITIAL_RPC_TIMEOUT_MS);
    expect(r.error!.details).to.include({ nodeId: peer(2).nodeId, type: 'find_node' });
    expect(failed).to.deep.equal([[peer(2).nodeId, 'timeout']]);
    await clock.runFor(10_000);
    expect(failed).to.have.length(1);
    expect(client.pendingCount).to.equal(0);
    expect(client.counters.timedOut).to.equal(1);
  });

  it('timeouts adapt: a fast contact is given up on at 250 ms, a slow one is waited for longer after each failure', async () => {
    const fast = peer(1);
    const slow = peer(2);
    const rtt = new Map([[fast.nodeId, 20], [slow.nodeId, 1_500]]);
    const { clock, client } = harness(rtt);
    await outcome(clock, client.request(fast, { type: 'ping' }));
    expect(client.timeoutFor(fast.nodeId), '3 × 20 ms, at the floor').to.equal(250);
    // the slow one has no RTT of its own: the node-wide one (20 ms) gives it 250 ms, then 500, 1000, 2000
    const waits: number[] = [];
    for (let attempt = 0; attempt < 4; attempt++) {
      const r = await outcome(clock, client.request(slow, { type: 'ping' }));
      waits.push(r.atMs);
      if (r.value !== undefined) break;
    }
    expect(waits).to.deep.equal([250, 500, 1_000, 1_500]);
    expect(client.timeoutFor(slow.nodeId), 'now 3 × its own 1.5 s RTT').to.equal(4_500);
    // the fast contact goes silent: given up on at the floor, not after the slow one's timeout
    rtt.delete(fast.nodeId);
    const silent = await outcome(clock, client.request(fast, { type: 'ping' }));
    expect(silent.atMs).to.equal(250);
  });

  it('ignores a reply from another node, an unknown request id and a late reply after the timeout', async () => {
    const { clock, client } = harness(new Map());
    const p = client.request(peer(1), { type: 'ping' });
    const id = 1;
    expect(client.onReply(peer(2).nodeId, { type: 'pong', requestId: id, sender: peer(2) }), 'wrong sender').to.equal(false);
    expect(client.onReply(peer(1).nodeId, { type: 'pong', requestId: 999, sender: peer(1) }), 'unknown id').to.equal(false);
    const r = await outcome(clock, p);
    expect(r.error!.code).to.equal('timeout');
    expect(client.onReply(peer(1).nodeId, { type: 'pong', requestId: id, sender: peer(1) }), 'late').to.equal(false);
    expect(client.counters.unexpected).to.equal(3);
  });

  it('an error reply rejects with its code; a reply of the wrong type rejects with malformed_frame and counts as a failure', async () => {
    const { clock, client, failed } = harness(new Map());
    const p1 = client.request(peer(1), { type: 'store', key: peer(9).nodeId, record: { nodeId: SELF.nodeId, endpoint: 'e', metadata: {}, ttlMs: 1, seq: 1 } });
    client.onReply(peer(1).nodeId, { type: 'error', requestId: 1, sender: peer(1), code: 'too_many_records', message: 'full' });
    expect((await outcome(clock, p1)).error!.code).to.equal('too_many_records');
    const p2 = client.request(peer(1), { type: 'find_node', key: peer(9).nodeId });
    client.onReply(peer(1).nodeId, { type: 'pong', requestId: 2, sender: peer(1) });
    expect((await outcome(clock, p2)).error!.code).to.equal('malformed_frame');
    expect(failed).to.deep.equal([[peer(1).nodeId, 'malformed_frame']]);
  });

  it('a send that throws fails the RPC at once with transport_error', async () => {
    const clock = new VirtualClock();
    const client = new RpcClient({ self: SELF, clock, send: () => { throw new Error('no link'); } });
    const r = await outcome(clock, client.request(peer(1), { type: 'ping' }));
    expect(r.error!.code).to.equal('transport_error');
    expect(r.atMs).to.equal(0);
    expect(client.pendingCount).to.equal(0);
  });

  it('quiet RPCs are not reported to onAnswered / onFailed', async () => {
    const { clock, client, answered, failed } = harness(new Map([[peer(1).nodeId, 5]]));
    await outcome(clock, client.request(peer(1), { type: 'ping' }, { quiet: true }));
    await outcome(clock, client.request(peer(2), { type: 'ping' }, { quiet: true }));
    expect([answered, failed]).to.deep.equal([[], []]);
  });

  it('keeps at most 16 maintenance RPCs in flight and queues the rest in order', async () => {
    expect(DEFAULT_MAX_MAINTENANCE_IN_FLIGHT).to.equal(16);
    const rtt = new Map(Array.from({ length: 40 }, (_, i) => [peer(i).nodeId, 50] as const));
    const { clock, client, sent } = harness(rtt);
    let maxInFlight = 0;
    const all = Array.from({ length: 40 }, (_, i) => client.request(peer(i), { type: 'ping' }, { maintenance: true }).then(() => {
      maxInFlight = Math.max(maxInFlight, client.maintenanceInFlight);
    }));
    expect(client.maintenanceInFlight).to.equal(16);
    expect(client.maintenanceQueued).to.equal(24);
    expect(sent).to.have.length(16);
    await clock.settle(Promise.all(all));
    expect(maxInFlight).to.be.at.most(16);
    expect(sent.map((s) => s.to.nodeId)).to.deep.equal(Array.from({ length: 40 }, (_, i) => peer(i).nodeId));
    expect(clock.elapsedMs, 'three waves of 50 ms').to.equal(150);
    // other RPCs are not held back by the maintenance budget
    expect(client.maintenanceInFlight).to.equal(0);
  });

  it('the maintenance queue is bounded: past it a request fails at once with too_many_pending_calls', async () => {
    const { clock, client } = harness(new Map(), { maxMaintenanceInFlight: 1, maxMaintenanceQueue: 2 });
    const ps = Array.from({ length: 4 }, (_, i) => client.request(peer(i), { type: 'ping' }, { maintenance: true }).catch((e: MaculaError) => e.code));
    const r = await outcome(clock, ps[3]!);
    expect(r.value).to.equal('too_many_pending_calls');
    expect(r.atMs).to.equal(0);
  });

  it('bounds the RPCs in flight: past maxPending a request fails at once with too_many_pending_calls', async () => {
    const { clock, client } = harness(new Map(), { maxPending: 3 });
    for (let i = 0; i < 3; i++) void client.request(peer(i), { type: 'ping' }).catch(() => undefined);
    const r = await outcome(clock, client.request(peer(9), { type: 'ping' }));
    expect(r.error!.code).to.equal('too_many_pending_calls');
    expect(client.pendingCount).to.equal(3);
  });

  it('close() answers every RPC in flight and waiting with shutdown, once, and refuses new ones', async () => {
    const { clock, client } = harness(new Map(), { maxMaintenanceInFlight: 1 });
    const ps = [client.request(peer(1), { type: 'ping' }), client.request(peer(2), { type: 'ping' }, { maintenance: true }), client.request(peer(3), { type: 'ping' }, { maintenance: true })];
    const codes = ps.map((p) => p.then(() => 'ok', (e: MaculaError) => e.code));
    client.close();
    expect(await Promise.all(codes)).to.deep.equal(['shutdown', 'shutdown', 'shutdown']);
    expect(client.pendingCount).to.equal(0);
    expect(client.maintenanceQueued).to.equal(0);
    expect((await outcome(clock, client.request(peer(4), { type: 'ping' }))).error!.code).to.equal('shutdown');
    await clock.runFor(10_000);
    expect(clock.queued).to.equal(0);
  });
});
