/**
 * Certificates for the mesh_trust tests: a realm CA, intermediates and node leaves signed by
 * them, built with node-forge as lib/identity/certificate.ts builds the self-signed identity
 * (keys from node:crypto, which is fast).
 */
import { X509Certificate, generateKeyPairSync } from 'node:crypto';
import forge from 'node-forge';
import { generateIdentity, nodeIdFromCertPem } from '../../lib/identity/index.js';

const DAY_MS = 86_400_000;
const TEST_KEY_BITS = 2048;

export interface TestCert {
  certPem: string;
  keyPem: string;
  der: Uint8Array;
  nodeId: string;
  subject: string;
}

export interface IssueOptions {
  commonName: string;
  /** Issue a CA certificate (basicConstraints CA:TRUE). @default false */
  ca?: boolean;
  notBefore?: Date;
  notAfter?: Date;
  /** Leave out keyUsage/extKeyUsage (a non-CA then differs from a CA by basicConstraints alone). @default true */
  keyUsage?: boolean;
}

let serial = 1;

/** A certificate signed by `issuer` (or self-signed when no issuer is given). */
export function issue(options: IssueOptions, issuer?: TestCert): TestCert {
  const { privateKey, publicKey } = generateKeyPairSync('rsa', {
    modulusLength: TEST_KEY_BITS,
    publicKeyEncoding: { type: 'spki', format: 'pem' },
    privateKeyEncoding: { type: 'pkcs8', format: 'pem' },
  });
  const cert = forge.pki.createCertificate();
  cert.publicKey = forge.pki.publicKeyFromPem(publicKey);
  cert.serialNumber = (serial++).toString(16).padStart(2, '0');
  cert.validity.notBefore = options.notBefore ?? new Date(Date.now() - 60_000);
  cert.validity.notAfter = options.notAfter ?? new Date(Date.now() + 30 * DAY_MS);
  const subject = [{ name: 'commonName', value: options.commonName }];
  cert.setSubject(subject);
  cert.setIssuer(issuer === undefined ? subject : [{ name: 'commonName', value: issuer.subject }]);
  cert.setExtensions(
    options.ca === true
      ? [{ name: 'basicConstraints', cA: true, critical: true }, { name: 'keyUsage', keyCertSign: true, cRLSign: true, critical: true }]
      : options.keyUsage === false
        ? [{ name: 'basicConstraints', cA: false }]
        : [{ name: 'basicConstraints', cA: false }, { name: 'keyUsage', digitalSignature: true, keyEncipherment: true }, { name: 'extKeyUsage', serverAuth: true, clientAuth: true }],
  );
  cert.sign(forge.pki.privateKeyFromPem(issuer?.keyPem ?? privateKey), forge.md.sha256.create());
  const certPem = forge.pki.certificateToPem(cert);
  return { certPem, keyPem: privateKey, der: new X509Certificate(certPem).raw, nodeId: nodeIdFromCertPem(certPem), subject: options.commonName };
}

/** The node identity every node generates by default (self-signed, lib/identity). */
export function selfSigned(): TestCert {
  const id = generateIdentity({ keyBits: TEST_KEY_BITS });
  return { certPem: id.certPem, keyPem: id.keyPem, der: new X509Certificate(id.certPem).raw, nodeId: id.nodeId, subject: 'macula-node' };
}
