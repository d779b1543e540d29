import { expect } from 'chai';
import { mkdtempSync, rmSync, statSync, writeFileSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { X509Certificate, createHash } from 'node:crypto';
import { generateIdentity, loadOrCreateIdentity, nodeIdFromCertDer, nodeIdFromKeyPem } from '../../lib/identity/index.js';
import { isMaculaError } from '../../lib/errors/index.js';

describe('identity (certificate generated on first boot, node id = SHA-256 of the public key)', function () {
  let dir: string;
  beforeEach(() => { dir = mkdtempSync(join(tmpdir(), 'macula-id-')); });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('generates an RSA key and a self-signed certificate (CN macula-node) with the asked validity', function () {
    const id = generateIdentity({ keyBits: 1024, validityDays: 10 });
    const cert = new X509Certificate(id.certPem);
    expect(cert.subject).to.equal('CN=macula-node');
    expect(cert.issuer).to.equal(cert.subject);
    expect(cert.publicKey.asymmetricKeyType).to.equal('rsa');
    expect(cert.publicKey.asymmetricKeyDetails?.modulusLength).to.equal(1024);
    const days = (Date.parse(cert.validTo) - Date.parse(cert.validFrom)) / 86_400_000;
    expect(days).to.be.closeTo(10, 0.01);
    expect(cert.verify(cert.publicKey)).to.equal(true);
  });

  it('derives the node id as lowercase hex SHA-256 of the SubjectPublicKeyInfo, the same from cert and key', function () {
    const id = generateIdentity({ keyBits: 1024 });
    const cert = new X509Certificate(id.certPem);
    const expected = createHash('sha256').update(cert.publicKey.export({ type: 'spki', format: 'der' })).digest('hex');
    expect(id.nodeId).to.equal(expected).and.match(/^[0-9a-f]{64}$/);
    expect(nodeIdFromCertDer(cert.raw)).to.equal(expected);
    expect(nodeIdFromKeyPem(id.keyPem)).to.equal(expected);
  });

  it('writes the key with mode 0600 on first boot and keeps the same node id on the next boot', function () {
    const first = loadOrCreateIdentity({ dataDir: dir, keyBits: 1024 });
    expect(first.generated).to.equal(true);
    expect(statSync(first.keyPath).mode & 0o777).to.equal(0o600);
    const second = loadOrCreateIdentity({ dataDir: dir, keyBits: 1024 });
    expect(second.generated).to.equal(false);
    expect(second.nodeId).to.equal(first.nodeId);
  });

  it('uses explicit cert and key paths instead of the data dir', function () {
    const id = generateIdentity({ keyBits: 1024 });
    const certPath = join(dir, 'my.crt');
    const keyPath = join(dir, 'my.key');
    writeFileSync(certPath, id.certPem);
    writeFileSync(keyPath, id.keyPem, { mode: 0o600 });
    const loaded = loadOrCreateIdentity({ dataDir: join(dir, 'data'), certPath, keyPath });
    expect(loaded.generated).to.equal(false);
    expect(loaded.nodeId).to.equal(id.nodeId);
  });

  it('refuses only one of cert/key present, naming both files', function () {
    const id = generateIdentity({ keyBits: 1024 });
    writeFileSync(join(dir, 'cert.pem'), id.certPem);
    try {
      loadOrCreateIdentity({ dataDir: dir });
      expect.fail('should have thrown');
    } catch (err) {
      expect(isMaculaError(err, 'identity_error')).to.equal(true);
      expect((err as Error).message).to.contain('cert.pem').and.contain('key.pem');
    }
  });

  it('refuses a key that does not belong to the certificate', function () {
    const a = generateIdentity({ keyBits: 1024 });
    const b = generateIdentity({ keyBits: 1024 });
    writeFileSync(join(dir, 'cert.pem'), a.certPem);
    writeFileSync(join(dir, 'key.pem'), b.keyPem);
    expect(() => loadOrCreateIdentity({ dataDir: dir })).to.throw(/does not belong/);
    expect(readFileSync(join(dir, 'cert.pem'), 'utf8')).to.equal(a.certPem);
  });

  it('rejects an out-of-range key size with invalid_config', function () {
    expect(() => generateIdentity({ keyBits: 512 })).to.throw(/cert_key_bits/);
  });
});
