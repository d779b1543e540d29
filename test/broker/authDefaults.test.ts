/**
 * Issue 10 items 2–3 at a real in-process Broker: the stated default of a node with no
 * `permissions` section (loopback: open but for com.macula.**; beyond loopback: clients from
 * other addresses refused every action, and the exposure warning), and every refusal counted on
 * /metrics by action and reason and logged at warn, bounded.
 */
import { expect } from 'chai';
import { ACTIONS, type Action } from '../../lib/auth/index.js';
import { REFUSAL_LOG_BURST } from '../../lib/broker/index.js';
import { decodeJson, encodeJson } from '../../lib/protocol/index.js';
import { ALICE, BOB, NODE, denied, requireNonLoopback, useAuthBrokers } from './authHelpers.js';
import type { RawClient } from './helpers.js';

/** Try `action` on `name` and return the outcome (undefined = allowed). */
function attempt(c: RawClient, action: Action, name: string): Promise<unknown> {
  switch (action) {
    case 'publish':
      return c.publishAcked(name, 1);
    case 'subscribe':
      return c.subscribe(name);
    case 'advertise':
      return c.advertise(name);
    case 'call':
      return c.call(name, {});
  }
}

/** Lines of a Prometheus exposition for `metric` whose labels include every `labels` pair, with their values. */
function series(text: string, metric: string, labels: Record<string, string>): number[] {
  return text
    .split('\n')
    .filter((l) => l.startsWith(`${metric}{`) && Object.entries(labels).every(([k, v]) => l.includes(`${k}="${v}"`)))
    .map((l) => Number(l.slice(l.lastIndexOf(' ') + 1)));
}

describe('broker: the access default and how refusals are reported', function () {
  this.timeout(30_000);
  const h = useAuthBrokers();

  describe('no permissions section, listening on loopback', () => {
    it('every client may publish, subscribe to **, advertise and call anything but com.macula.**; no warning', async () => {
      const b = await h.broker({ host: '127.0.0.1' });
      expect(b.posture).to.deep.equal({ kind: 'loopback_open' });
      expect(b.accessSummary).to.contain('no permissions section').and.to.contain('loopback');
      const alice = await h.client(b, ALICE);
      await alice.subscribe('**');
      await alice.publishAcked('demo.news', 1);
      alice.serve(() => encodeJson('echo'));
      await alice.advertise('demo.echo');
      const bob = await h.client(b, BOB);
      expect(decodeJson(await bob.call('demo.echo', {}))).to.equal('echo');
      expect(decodeJson(await bob.call('com.macula.diagnostics.info', {}))).to.include({ node_id: NODE.nodeId });
      await denied(bob.advertise('com.macula.diagnostics.info'), 'advertise', 'com.macula.diagnostics.info', 'reserved');
      await denied(bob.publishAcked('com.macula.x', 1), 'publish', 'com.macula.x', 'reserved');
    });
  });

  describe('no permissions section, listening beyond loopback', () => {
    it('a client connecting from another address is refused every action (remote_without_permissions) and told its address; the posture carries the warning', async function () {
      const addr = requireNonLoopback(this);
      const b = await h.broker({ host: addr });
      expect(b.posture.kind).to.equal('local_only');
      expect(b.posture.warning).to.contain(`${addr}:${b.port}`).and.to.contain('docs/SECURITY.md');
      const remote = await h.client(b, ALICE, '', addr);
      expect(b.clients!.get(remote.sessionId)!.connection.remoteAddress).to.equal(addr);
      for (const action of ACTIONS) {
        const e = await denied(attempt(remote, action, action === 'subscribe' ? 'demo.*' : 'demo.x'), action, action === 'subscribe' ? 'demo.*' : 'demo.x', 'remote_without_permissions');
        expect(e.details.remote_address).to.equal(addr);
      }
      // the node's own identity is not a stranger, wherever it connects from
      const peer = await h.client(b, NODE, '', addr);
      await peer.advertise('com.macula.test.status');
      expect(remote.isClosed).to.equal(false);
    });

    it('with a permissions section the rules decide for every client, whatever its address, and there is no warning', async function () {
      const addr = requireNonLoopback(this);
      const b = await h.broker({ host: addr, rules: { rules: [{ identity: ALICE.nodeId, publish: ['demo.*'] }] } });
      expect(b.posture).to.deep.equal({ kind: 'rules' });
      const remote = await h.client(b, ALICE, '', addr);
      await remote.publishAcked('demo.x', 1);
      await denied(remote.subscribe('demo.*'), 'subscribe', 'demo.*', 'not_allowed');
    });
  });

  it('refusals are counted on /metrics by action and reason and logged at warn with who and what; the log is bounded, the counter is not', async () => {
    const logged: Array<{ fields: Record<string, unknown>; message: string }> = [];
    const b = await h.broker({
      rules: { rules: [{ identity: ALICE.nodeId, publish: ['orders.*'] }] },
      logger: { warn: (fields, message) => void logged.push({ fields, message }) },
    });
    const alice = await h.client(b, ALICE);
    await denied(alice.subscribe('orders.*'), 'subscribe', 'orders.*', 'not_allowed');
    await denied(alice.advertise('com.macula.x'), 'advertise', 'com.macula.x', 'reserved');
    expect(logged).to.have.length(2);
    expect(logged[0]!.fields).to.include({ code: 'permission_denied', action: 'subscribe', target: 'orders.*', reason: 'not_allowed', node_id: ALICE.nodeId, session_id: alice.sessionId });
    expect(logged[0]!.fields).to.not.have.property('name');
    expect(logged[0]!.message).to.contain('subscribe "orders.*" refused');
    // a burst of refused qos-0 publishes: every one counted, REFUSAL_LOG_BURST logged in the interval
    const burst = REFUSAL_LOG_BURST + 10;
    for (let i = 0; i < burst; i++) alice.send({ publish: { topic: 'billing.x', qos: 0, payload: encodeJson(i) } });
    for (let i = 0; i < burst; i++) await alice.next((f) => f.error != null);
    expect(logged).to.have.length(REFUSAL_LOG_BURST);
    const text = await b.metrics.render();
    expect(series(text, 'macula_gateway_permission_denied_total', { action: 'publish', reason: 'not_allowed' })).to.deep.equal([burst]);
    expect(series(text, 'macula_gateway_permission_denied_total', { action: 'subscribe', reason: 'not_allowed' })).to.deep.equal([1]);
    expect(series(text, 'macula_gateway_permission_denied_total', { action: 'advertise', reason: 'reserved' })).to.deep.equal([1]);
    await alice.publishAcked('orders.eu', 1);
  });
});
