/**
 * Node identity: an RSA key and a self-signed X.509 certificate (node-forge builds and signs it;
 * key generation is handed to Node's crypto, ~0.2 s for 2048 bits). The node id is the SHA-256 of
 * the DER-encoded SubjectPublicKeyInfo, lowercase hex (upstream: SHA-256 of the public key).
 */
import { createHash, createPublicKey, generateKeyPairSync, X509Certificate } from 'node:crypto';
import { createRequire } from 'node:module';
import type forgeType from 'node-forge';
import { MaculaError } from '../errors/index.js';
import { CERT_COMMON_NAME, DEFAULT_CERT_KEY_BITS, DEFAULT_CERT_VALIDITY_DAYS } from './constants.js';

export interface Identity {
  certPem: string;
  keyPem: string;
  /** SHA-256 of the public key (SPKI DER), 64 lowercase hex chars. */
  nodeId: string;
}

export interface GenerateOptions {
  /** @default 2048 */
  keyBits?: number;
  /** @default 3650 */
  validityDays?: number;
  /** Override the validity window (tests make expired certificates with it). */
  notBefore?: Date;
  notAfter?: Date;
  /** @default 'macula-node' */
  commonName?: string;
}

const DAY_MS = 86_400_000;

// node-forge costs ~150 ms and ~10 MB to load; only certificate generation needs it, so every
// process that merely loads an existing identity (gateway, peers) never pays for it.
const requireCjs = createRequire(import.meta.url);
let forgeModule: typeof forgeType | undefined;
function loadForge(): typeof forgeType {
  forgeModule ??= requireCjs('node-forge') as typeof forgeType;
  return forgeModule;
}

export function generateIdentity(options: GenerateOptions = {}): Identity {
  const keyBits = options.keyBits ?? DEFAULT_CERT_KEY_BITS;
  const validityDays = options.validityDays ?? DEFAULT_CERT_VALIDITY_DAYS;
  if (!Number.isInteger(keyBits) || keyBits < 1024 || keyBits > 8192) {
    throw new MaculaError('invalid_config', `cert_key_bits must be an integer from 1024 to 8192, got ${keyBits}`);
  }
  const { privateKey, publicKey } = generateKeyPairSync('rsa', {
    modulusLength: keyBits,
    publicKeyEncoding: { type: 'spki', format: 'pem' },
    privateKeyEncoding: { type: 'pkcs8', format: 'pem' },
  });
  const forge = loadForge();
  const cert = forge.pki.createCertificate();
  cert.publicKey = forge.pki.publicKeyFromPem(publicKey);
  cert.serialNumber = '01' + forge.util.bytesToHex(forge.random.getBytesSync(15));
  const notBefore = options.notBefore ?? new Date(Date.now() - 60_000);
  cert.validity.notBefore = notBefore;
  cert.validity.notAfter = options.notAfter ?? new Date(notBefore.getTime() + validityDays * DAY_MS);
  const attrs = [{ name: 'commonName', value: options.commonName ?? CERT_COMMON_NAME }];
  cert.setSubject(attrs);
  cert.setIssuer(attrs);
  cert.setExtensions([
    { name: 'basicConstraints', cA: false },
    { name: 'keyUsage', digitalSignature: true, keyEncipherment: true },
    { name: 'extKeyUsage', serverAuth: true, clientAuth: true },
  ]);
  cert.sign(forge.pki.privateKeyFromPem(privateKey), forge.md.sha256.create());
  const certPem = forge.pki.certificateToPem(cert);
  return { certPem, keyPem: privateKey, nodeId: nodeIdFromCertPem(certPem) };
}

/** Node id from a certificate in DER (what a QUIC verify callback receives). */
export function nodeIdFromCertDer(der: Uint8Array): string {
  const cert = new X509Certificate(der);
  return nodeIdFromPublicKey(cert.publicKey.export({ type: 'spki', format: 'der' }));
}

export function nodeIdFromCertPem(pem: string): string {
  const cert = new X509Certificate(pem);
  return nodeIdFromPublicKey(cert.publicKey.export({ type: 'spki', format: 'der' }));
}

export function nodeIdFromKeyPem(keyPem: string): string {
  return nodeIdFromPublicKey(createPublicKey(keyPem).export({ type: 'spki', format: 'der' }));
}

function nodeIdFromPublicKey(spkiDer: Buffer): string {
  return createHash('sha256').update(spkiDer).digest('hex');
}
