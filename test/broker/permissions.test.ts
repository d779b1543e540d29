/**
 * Issue 10 items 1–2, 5: who may do what, enforced by a real in-process Broker for real QUIC
 * clients of distinct identities. Every rule kind (allow, not mentioned, deny, deny over allow
 * across rules, default, per realm, subscription patterns checked as patterns), the reserved
 * namespace, the request's correlation id on every refusal, and callers known to providers.
 */
import { expect } from 'chai';
import { decodeJson, encodeJson, fromWireError } from '../../lib/protocol/index.js';
import { ALICE, BOB, CAROL, NODE, denied, rejection, useAuthBrokers } from './authHelpers.js';

const everything = { publish: ['**'], subscribe: ['**'], advertise: ['**'], call: ['**'] };

describe('broker: permissions per client action (lib/auth, issue 10)', function () {
  this.timeout(30_000);
  const h = useAuthBrokers();

  describe('rule kinds', () => {
    it('allow: a rule for the client\'s node id allows what it lists; an action or name it does not list is not_allowed', async () => {
      const b = await h.broker({
        rules: { rules: [{ identity: ALICE.nodeId, publish: ['orders.*'], subscribe: ['orders.**'], advertise: 'shop.*', call: ['shop.*'] }] },
      });
      const alice = await h.client(b, ALICE);
      await alice.publishAcked('orders.eu', 1);
      await alice.subscribe('orders.**');
      alice.serve(() => encodeJson('served'));
      await alice.advertise('shop.cart');
      expect(decodeJson(await alice.call('shop.cart', {}))).to.equal('served');
      await denied(alice.publishAcked('billing.x', 1), 'publish', 'billing.x', 'not_allowed');
      await denied(alice.subscribe('billing.**'), 'subscribe', 'billing.**', 'not_allowed');
      await denied(alice.advertise('other.x'), 'advertise', 'other.x', 'not_allowed');
      // refused before anyone looks for a provider: permission_denied, not no_providers
      await denied(alice.call('other.x', {}), 'call', 'other.x', 'not_allowed');
    });

    it('deny wins over allow, in one rule and across rules: a "*" rule\'s deny is not lifted by the client\'s own allow', async () => {
      const b = await h.broker({
        rules: {
          rules: [
            { identity: ALICE.nodeId, publish: { allow: ['orders.*'], deny: ['orders.audit'] }, call: ['**'] },
            { identity: '*', call: { deny: ['admin.**'] } },
          ],
        },
      });
      const alice = await h.client(b, ALICE);
      await alice.publishAcked('orders.eu', 1);
      const e = await denied(alice.publishAcked('orders.audit', 1), 'publish', 'orders.audit', 'denied');
      expect(e.details.pattern).to.equal('orders.audit');
      const c = await denied(alice.call('admin.reset', {}), 'call', 'admin.reset', 'denied');
      expect(c.details.pattern).to.equal('admin.**');
      // the allow still works where no deny reaches
      expect((await rejection(alice.call('shop.nobody', {}))).code).to.equal('no_providers');
    });

    it('default: an identity no rule names gets `default`; without one it may do nothing', async () => {
      const rules = { rules: [{ identity: ALICE.nodeId, publish: ['orders.*'] }] };
      const withDefault = await h.broker({ rules: { ...rules, default: { call: ['com.macula.diagnostics.*'], subscribe: ['public.**'] } } });
      const bob = await h.client(withDefault, BOB);
      expect(decodeJson(await bob.call('com.macula.diagnostics.hello', {}))).to.include({ node_id: NODE.nodeId });
      await bob.subscribe('public.news');
      await denied(bob.publishAcked('public.news', 1), 'publish', 'public.news', 'not_allowed');
      // alice has a rule of her own: the default is not added to it
      const alice = await h.client(withDefault, ALICE);
      await denied(alice.subscribe('public.news'), 'subscribe', 'public.news', 'not_allowed');

      const without = await h.broker({ rules });
      const bob2 = await h.client(without, BOB);
      await denied(bob2.call('com.macula.diagnostics.hello', {}), 'call', 'com.macula.diagnostics.hello', 'not_allowed');
      await denied(bob2.subscribe('public.news'), 'subscribe', 'public.news', 'not_allowed');
    });

    it('per realm: a rule applies in the realms it names; in another realm the default decides', async () => {
      const b = await h.broker({
        realms: ['io.example.shop', 'io.example.other'],
        rules: { rules: [{ identity: ALICE.nodeId, realm: 'io.example.shop', publish: ['orders.*'] }], default: { publish: ['public.*'] } },
      });
      const inShop = await h.client(b, ALICE, 'io.example.shop');
      await inShop.publishAcked('orders.eu', 1);
      await denied(inShop.publishAcked('public.x', 1), 'publish', 'public.x', 'not_allowed');
      const elsewhere = await h.client(b, ALICE, 'io.example.other');
      const e = await denied(elsewhere.publishAcked('orders.eu', 1), 'publish', 'orders.eu', 'not_allowed');
      expect(e.details.realm).to.equal('io.example.other');
      await elsewhere.publishAcked('public.x', 1);
    });
  });

  describe('a subscription pattern is checked as a pattern', () => {
    it('allowed orders.*: orders.eu and orders.* yes; ** and orders.** no, naming a topic they could match', async () => {
      const b = await h.broker({ rules: { rules: [{ identity: ALICE.nodeId, subscribe: ['orders.*'], publish: ['orders.**'] }] } });
      const alice = await h.client(b, ALICE);
      await alice.subscribe('orders.eu');
      const sid = await alice.subscribe('orders.*');
      const all = await denied(alice.subscribe('**'), 'subscribe', '**', 'not_allowed');
      expect(all.details.witness).to.be.a('string');
      const deep = await denied(alice.subscribe('orders.**'), 'subscribe', 'orders.**', 'not_allowed');
      // orders.** matches `orders` itself (and orders.a.b), which orders.* does not
      expect(deep.details.witness).to.equal('orders');
      await denied(alice.subscribe('orders.*.x'), 'subscribe', 'orders.*.x', 'not_allowed');
      // the allowed wildcard subscription delivers what it matches
      await alice.publishAcked('orders.us', 'hello');
      const ev = (await alice.next((f) => f.event?.subscriptionId === sid)).event!;
      expect(ev.topic).to.equal('orders.us');
    });

    it('allowed orders.** but denied orders.*.audit: orders.** is refused (it could match orders.<x>.audit), orders.eu.sales is allowed', async () => {
      const b = await h.broker({ rules: { rules: [{ identity: ALICE.nodeId, subscribe: { allow: ['orders.**'], deny: ['orders.*.audit'] } }] } });
      const alice = await h.client(b, ALICE);
      const e = await denied(alice.subscribe('orders.**'), 'subscribe', 'orders.**', 'denied');
      expect(e.details.pattern).to.equal('orders.*.audit');
      expect(String(e.details.witness)).to.match(/^orders\.[^.]+\.audit$/);
      await alice.subscribe('orders.eu.sales');
      await alice.subscribe('orders.eu.*.x');
      await denied(alice.subscribe('orders.*.audit'), 'subscribe', 'orders.*.audit', 'denied');
    });
  });

  describe('the reserved namespace com.macula.** is the node\'s own', () => {
    it('a client allowed everything may not advertise com.macula.diagnostics.info nor publish under com.macula; it may call and subscribe, and info still answers with the node', async () => {
      const b = await h.broker({ rules: { rules: [{ identity: ALICE.nodeId, ...everything }] } });
      const alice = await h.client(b, ALICE);
      const e = await denied(alice.advertise('com.macula.diagnostics.info'), 'advertise', 'com.macula.diagnostics.info', 'reserved');
      expect(e.message).to.contain('only the node itself may advertise names under com.macula.**');
      await denied(alice.advertise('com.macula.anything.new'), 'advertise', 'com.macula.anything.new', 'reserved');
      await denied(alice.publishAcked('com.macula.events.up', 1), 'publish', 'com.macula.events.up', 'reserved');
      await alice.subscribe('com.macula.**');
      for (let i = 0; i < 8; i++) {
        expect(decodeJson(await alice.call('com.macula.diagnostics.info', {}))).to.include({ node_id: NODE.nodeId });
      }
      expect(b.rpc!.clientRegistrationCount).to.equal(0);
    });

    it('without a permissions section too; the node\'s own identity (its peer processes) may advertise and publish there', async () => {
      const b = await h.broker();
      const alice = await h.client(b, ALICE);
      await denied(alice.advertise('com.macula.diagnostics.info'), 'advertise', 'com.macula.diagnostics.info', 'reserved');
      const peer = await h.client(b, NODE);
      peer.serve(() => encodeJson('from the node'));
      await peer.advertise('com.macula.test.status');
      await peer.publishAcked('com.macula.events.up', 1);
      expect(decodeJson(await alice.call('com.macula.test.status', {}))).to.equal('from the node');
    });

    it('a permissions section that names com.macula for a client does not open it; the `node` rule alone decides for the node', async () => {
      const b = await h.broker({ rules: { rules: [{ identity: ALICE.nodeId, advertise: ['com.macula.**'] }], node: { call: ['**'] } } });
      const alice = await h.client(b, ALICE);
      await denied(alice.advertise('com.macula.diagnostics.info'), 'advertise', 'com.macula.diagnostics.info', 'reserved');
      const peer = await h.client(b, NODE);
      await denied(peer.advertise('demo.echo'), 'advertise', 'demo.echo', 'not_allowed');
      expect(decodeJson(await peer.call('com.macula.diagnostics.hello', {}))).to.include({ node_id: NODE.nodeId });
    });
  });

  describe('refusals answer the request', () => {
    it('each refused request gets permission_denied with its own correlation id; a refused qos-0 publish gets a connection-level error (correlation id 0) and the connection stays', async () => {
      const b = await h.broker({ rules: { rules: [{ identity: ALICE.nodeId, call: ['com.macula.diagnostics.*'] }] } });
      const alice = await h.client(b, ALICE);
      const requests = [
        { subscribe: { correlationId: 101, pattern: 'x.*' } },
        { publish: { correlationId: 102, topic: 'x.y', qos: 1, payload: encodeJson(1) } },
        { advertise: { correlationId: 103, procedure: 'x.y' } },
        { call: { correlationId: 104, procedure: 'x.y', args: encodeJson({}) } },
      ];
      for (const frame of requests) alice.send(frame);
      for (const [i, action] of (['subscribe', 'publish', 'advertise', 'call'] as const).entries()) {
        const f = await alice.next((x) => x.error?.correlationId === 101 + i);
        const e = fromWireError(f.error!);
        expect(e.code).to.equal('permission_denied');
        expect(e.details).to.include({ action, reason: 'not_allowed', node_id: ALICE.nodeId });
      }
      alice.send({ publish: { topic: 'x.fire', qos: 0, payload: encodeJson(1) } });
      const f = await alice.next((x) => x.error != null);
      expect(f.error!.correlationId ?? 0).to.equal(0);
      const e = fromWireError(f.error!);
      expect(e.code).to.equal('permission_denied');
      expect(e.message).to.contain('publish "x.fire"');
      expect(decodeJson(await alice.call('com.macula.diagnostics.hello', {}))).to.include({ node_id: NODE.nodeId });
      expect(alice.isClosed).to.equal(false);
    });

    it('an invalid name is a grammar error first (invalid_topic / invalid_procedure), not a refusal', async () => {
      const b = await h.broker({ rules: { rules: [] } });
      const alice = await h.client(b, ALICE);
      expect((await rejection(alice.subscribe('a..b'))).code).to.equal('invalid_topic');
      expect((await rejection(alice.publishAcked('a.*', 1))).code).to.equal('invalid_topic');
      expect((await rejection(alice.advertise('a b'))).code).to.equal('invalid_procedure');
      expect((await rejection(alice.call('', {}))).code).to.equal('invalid_procedure');
    });

    it('a refused action changes nothing else: the client\'s subscriptions, advertisements and calls keep working', async () => {
      const b = await h.broker({
        rules: {
          rules: [
            { identity: ALICE.nodeId, subscribe: ['orders.**'], advertise: ['shop.*'], call: ['shop.*'] },
            { identity: BOB.nodeId, publish: ['orders.*'], call: ['shop.*'] },
          ],
        },
      });
      const alice = await h.client(b, ALICE);
      const sid = await alice.subscribe('orders.**');
      alice.serve((args) => encodeJson({ served: decodeJson(args) }));
      await alice.advertise('shop.cart');
      const bob = await h.client(b, BOB);

      // every kind of refusal, qos 0 and qos 1
      alice.send({ publish: { topic: 'orders.eu', qos: 0, payload: encodeJson(1) } });
      await alice.next((f) => f.error != null);
      await denied(alice.publishAcked('orders.eu', 1), 'publish', 'orders.eu');
      await denied(alice.subscribe('**'), 'subscribe', '**');
      await denied(alice.advertise('com.macula.x'), 'advertise', 'com.macula.x', 'reserved');
      await denied(alice.advertise('admin.x'), 'advertise', 'admin.x');
      await denied(alice.call('admin.x', {}), 'call', 'admin.x');

      await bob.publishAcked('orders.eu', 'after');
      const ev = (await alice.next((f) => f.event != null)).event!;
      expect([ev.subscriptionId, ev.topic, decodeJson(ev.payload!)]).to.deep.equal([sid, 'orders.eu', 'after']);
      expect(decodeJson(await bob.call('shop.cart', 7))).to.deep.equal({ served: 7 });
      expect(decodeJson(await alice.call('shop.cart', 8))).to.deep.equal({ served: 8 });
      const session = b.clients!.get(alice.sessionId)!;
      expect([session.subscriptions.size, session.registrations.size, alice.isClosed]).to.deep.equal([1, 1, false]);
      expect(b.clients!.size).to.equal(2);
    });
  });

  it('callers are known to providers: every invocation names the caller\'s node id', async () => {
    const b = await h.broker();
    const provider = await h.client(b, ALICE);
    await provider.advertise('who.am.i');
    for (const who of [BOB, CAROL]) {
      const caller = await h.client(b, who);
      const pending = caller.call('who.am.i', {});
      const inv = (await provider.next('invocation')).invocation!;
      expect(inv.caller).to.equal(who.nodeId);
      provider.send({ yield: { invocationId: inv.invocationId, payload: encodeJson('ok') } });
      await pending;
    }
  });
});
