/**
 * Issue 8 item 2, client side: when the session is lost because a restarted gateway answered
 * with a QUIC stateless reset (the connection's 'close' carries MaculaError `stateless_reset`),
 * or because the gateway said Goodbye with code `shutdown` (it is restarting), the first
 * reconnect attempt goes out at once; later ones back off as before, and any other loss waits
 * for the backoff. The scripted gateway closes the connection with that error's wire code, which
 * is how the transport surfaces it, so this does not depend on the transport's reset itself.
 */
import { expect } from 'chai';
import type { MaculaError } from '../../lib/errors/index.js';
import { MaculaError as Err } from '../../lib/errors/index.js';
import { cleanup, client, once, until } from './helpers.js';
import { ScriptedGateway } from './scriptedGateway.js';

describe('client: reconnect at once after a stateless reset or a Goodbye(shutdown)', function () {
  this.timeout(20_000);
  const gateways: ScriptedGateway[] = [];
  afterEach(async () => {
    await cleanup();
    await Promise.all(gateways.splice(0).map((g) => g.stop().catch(() => undefined)));
  });

  async function setup(reconnect: { initialDelayMs: number; maxDelayMs: number }, connectTimeoutMs = 5000) {
    const g = await ScriptedGateway.start();
    gateways.push(g);
    const c = await client(g, { reconnect, connectTimeoutMs });
    const delays: number[] = [];
    c.on('reconnecting', (i) => delays.push(i.delayMs));
    return { g, c, delays };
  }

  it('a session ended by a stateless reset reconnects at once, however long the backoff', async () => {
    const { g, c, delays } = await setup({ initialDelayMs: 5000, maxDelayMs: 5000 });
    const lost = once<MaculaError | undefined>(c, 'disconnected');
    const back = once<{ reconnected: boolean }>(c, 'connected', 3000);
    const t0 = Date.now();
    await g.sessions[0]!.close('stateless_reset', 'stateless reset');
    expect((await lost)?.code).to.equal('stateless_reset');
    expect((await back).reconnected).to.equal(true);
    expect(Date.now() - t0, 'back long before the 2.5–5 s backoff').to.be.below(1000);
    expect(delays[0]).to.equal(0);
    expect(g.sessions).to.have.length(2);
  });

  it('a Goodbye with code shutdown, then a close without a code, reconnects at once too', async () => {
    const { g, c, delays } = await setup({ initialDelayMs: 5000, maxDelayMs: 5000 });
    const back = once(c, 'connected', 3000);
    const t0 = Date.now();
    const s = g.sessions[0]!;
    s.send({ goodbye: { reason: 'gateway restarting', code: new Err('shutdown', '').wireCode } });
    await s.conn.close();
    await back;
    expect(Date.now() - t0).to.be.below(1000);
    expect(delays[0]).to.equal(0);
  });

  it('any other loss waits for the backoff', async () => {
    const { g, c, delays } = await setup({ initialDelayMs: 5000, maxDelayMs: 5000 });
    const lost = once<MaculaError | undefined>(c, 'disconnected');
    await g.sessions[0]!.close('internal', 'something broke');
    expect((await lost)?.code).to.equal('internal');
    await until(() => delays.length > 0, 2000, 'an attempt scheduled');
    expect(delays[0]).to.be.within(2500, 5000);
    expect(c.state).to.equal('reconnecting');
  });

  it('after the immediate attempt, later ones back off as before', async () => {
    const { g, delays } = await setup({ initialDelayMs: 100, maxDelayMs: 400 });
    g.refuse = true; // the gateway is restarting again: every attempt is refused
    await g.sessions[0]!.close('stateless_reset');
    await until(() => delays.length >= 4, 8000, 'four attempts');
    expect(delays[0]).to.equal(0);
    expect(delays[1]).to.be.within(50, 100);
    expect(delays[2]).to.be.within(100, 200);
    expect(delays[3]).to.be.within(200, 400);
  });
});
