import { expect } from 'chai';
import { X509Certificate } from 'node:crypto';
import { nodeIdFromCertDer } from '../../lib/identity/index.js';
import { nodeIdFromSpki, parseCertInfo } from '../../lib/transport/certInfo.js';
import { identity } from './helpers.js';

describe('transport: certificate facts read from DER', () => {
  it('derives the same node id as lib/identity and the same validity as node:crypto', () => {
    for (const opts of [{}, { notBefore: new Date('2001-02-03T04:05:06Z'), notAfter: new Date('2061-01-01T00:00:00Z') }]) {
      const id = identity(opts);
      const der = new X509Certificate(id.certPem).raw;
      const info = parseCertInfo(der)!;
      expect(nodeIdFromSpki(info.spki)).to.equal(nodeIdFromCertDer(der)).and.to.equal(id.nodeId);
      const x = new X509Certificate(der);
      expect(info.notBeforeMs).to.equal(Date.parse(x.validFrom));
      expect(info.notAfterMs).to.equal(Date.parse(x.validTo));
    }
  });

  it('returns null for bytes that are not a certificate', () => {
    expect(parseCertInfo(Buffer.from([0x30, 0x03, 0x02, 0x01, 0x00]))).to.equal(null);
    expect(parseCertInfo(Buffer.alloc(0))).to.equal(null);
    expect(parseCertInfo(Buffer.from([0x30, 0x84, 0xff, 0xff, 0xff, 0xff]))).to.equal(null);
  });
});
