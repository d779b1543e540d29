import { expect } from 'chai';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { connect, type Message } from '../../lib/client/index.js';
import { MaculaError } from '../../lib/errors/index.js';
import { cleanup, client, clientIdentity, gatewayInfo, once, sleep, startBroker, until } from './helpers.js';
import { ScriptedGateway } from './scriptedGateway.js';

describe('client: connection lifecycle and reconnect', function () {
  this.timeout(30_000);
  afterEach(cleanup);

  it('connect reports the gateway node id and this client id; close is idempotent with one shared promise', async () => {
    const b = await startBroker();
    const c = await client(b);
    expect(c.nodeId).to.equal(b.nodeId);
    expect(c.clientId).to.equal(clientIdentity(0).nodeId);
    expect(c.sessionId).to.be.a('string').and.not.equal('');
    const sub = await c.subscribe('x.y');
    const closedEvents: unknown[] = [];
    c.on('closed', () => closedEvents.push(1));
    const p1 = c.close();
    const p2 = c.close();
    expect(p1).to.equal(p2);
    await p1;
    expect(c.state).to.equal('closed');
    expect((await sub.next()).done).to.equal(true);
    expect(await c.publish('x.y', 1).catch((e) => e.code)).to.equal('connection_closed');
    expect(await c.call('x.y').catch((e) => e.code)).to.equal('connection_closed');
    await c.close();
    expect(closedEvents).to.have.length(1);
    await until(async () => (await gatewayInfo(b)).clients === 1, 3000, 'gateway dropped the client (only the observer left)');
  });

  it('loads its identity from certificate and key files, and reports an unreadable one as identity_error', async () => {
    const b = await startBroker();
    const dir = mkdtempSync(join(tmpdir(), 'macula-client-'));
    try {
      const id = clientIdentity(2);
      writeFileSync(join(dir, 'cert.pem'), id.certPem);
      writeFileSync(join(dir, 'key.pem'), id.keyPem, { mode: 0o600 });
      const c = await connect(b.url, { identity: { certPath: join(dir, 'cert.pem'), keyPath: join(dir, 'key.pem') } });
      expect(c.clientId).to.equal(id.nodeId);
      await c.close();
      const err = await connect(b.url, { identity: { certPath: join(dir, 'nope.pem'), keyPath: join(dir, 'key.pem') } }).catch((e) => e);
      expect(err).to.be.instanceOf(MaculaError).with.property('code', 'identity_error');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('pings the gateway at the heartbeat interval it was told in Connected', async () => {
    let pings = 0;
    const b = await startBroker({ pingIntervalMs: 50, observer: { frameIn: (k) => void (k === 'ping' && pings++) } });
    await client(b);
    await sleep(400);
    expect(pings).to.be.within(3, 12);
  });

  it('an unknown realm is no_such_realm at connect', async () => {
    const b = await startBroker();
    const err = await connect(b.url, { identity: clientIdentity(), realm: 'com.nowhere' }).catch((e) => e);
    expect(err).to.be.instanceOf(MaculaError).with.property('code', 'no_such_realm');
  });

  it('a gateway that is not the pinned node id is refused', async () => {
    const b = await startBroker();
    const err = await connect(b.url, { identity: clientIdentity(), expectedNodeId: 'ab'.repeat(32) }).catch((e) => e);
    expect(err).to.be.instanceOf(MaculaError);
    expect(['node_id_mismatch', 'peer_verification_failed']).to.include(err.code);
  });

  it('calls in flight fail with a typed error when the connection is lost, instead of hanging', async () => {
    // A gateway that takes calls and never answers, then loses the connection abruptly.
    const g = await ScriptedGateway.start((frame, s) => (frame.call == null ? s.accept(frame) : undefined));
    try {
      const caller = await client(g, { reconnect: { initialDelayMs: 5000, maxDelayMs: 5000 } }, 1);
      const pending = caller.call('demo.forever', {}, { timeout: 20_000 }).catch((e: unknown) => e);
      await until(() => g.count('call') === 1, 3000, 'call reached the gateway');
      const t0 = Date.now();
      await g.sessions[0]!.conn.close({ force: true });
      const err = (await pending) as MaculaError;
      expect(err).to.be.instanceOf(MaculaError);
      expect(err.code).to.equal('connection_closed');
      expect(Date.now() - t0).to.be.below(3000);
      expect(caller.pendingRequests).to.equal(0);
      // Reconnecting now (5 s away): a new call waits for the session, bounded by its own timeout.
      const t1 = Date.now();
      expect(await caller.call('demo.forever', {}, { timeout: 200 }).catch((e) => e.code)).to.equal('timeout');
      expect(Date.now() - t1).to.be.within(150, 2000);
      expect(caller.waitingOperations).to.equal(0);
    } finally {
      await cleanup();
      await g.stop();
    }
  });

  it('reconnects after the gateway restarts on the same port and restores subscriptions and advertisements', async () => {
    const b1 = await startBroker();
    const port = Number(new URL(b1.url).port);
    const c = await client(b1);
    const got: Message[] = [];
    await c.subscribe('news.**', (m) => void got.push(m));
    await c.advertise('demo.whoami', () => 'the restored provider');
    const events: string[] = [];
    c.on('disconnected', () => events.push('disconnected'));
    c.on('reconnecting', () => events.push('reconnecting'));
    const reconnected = once<{ reconnected: boolean }>(c, 'connected', 15_000);
    await b1.stop();
    await sleep(100);
    const b2 = await startBroker({ port });
    const info = await reconnected;
    expect(info.reconnected).to.equal(true);
    expect(events.slice(0, 2)).to.deep.equal(['disconnected', 'reconnecting']);
    expect(c.nodeId).to.equal(b2.nodeId);
    const other = await client(b2, {}, 1);
    await other.publish('news.today', { headline: 'back' }, { ack: true });
    await until(() => got.length === 1, 3000, 'restored subscription delivers');
    expect(got[0]!.json()).to.deep.equal({ headline: 'back' });
    expect(await other.call('demo.whoami')).to.equal('the restored provider');
  });

  it('keeps retrying with backoff while the gateway is down (the first attempt at once after its Goodbye), and operations wait meanwhile', async () => {
    const b1 = await startBroker();
    const port = Number(new URL(b1.url).port);
    const c = await client(b1, { connectTimeoutMs: 200, reconnect: { initialDelayMs: 20, maxDelayMs: 100 } });
    const delays: number[] = [];
    c.on('reconnecting', (i) => delays.push(i.delayMs));
    await b1.stop();
    await until(() => delays.length >= 4, 10_000, 'four reconnect attempts');
    expect(c.state).to.equal('reconnecting');
    expect(delays[0], 'a gateway that said Goodbye(shutdown) is retried at once').to.equal(0);
    for (const d of delays.slice(1)) expect(d).to.be.within(10, 100);
    const t0 = Date.now();
    expect(await c.publish('a.b', 1, { timeoutMs: 150 }).catch((e) => e.code)).to.equal('timeout');
    expect(Date.now() - t0).to.be.within(100, 2000);
    const waiting = c.publish('a.b', 2, { ack: true, timeoutMs: 10_000 });
    await startBroker({ port });
    await waiting;
    await until(() => c.connected, 10_000, 'reconnected');
  });

  it("a 'disconnected' listener that closes the client stops the reconnect", async () => {
    const b = await startBroker();
    const c = await client(b);
    let attempts = 0;
    c.on('reconnecting', () => attempts++);
    c.on('disconnected', () => void c.close());
    const closed = once(c, 'closed');
    await b.stop();
    await closed;
    await sleep(100);
    expect(c.state).to.equal('closed');
    expect(attempts).to.equal(0);
  });

  it('with reconnect: false, a lost connection closes the client', async () => {
    const b = await startBroker();
    const c = await client(b, { reconnect: false });
    const sub = await c.subscribe('a.b');
    const closed = once(c, 'closed');
    await b.stop();
    await closed;
    expect(c.state).to.equal('closed');
    const err = await sub.next().catch((e) => e);
    expect(err).to.be.instanceOf(MaculaError);
  });

  it('gives up after maxAttempts failed reconnects and closes', async () => {
    const b = await startBroker();
    const c = await client(b, { connectTimeoutMs: 100, reconnect: { initialDelayMs: 10, maxDelayMs: 20, maxAttempts: 2 } });
    const errors: MaculaError[] = [];
    c.on('error', (e) => errors.push(e));
    const closed = once(c, 'closed', 10_000);
    await b.stop();
    await closed;
    expect(errors.some((e) => e.message.includes('gave up'))).to.equal(true);
  });
});
