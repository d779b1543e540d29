import { expect } from 'chai';
import { ACTIONS, DECISION_CACHE_ENTRIES, MAX_CACHED_GRANTS, PermissionPolicy, parsePermissions } from '../../lib/auth/index.js';
import { ALICE, BOB, CAROL, NODE, OTHER_REALM, REALM, expectAllowed, expectRefused, grantOf, nodeId, policyOf } from './helpers.js';

describe('permissions: rules by identity', () => {
  describe('allow', () => {
    it('an allow pattern lets its identity act on every name it matches, and nothing else', () => {
      const g = grantOf(policyOf({ rules: [{ identity: ALICE, publish: ['orders.*'] }] }), ALICE);
      expectAllowed(g, 'publish', 'orders.eu');
      expectRefused(g, 'publish', 'orders.eu.paris', 'not_allowed');
      expectRefused(g, 'publish', 'invoices.eu', 'not_allowed');
    });
    it('an action the rule leaves out is refused (a rule is the whole grant of its identity)', () => {
      const g = grantOf(policyOf({ rules: [{ identity: ALICE, publish: ['orders.*'] }] }), ALICE);
      for (const action of ['advertise', 'call'] as const) expectRefused(g, action, 'orders.eu', 'not_allowed');
      expectRefused(g, 'subscribe', 'orders.eu', 'not_allowed');
    });
    it('each action has its own lists: advertise and call are granted by name', () => {
      const g = grantOf(policyOf({ rules: [{ identity: ALICE, advertise: 'shop.*', call: { allow: ['billing.**'] } }] }), ALICE);
      expectAllowed(g, 'advertise', 'shop.cart');
      expectRefused(g, 'call', 'shop.cart', 'not_allowed');
      expectAllowed(g, 'call', 'billing.invoice.create');
      expectRefused(g, 'advertise', 'billing.invoice', 'not_allowed');
    });
  });

  describe('deny', () => {
    it('a deny pattern refuses what it matches and names the pattern', () => {
      const g = grantOf(policyOf({ rules: [{ identity: ALICE, call: { allow: ['**'], deny: ['admin.**'] } }] }), ALICE);
      const e = expectRefused(g, 'call', 'admin.reset', 'denied');
      expect(e.details.pattern).to.equal('admin.**');
      expect(e.message).to.contain('admin.**');
      expectAllowed(g, 'call', 'shop.cart');
    });
    it('deny wins over allow in the same rule', () => {
      const g = grantOf(policyOf({ rules: [{ identity: ALICE, publish: { allow: ['orders.*'], deny: ['orders.audit'] } }] }), ALICE);
      expectRefused(g, 'publish', 'orders.audit', 'denied');
      expectAllowed(g, 'publish', 'orders.eu');
    });
    it('deny wins over allow across rules: a deny in a "*" rule is not lifted by an identity\'s own allow', () => {
      const p = policyOf({ rules: [{ identity: '*', publish: { allow: ['public.**'], deny: ['orders.audit'] } }, { identity: ALICE, publish: ['orders.*'] }] });
      const alice = grantOf(p, ALICE);
      expectRefused(alice, 'publish', 'orders.audit', 'denied');
      expectAllowed(alice, 'publish', 'orders.eu');
      expectAllowed(alice, 'publish', 'public.news');
    });
    it('a deny list alone allows nothing', () => {
      const g = grantOf(policyOf({ rules: [{ identity: ALICE, publish: { deny: ['orders.audit'] } }] }), ALICE);
      expectRefused(g, 'publish', 'orders.eu', 'not_allowed');
    });
  });

  describe('identities: one id, a list, "*", and the node\'s own', () => {
    it('a rule naming one node id applies to that id only', () => {
      const p = policyOf({ rules: [{ identity: ALICE, subscribe: ['orders.**'] }] });
      expectAllowed(grantOf(p, ALICE), 'subscribe', 'orders.eu');
      expectRefused(grantOf(p, BOB), 'subscribe', 'orders.eu', 'not_allowed');
    });
    it('a rule listing node ids applies to each of them', () => {
      const p = policyOf({ rules: [{ identity: [ALICE, BOB], call: ['shop.*'] }] });
      expectAllowed(grantOf(p, ALICE), 'call', 'shop.cart');
      expectAllowed(grantOf(p, BOB), 'call', 'shop.cart');
      expectRefused(grantOf(p, CAROL), 'call', 'shop.cart', 'not_allowed');
    });
    it('node ids match whatever their case in the config or at the handshake', () => {
      const p = policyOf({ rules: [{ identity: ALICE.toUpperCase(), call: ['shop.*'] }] });
      expectAllowed(grantOf(p, ALICE), 'call', 'shop.cart');
      expectAllowed(grantOf(p, ALICE.toUpperCase()), 'call', 'shop.cart');
    });
    it('a "*" rule applies to every client identity, in addition to each one\'s own rules', () => {
      const p = policyOf({ rules: [{ identity: '*', call: ['com.macula.diagnostics.*'] }, { identity: ALICE, call: ['shop.*'] }] });
      expectAllowed(grantOf(p, CAROL), 'call', 'com.macula.diagnostics.info');
      expectRefused(grantOf(p, CAROL), 'call', 'shop.cart', 'not_allowed');
      expectAllowed(grantOf(p, ALICE), 'call', 'com.macula.diagnostics.info');
      expectAllowed(grantOf(p, ALICE), 'call', 'shop.cart');
    });
    it('the node\'s own identity has a rule of its own: everything by default, and "*" rules never apply to it', () => {
      const p = policyOf({ rules: [{ identity: '*', publish: { allow: ['**'], deny: ['orders.**'] } }] });
      const node = grantOf(p, NODE, REALM, '127.0.0.1');
      expect(node.source).to.equal('node');
      for (const action of ACTIONS) expectAllowed(node, action, 'orders.eu');
      expectAllowed(node, 'subscribe', '**');
    });
    it('permissions.node narrows what the node\'s own peer processes may do', () => {
      const p = policyOf({ node: { advertise: ['svc.**'], call: ['**'] } });
      const node = grantOf(p, NODE);
      expectAllowed(node, 'advertise', 'svc.echo');
      expectRefused(node, 'advertise', 'other.echo', 'not_allowed');
      expectRefused(node, 'publish', 'svc.events', 'not_allowed');
    });
  });

  describe('default: identities no rule applies to', () => {
    it('permissions.default decides for an identity no rule names', () => {
      const p = policyOf({ default: { subscribe: ['public.**'] }, rules: [{ identity: ALICE, subscribe: ['orders.**'] }] });
      const carol = grantOf(p, CAROL);
      expect(carol.source).to.equal('default');
      expectAllowed(carol, 'subscribe', 'public.news');
      expectRefused(carol, 'subscribe', 'orders.eu', 'not_allowed');
    });
    it('an identity with a rule of its own does not get the default as well', () => {
      const p = policyOf({ default: { subscribe: ['public.**'] }, rules: [{ identity: ALICE, subscribe: ['orders.**'] }] });
      expectRefused(grantOf(p, ALICE), 'subscribe', 'public.news', 'not_allowed');
    });
    it('without permissions.default, an identity no rule applies to may do nothing', () => {
      const g = grantOf(policyOf({ rules: [] }), CAROL, REALM, '127.0.0.1');
      for (const action of ACTIONS) expectRefused(g, action, 'anything', 'not_allowed');
    });
    it('a "*" rule applies to everyone, so the default then never does', () => {
      const p = policyOf({ default: { publish: ['**'] }, rules: [{ identity: '*', call: ['**'] }] });
      expectRefused(grantOf(p, CAROL), 'publish', 'x', 'not_allowed');
    });
  });

  describe('per realm', () => {
    it('a rule with a realm applies in that realm only; elsewhere the identity falls to the default', () => {
      const p = policyOf({ default: { call: ['public.*'] }, rules: [{ identity: ALICE, realm: REALM, call: ['shop.*'] }] });
      expectAllowed(grantOf(p, ALICE, REALM), 'call', 'shop.cart');
      const elsewhere = grantOf(p, ALICE, OTHER_REALM);
      expectRefused(elsewhere, 'call', 'shop.cart', 'not_allowed');
      expectAllowed(elsewhere, 'call', 'public.time');
    });
    it('a rule listing realms applies in each; "*" or no realm means every realm', () => {
      const p = policyOf({ rules: [{ identity: ALICE, realm: [REALM, OTHER_REALM], call: ['a'] }, { identity: BOB, realm: '*', call: ['b'] }, { identity: CAROL, call: ['c'] }] });
      for (const realm of [REALM, OTHER_REALM]) {
        expectAllowed(grantOf(p, ALICE, realm), 'call', 'a');
        expectAllowed(grantOf(p, BOB, realm), 'call', 'b');
        expectAllowed(grantOf(p, CAROL, realm), 'call', 'c');
      }
      expectRefused(grantOf(p, ALICE, 'io.example.third'), 'call', 'a', 'not_allowed');
    });
    it('a refusal names the identity and the realm', () => {
      const e = expectRefused(grantOf(policyOf({ rules: [] }), ALICE, OTHER_REALM), 'publish', 'x');
      expect(e.details).to.include({ node_id: ALICE, realm: OTHER_REALM });
      expect(e.message).to.contain(ALICE.slice(0, 12)).and.to.contain(OTHER_REALM);
    });
  });
});

