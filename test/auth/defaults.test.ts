import { expect } from 'chai';
import { ACTIONS, accessPosture, accessSummary, exposureWarning, isLoopbackAddress, isLoopbackHost, parsePermissions } from '../../lib/auth/index.js';
import { ALICE, NODE, expectAllowed, expectRefused, grantOf, policyOf } from './helpers.js';

describe('the default without a permissions section', () => {
  describe('listening on loopback only', () => {
    for (const host of ['127.0.0.1', '127.1.2.3', '::1', '[::1]', 'localhost', 'LOCALHOST']) {
      it(`${host}: posture loopback_open, no warning`, () => {
        expect(accessPosture({ listenHost: host })).to.deep.equal({ kind: 'loopback_open' });
        expect(exposureWarning({ listenHost: host })).to.equal(undefined);
      });
    }
    it('every client (all of them local) may publish, subscribe to **, advertise and call anything not reserved', () => {
      const p = policyOf(undefined, '127.0.0.1');
      expect(p.posture.kind).to.equal('loopback_open');
      const g = grantOf(p, ALICE, 'macula.default', '127.0.0.1');
      expect(g.source).to.equal('loopback');
      for (const action of ACTIONS) expectAllowed(g, action, action === 'subscribe' ? '**' : 'demo.echo');
    });
  });

  describe('listening beyond loopback', () => {
    for (const host of ['0.0.0.0', '::', '192.0.2.7', 'node1.example.com']) {
      it(`${host}: posture local_only with a warning naming the listener, the refusal and docs/SECURITY.md`, () => {
        const posture = accessPosture({ listenHost: host, listenPort: 9443 });
        expect(posture.kind).to.equal('local_only');
        expect(posture.warning).to.contain(`${host}:9443`).and.to.contain('refused').and.to.contain('docs/SECURITY.md');
        expect(exposureWarning({ listenHost: host })).to.be.a('string');
      });
    }
    it('a client on loopback may still do anything not reserved', () => {
      const p = policyOf(undefined, '0.0.0.0');
      for (const address of ['127.0.0.1', '::1', '::ffff:127.0.0.1']) {
        const g = grantOf(p, ALICE, 'macula.default', address);
        for (const action of ACTIONS) expectAllowed(g, action, 'demo.echo');
        expectRefused(g, 'advertise', 'com.macula.diagnostics.info', 'reserved');
      }
    });
    it('a client from another machine is refused every action, told why and from which address', () => {
      const g = grantOf(policyOf(undefined, '0.0.0.0'), ALICE, 'macula.default', '192.0.2.10');
      expect(g.source).to.equal('remote');
      for (const action of ACTIONS) {
        const e = expectRefused(g, action, 'demo.echo', 'remote_without_permissions');
        expect(e.details.remote_address).to.equal('192.0.2.10');
        expect(e.message).to.contain('no permissions section').and.to.contain('192.0.2.10');
      }
    });
    it('the node\'s own identity may do anything from any address', () => {
      const g = grantOf(policyOf(undefined, '0.0.0.0'), NODE, 'macula.default', '192.0.2.10');
      for (const action of ACTIONS) expectAllowed(g, action, 'com.macula.diagnostics.info');
    });
  });

  describe('with a permissions section', () => {
    it('posture rules, no warning, wherever it listens', () => {
      const permissions = parsePermissions({ rules: [] });
      expect(accessPosture({ listenHost: '0.0.0.0', permissions })).to.deep.equal({ kind: 'rules' });
      expect(exposureWarning({ listenHost: '0.0.0.0', permissions })).to.equal(undefined);
    });
    it('loopback clients are no longer trusted by address: the rules decide for them too', () => {
      const g = grantOf(policyOf({ rules: [{ identity: '*', call: ['com.macula.diagnostics.*'] }] }, '127.0.0.1'), ALICE, 'macula.default', '127.0.0.1');
      expectAllowed(g, 'call', 'com.macula.diagnostics.info');
      expectRefused(g, 'advertise', 'demo.echo', 'not_allowed');
    });
  });

  describe('the stated default in one line (banner, /health)', () => {
    it('names the rules, or the loopback default and what it refuses', () => {
      expect(accessSummary({ listenHost: '127.0.0.1' })).to.contain('listening on loopback only').and.to.contain('com.macula.**');
      expect(accessSummary({ listenHost: '0.0.0.0' })).to.contain('clients beyond loopback are refused every action');
      expect(accessSummary({ listenHost: '0.0.0.0', permissions: parsePermissions({ rules: [{ identity: '*', call: ['x'] }] }) })).to.contain('permissions: 1 rule,').and.to.contain('may do nothing');
      expect(accessSummary({ listenHost: '0.0.0.0', permissions: parsePermissions({ rules: [], default: { call: ['x'] } }) })).to.contain('0 rules').and.to.contain('get the default');
    });
  });

  describe('which addresses are loopback', () => {
    it('127.0.0.0/8, ::1 and IPv4-mapped 127.x are; everything else, and non-addresses, are not', () => {
      for (const a of ['127.0.0.1', '127.255.255.254', '::1', '::ffff:127.0.0.1']) expect(isLoopbackAddress(a), a).to.equal(true);
      for (const a of ['128.0.0.1', '10.0.0.1', '::', '0.0.0.0', '::ffff:10.0.0.1', 'localhost', '', 'garbage']) expect(isLoopbackAddress(a), a).to.equal(false);
    });
    it('a listen host is loopback when it is a loopback address or localhost; other names count as reachable', () => {
      expect(isLoopbackHost('localhost')).to.equal(true);
      expect(isLoopbackHost('myhost')).to.equal(false);
    });
  });
});
