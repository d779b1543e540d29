import { expect } from 'chai';
import { MaculaError } from '../../lib/errors/index.js';
import { DEFAULT_REALM, PROTOCOL_VERSION, negotiateVersion, resolveRealm } from '../../lib/protocol/index.js';

describe('Connect handshake', () => {
  it('negotiates the highest version both sides speak', () => {
    expect(negotiateVersion(PROTOCOL_VERSION)).to.equal(PROTOCOL_VERSION);
    expect(negotiateVersion(7, 1)).to.equal(PROTOCOL_VERSION);
    expect(negotiateVersion(3, 1, { min: 1, max: 5 })).to.equal(3);
    expect(negotiateVersion(9, 2, { min: 1, max: 5 })).to.equal(5);
  });

  it('refuses with protocol_version_unsupported when the ranges do not overlap', () => {
    for (const [max, min] of [[7, 6], [0, 0]] as const) {
      const e = (() => { try { negotiateVersion(max, min, { min: 1, max: 5 }); } catch (err) { return err as MaculaError; } return undefined; })();
      expect(e, `${min}..${max}`).to.be.instanceOf(MaculaError);
      expect(e!.code).to.equal('protocol_version_unsupported');
      expect(e!.details.supported).to.deep.equal({ min: 1, max: 5 });
    }
    expect(() => negotiateVersion(3, 0, { min: 4, max: 5 })).to.throw(MaculaError).with.property('code', 'protocol_version_unsupported');
  });

  it('resolves an empty realm to the default and refuses an unknown one with no_such_realm naming it', () => {
    expect(resolveRealm('', [DEFAULT_REALM])).to.equal(DEFAULT_REALM);
    expect(resolveRealm('io.acme', ['io.acme', DEFAULT_REALM])).to.equal('io.acme');
    try {
      resolveRealm('io.other', ['io.acme']);
      expect.fail('accepted');
    } catch (e) {
      expect((e as MaculaError).code).to.equal('no_such_realm');
      expect((e as MaculaError).details).to.deep.equal({ realm: 'io.other', realms: ['io.acme'] });
    }
  });
});