describe('permissions: a subscription pattern is checked as a pattern', () => {
  const allowedOrdersOne = () => grantOf(policyOf({ rules: [{ identity: ALICE, subscribe: ['orders.*'] }] }), ALICE);

  it('allowed orders.*: may subscribe to orders.eu and orders.*', () => {
    expectAllowed(allowedOrdersOne(), 'subscribe', 'orders.eu');
    expectAllowed(allowedOrdersOne(), 'subscribe', 'orders.*');
  });
  it('allowed orders.*: may not subscribe to ** or orders.**, and the refusal names a topic it could match', () => {
    const all = expectRefused(allowedOrdersOne(), 'subscribe', '**', 'not_allowed');
    expect(all.details.witness).to.be.a('string');
    const deep = expectRefused(allowedOrdersOne(), 'subscribe', 'orders.**', 'not_allowed');
    expect(['orders', 'orders.x.x']).to.include(deep.details.witness);
    expect(deep.message).to.contain(`it could match "${String(deep.details.witness)}"`);
  });
  it('allowed orders.**: may subscribe to orders.*.x, orders and orders.**, not to *.x', () => {
    const g = grantOf(policyOf({ rules: [{ identity: ALICE, subscribe: ['orders.**'] }] }), ALICE);
    for (const p of ['orders.*.x', 'orders', 'orders.**', 'orders.**.x.*']) expectAllowed(g, 'subscribe', p);
    expectRefused(g, 'subscribe', '*.x', 'not_allowed');
  });
  it('allowed patterns cover together: orders and orders.*.** allow orders.**', () => {
    expectAllowed(grantOf(policyOf({ rules: [{ identity: ALICE, subscribe: ['orders', 'orders.*.**'] }] }), ALICE), 'subscribe', 'orders.**');
  });
  it('a pattern that could match any denied topic is refused, naming the deny pattern and a topic in both', () => {
    const g = grantOf(policyOf({ rules: [{ identity: ALICE, subscribe: { allow: ['orders.**'], deny: ['orders.*.audit'] } }] }), ALICE);
    const e = expectRefused(g, 'subscribe', 'orders.**', 'denied');
    expect(e.details).to.include({ pattern: 'orders.*.audit', witness: 'orders.x.audit' });
    expectRefused(g, 'subscribe', 'orders.eu.*', 'denied');
    expectAllowed(g, 'subscribe', 'orders.eu.sales');
    expectAllowed(g, 'subscribe', 'orders.*.sales');
  });
  it('a concrete subscription is decided like a publish of that topic', () => {
    const g = grantOf(policyOf({ rules: [{ identity: ALICE, subscribe: { allow: ['a.*'], deny: ['a.b'] } }] }), ALICE);
    expectAllowed(g, 'subscribe', 'a.c');
    expectRefused(g, 'subscribe', 'a.b', 'denied');
  });
});

