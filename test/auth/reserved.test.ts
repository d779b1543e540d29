import { expect } from 'chai';
import { RESERVED_PATTERNS, isReserved, mayUseName, withinReserved } from '../../lib/auth/index.js';
import { DIAGNOSTICS_ECHO, DIAGNOSTICS_HELLO, DIAGNOSTICS_INFO } from '../../lib/broker/constants.js';
import { ALICE, NODE, expectAllowed, expectRefused, grantOf, policyOf } from './helpers.js';

describe('reserved namespace: com.macula.** is the node\'s own', () => {
  it('covers every built-in diagnostics procedure the gateway serves', () => {
    for (const p of [DIAGNOSTICS_HELLO, DIAGNOSTICS_ECHO, DIAGNOSTICS_INFO]) expect(isReserved('advertise', p), p).to.equal(true);
    expect(RESERVED_PATTERNS).to.deep.equal(['com.macula.**']);
  });

  it('mayUseName: only the node\'s own identity may advertise or publish to a reserved name', () => {
    for (const action of ['advertise', 'publish'] as const) {
      expect(mayUseName(NODE, NODE, action, 'com.macula.diagnostics.info')).to.equal(true);
      expect(mayUseName(ALICE, NODE, action, 'com.macula.diagnostics.info')).to.equal(false);
      expect(mayUseName(ALICE, NODE, action, 'com.macula')).to.equal(false);
    }
  });

  it('mayUseName: calling and subscribing to reserved names are left to the rules', () => {
    expect(mayUseName(ALICE, NODE, 'call', 'com.macula.diagnostics.info')).to.equal(true);
    expect(mayUseName(ALICE, NODE, 'subscribe', 'com.macula.events')).to.equal(true);
  });

  it('names that only look alike are not reserved: com.maculax.info, org.com.macula.info', () => {
    for (const name of ['com.maculax.info', 'org.com.macula.info', 'com', 'com.mac']) expect(isReserved('advertise', name), name).to.equal(false);
  });

  it('a client allowed everything still may not advertise com.macula.diagnostics.info, nor publish under com.macula', () => {
    const g = grantOf(policyOf({ rules: [{ identity: ALICE, advertise: ['**'], publish: ['**'], call: ['**'] }] }), ALICE);
    const e = expectRefused(g, 'advertise', 'com.macula.diagnostics.info', 'reserved');
    expect(e.message).to.contain('only the node itself may advertise names under com.macula.**');
    expectRefused(g, 'publish', 'com.macula.events.up', 'reserved');
    expectAllowed(g, 'call', 'com.macula.diagnostics.info');
    expectAllowed(g, 'advertise', 'demo.echo');
  });

  it('a rule that names the reserved namespace explicitly does not open it either', () => {
    const g = grantOf(policyOf({ rules: [{ identity: ALICE, advertise: ['com.macula.diagnostics.*'] }] }), ALICE);
    expectRefused(g, 'advertise', 'com.macula.diagnostics.info', 'reserved');
  });

  it('without a permissions section, a loopback client is refused the reserved names and nothing else', () => {
    const g = grantOf(policyOf(undefined, '127.0.0.1'), ALICE, 'macula.default', '127.0.0.1');
    expectRefused(g, 'advertise', 'com.macula.diagnostics.info', 'reserved');
    expectRefused(g, 'publish', 'com.macula.x', 'reserved');
    expectAllowed(g, 'call', 'com.macula.diagnostics.info');
    expectAllowed(g, 'advertise', 'demo.echo');
  });

  it('the node\'s own peer processes may advertise and publish reserved names', () => {
    const g = grantOf(policyOf({ rules: [] }), NODE, 'macula.default', '127.0.0.1');
    expectAllowed(g, 'advertise', 'com.macula.diagnostics.info');
    expectAllowed(g, 'publish', 'com.macula.events.up');
  });

  it('withinReserved tells a pattern entirely inside the namespace from one that only overlaps it', () => {
    expect(withinReserved('com.macula.diagnostics.*')).to.equal(true);
    expect(withinReserved('com.macula')).to.equal(true);
    expect(withinReserved('com.*.diagnostics')).to.equal(false);
    expect(withinReserved('**')).to.equal(false);
  });
});
