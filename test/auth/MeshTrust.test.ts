/**
 * mesh_trust at a node link's handshake: the verifier gets the peer's DER chain (leaf first, as
 * the QUIC verify step hands it over) and the node id the link claims.
 */
import { expect } from 'chai';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { MeshTrust, loadTrustAnchors, type DistrustReason } from '../../lib/auth/index.js';
import { MaculaError } from '../../lib/errors/index.js';
import { issue, selfSigned, type TestCert } from './certs.js';
import { expectMaculaError } from './helpers.js';

const DAY_MS = 86_400_000;

function expectNotTrusted(trust: MeshTrust, chain: Uint8Array[] | null, nodeId: string, reason: DistrustReason): MaculaError {
  const e = trust.check(chain, nodeId);
  expect(e, `should be refused: ${reason}`).to.be.instanceOf(MaculaError);
  expect(e!.code).to.equal('not_trusted');
  expect(e!.details).to.include({ mode: trust.mode, node_id: nodeId.toLowerCase(), reason });
  expect(e!.message).to.contain(`mesh_trust ${trust.mode}`).and.to.contain(nodeId.slice(0, 12));
  expect(() => trust.verify(chain, nodeId)).to.throw(MaculaError);
  return e!;
}

describe('mesh_trust: which nodes may open a node link', () => {
  let dir: string;
  let ca: TestCert;
  let otherCa: TestCert;
  let caSigned: TestCert;
  let generated: TestCert;
  let caFile: string;
  before(function () {
    this.timeout(20_000);
    dir = mkdtempSync(join(tmpdir(), 'macula-meshtrust-'));
    ca = issue({ commonName: 'realm CA', ca: true });
    otherCa = issue({ commonName: 'another realm CA', ca: true });
    caSigned = issue({ commonName: 'node-1' }, ca);
    generated = selfSigned();
    caFile = join(dir, 'realm-ca.pem');
    writeFileSync(caFile, ca.certPem);
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  describe('every mode', () => {
    for (const mode of ['open', 'allowlist', 'ca'] as const) {
      const make = () => new MeshTrust({ mode, allowlist: [generated.nodeId, caSigned.nodeId], anchors: loadTrustAnchors(caFile) });
      it(`${mode}: refuses a peer that presented no certificate`, () => {
        expectNotTrusted(make(), null, generated.nodeId, 'no_certificate');
        expectNotTrusted(make(), [], generated.nodeId, 'no_certificate');
      });
      it(`${mode}: refuses a peer whose certificate is not the node id it claims`, () => {
        const e = expectNotTrusted(make(), [caSigned.der], generated.nodeId, 'node_id_mismatch');
        expect(e.message).to.contain(caSigned.nodeId);
      });
      it(`${mode}: refuses bytes that are not a certificate`, () => {
        expectNotTrusted(make(), [new Uint8Array([0x30, 0x03, 0x02, 0x01, 0x00])], generated.nodeId, 'bad_certificate');
      });
    }
  });

  describe('open', () => {
    it('accepts any node whose valid certificate is its node id: the generated self-signed identity is enough', () => {
      const trust = new MeshTrust({ mode: 'open' });
      expect(trust.check([generated.der], generated.nodeId)).to.equal(undefined);
      expect(trust.check([caSigned.der], caSigned.nodeId.toUpperCase())).to.equal(undefined);
      trust.verify([generated.der], generated.nodeId);
    });
    it('refuses a certificate outside its validity', () => {
      const old = issue({ commonName: 'old', notBefore: new Date(Date.now() - 10 * DAY_MS), notAfter: new Date(Date.now() - DAY_MS) });
      expectNotTrusted(new MeshTrust({ mode: 'open' }), [old.der], old.nodeId, 'expired');
    });
  });

  describe('allowlist', () => {
    it('accepts a listed node id and refuses an unlisted one, naming mesh_allowlist', () => {
      const trust = new MeshTrust({ mode: 'allowlist', allowlist: [generated.nodeId.toUpperCase()] });
      expect(trust.check([generated.der], generated.nodeId)).to.equal(undefined);
      const e = expectNotTrusted(trust, [caSigned.der], caSigned.nodeId, 'not_in_allowlist');
      expect(e.message).to.contain('mesh_allowlist');
    });
    it('an empty allowlist is a configuration error, not a node that trusts nobody silently', () => {
      expectMaculaError(() => new MeshTrust({ mode: 'allowlist', allowlist: [] }), 'invalid_config');
    });
  });

  describe('ca', () => {
    it('accepts a node certificate signed by the realm CA', () => {
      const trust = new MeshTrust({ mode: 'ca', anchors: loadTrustAnchors(caFile) });
      expect(trust.check([caSigned.der], caSigned.nodeId)).to.equal(undefined);
    });
    it('refuses the generated self-signed identity, and a certificate signed by another CA', () => {
      const trust = new MeshTrust({ mode: 'ca', anchors: loadTrustAnchors(caFile) });
      expectNotTrusted(trust, [generated.der], generated.nodeId, 'not_signed_by_ca');
      const foreign = issue({ commonName: 'node-x' }, otherCa);
      expectNotTrusted(trust, [foreign.der], foreign.nodeId, 'not_signed_by_ca');
    });
    it('refuses a certificate whose issuer name is the realm CA\'s but whose signature is not', () => {
      // same subject as the realm CA, different key: names match, the signature check does not
      const impostor = issue({ commonName: 'realm CA', ca: true });
      const leaf = issue({ commonName: 'node-y' }, impostor);
      expectNotTrusted(new MeshTrust({ mode: 'ca', anchors: loadTrustAnchors(caFile) }), [leaf.der, impostor.der], leaf.nodeId, 'not_signed_by_ca');
    });
    it('accepts a chain through an intermediate CA the peer sends, and refuses it without the intermediate', () => {
      const intermediate = issue({ commonName: 'realm intermediate', ca: true }, ca);
      const leaf = issue({ commonName: 'node-2' }, intermediate);
      const trust = new MeshTrust({ mode: 'ca', anchors: loadTrustAnchors(caFile) });
      expect(trust.check([leaf.der, intermediate.der], leaf.nodeId)).to.equal(undefined);
      expectNotTrusted(trust, [leaf.der], leaf.nodeId, 'not_signed_by_ca');
    });
    it('refuses a chain whose intermediate is not a CA certificate (a leaf cannot sign for others)', () => {
      const trust = new MeshTrust({ mode: 'ca', anchors: loadTrustAnchors(caFile) });
      const notCa = issue({ commonName: 'node-signer' }, ca);
      const leaf = issue({ commonName: 'node-3' }, notCa);
      expectNotTrusted(trust, [leaf.der, notCa.der], leaf.nodeId, 'not_signed_by_ca');
      // basicConstraints CA:FALSE alone (no keyUsage to object) is enough to refuse it
      const bare = issue({ commonName: 'bare-signer', keyUsage: false }, ca);
      const leaf2 = issue({ commonName: 'node-5' }, bare);
      expectNotTrusted(trust, [leaf2.der, bare.der], leaf2.nodeId, 'not_signed_by_ca');
    });
    it('refuses a chain whose intermediate has expired', () => {
      const expired = issue({ commonName: 'old intermediate', ca: true, notBefore: new Date(Date.now() - 10 * DAY_MS), notAfter: new Date(Date.now() - DAY_MS) }, ca);
      const leaf = issue({ commonName: 'node-4' }, expired);
      expectNotTrusted(new MeshTrust({ mode: 'ca', anchors: loadTrustAnchors(caFile) }), [leaf.der, expired.der], leaf.nodeId, 'not_signed_by_ca');
    });
    it('a CA file with several realm CAs accepts a node signed by any of them', () => {
      const both = join(dir, 'both.pem');
      writeFileSync(both, `${ca.certPem}\n${otherCa.certPem}`);
      const foreign = issue({ commonName: 'node-z' }, otherCa);
      const trust = new MeshTrust({ mode: 'ca', anchors: loadTrustAnchors(both) });
      expect(trust.check([foreign.der], foreign.nodeId)).to.equal(undefined);
      expect(trust.check([caSigned.der], caSigned.nodeId)).to.equal(undefined);
    });
    it('ca mode without CA certificates is a configuration error', () => {
      expectMaculaError(() => new MeshTrust({ mode: 'ca', anchors: [] }), 'invalid_config');
    });
  });
});