describe('permissions: compiled decisions', () => {
  it('identities to which the same rules apply share one compiled grant, per set of rules', () => {
    const p = policyOf({ rules: [{ identity: '*', call: ['a'] }, { identity: ALICE, call: ['b'] }] });
    expect(grantOf(p, BOB).core).to.equal(grantOf(p, CAROL).core);
    expect(grantOf(p, ALICE).core).to.not.equal(grantOf(p, BOB).core);
    expect(grantOf(p, ALICE).source).to.equal('rules[0,1]');
    expect(p.cachedGrants).to.equal(2);
  });
  it('the table of compiled grants is bounded (maxCachedGrants), and grants handed out keep working after it is emptied', () => {
    const ids = Array.from({ length: 10 }, (_, i) => nodeId(`client-${i}`));
    const p = new PermissionPolicy({ nodeId: NODE, listenHost: '0.0.0.0', maxCachedGrants: 4, permissions: parsePermissions({ rules: ids.map((id) => ({ identity: id, call: [`svc.${id.slice(0, 4)}`] })) }) });
    const first = grantOf(p, ids[0]!);
    for (const id of ids) {
      grantOf(p, id);
      expect(p.cachedGrants).to.be.at.most(4);
    }
    expectAllowed(first, 'call', `svc.${ids[0]!.slice(0, 4)}`);
    expectAllowed(grantOf(p, ids[0]!), 'call', `svc.${ids[0]!.slice(0, 4)}`);
  });
  it('the default bound holds: 400 identity rules met in 26 realms with a "*" rule each compile at most MAX_CACHED_GRANTS unions', () => {
    // 400 × 26 = 10,400 distinct sets of applying rules, more than MAX_CACHED_GRANTS
    const ids = Array.from({ length: 400 }, (_, i) => nodeId(`client-${i}`));
    const realms = Array.from({ length: 26 }, (_, r) => `realm.${String.fromCharCode(97 + r)}`);
    const rules = [...ids.map((id) => ({ identity: id, call: 'svc' })), ...realms.map((realm) => ({ identity: '*', realm, call: 'time' }))];
    const p = policyOf({ rules });
    let most = 0;
    for (const realm of realms) for (const id of ids) { grantOf(p, id, realm); most = Math.max(most, p.cachedGrants); }
    expect(most).to.equal(MAX_CACHED_GRANTS);
    expect(p.cachedGrants).to.be.below(MAX_CACHED_GRANTS);
    expectAllowed(grantOf(p, ids[0]!, 'realm.c'), 'call', 'time');
  });
  it('decisions per grant and action are cached up to DECISION_CACHE_ENTRIES, then the cache starts over', () => {
    const g = grantOf(policyOf({ rules: [{ identity: ALICE, publish: ['t.*'] }] }), ALICE);
    for (let i = 0; i < DECISION_CACHE_ENTRIES; i++) g.allows('publish', `t.n${i}`);
    expect(g.core.cachedDecisions('publish')).to.equal(DECISION_CACHE_ENTRIES);
    g.allows('publish', 't.one-more');
    expect(g.core.cachedDecisions('publish')).to.equal(1);
    expectAllowed(g, 'publish', 't.n0');
    expectRefused(g, 'publish', 'u.n0', 'not_allowed');
  });
  it('an action allowed on every name is answered without touching the cache', () => {
    const g = grantOf(policyOf({ rules: [{ identity: ALICE, call: ['**'] }] }), ALICE);
    g.allows('call', 'a.b');
    expect(g.core.cachedDecisions('call')).to.equal(0);
  });
});
