/**
 * The same self-signed certificate generateIdentity() makes (RSA, SHA-256, CN `macula-node`,
 * basicConstraints cA=false, keyUsage digitalSignature+keyEncipherment, extKeyUsage
 * serverAuth+clientAuth; RFC 5280 §4.1), made without blocking the event loop: the key comes from
 * crypto.generateKeyPair (libuv's thread pool) and the signature from crypto.sign with a callback,
 * around a DER encoding of the TBSCertificate written here. node-forge would cost ~20 ms to load
 * and ~45 ms of pure-JavaScript RSA per signature on the main thread; the synchronous key
 * generation ~120–290 ms (issue 9 item 7).
 */
import { generateKeyPair, randomBytes, sign } from 'node:crypto';
import { MaculaError } from '../errors/index.js';
import { nodeIdFromCertPem, type GenerateOptions, type Identity } from './certificate.js';
import { CERT_COMMON_NAME, DEFAULT_CERT_KEY_BITS, DEFAULT_CERT_VALIDITY_DAYS } from './constants.js';

const DAY_MS = 86_400_000;

// ---- a minimal DER encoder (definite lengths only, which is what DER is) ----

function tlv(tag: number, body: Buffer): Buffer {
  const n = body.length;
  let len: Buffer;
  if (n < 0x80) len = Buffer.from([n]);
  else if (n < 0x100) len = Buffer.from([0x81, n]);
  else if (n < 0x10000) len = Buffer.from([0x82, n >> 8, n & 0xff]);
  else len = Buffer.from([0x83, n >> 16, (n >> 8) & 0xff, n & 0xff]);
  return Buffer.concat([Buffer.from([tag]), len, body]);
}

const seq = (...items: Buffer[]): Buffer => tlv(0x30, Buffer.concat(items));
const set = (...items: Buffer[]): Buffer => tlv(0x31, Buffer.concat(items));
const explicit = (n: number, body: Buffer): Buffer => tlv(0xa0 + n, body);
const octets = (body: Buffer): Buffer => tlv(0x04, body);
const bits = (body: Buffer, unused = 0): Buffer => tlv(0x03, Buffer.concat([Buffer.from([unused]), body]));
const utf8 = (text: string): Buffer => tlv(0x0c, Buffer.from(text, 'utf8'));
const NULL = Buffer.from([0x05, 0x00]);

/** A non-negative INTEGER from big-endian bytes (a leading 0x00 when the top bit is set). */
function integer(bytes: Buffer): Buffer {
  let i = 0;
  while (i < bytes.length - 1 && bytes[i] === 0 && (bytes[i + 1]! & 0x80) === 0) i++;
  const v = bytes.subarray(i);
  return tlv(0x02, (v[0]! & 0x80) !== 0 ? Buffer.concat([Buffer.from([0]), v]) : v);
}

function oid(dotted: string): Buffer {
  const parts = dotted.split('.').map(Number);
  const out: number[] = [40 * parts[0]! + parts[1]!];
  for (const p of parts.slice(2)) {
    const chunk: number[] = [p & 0x7f];
    for (let v = Math.floor(p / 128); v > 0; v = Math.floor(v / 128)) chunk.unshift((v & 0x7f) | 0x80);
    out.push(...chunk);
  }
  return tlv(0x06, Buffer.from(out));
}

/** UTCTime for 1950–2049, GeneralizedTime otherwise (RFC 5280 §4.1.2.5). */
function time(d: Date): Buffer {
  const p = (n: number): string => String(n).padStart(2, '0');
  const y = d.getUTCFullYear();
  const rest = `${p(d.getUTCMonth() + 1)}${p(d.getUTCDate())}${p(d.getUTCHours())}${p(d.getUTCMinutes())}${p(d.getUTCSeconds())}Z`;
  if (y >= 1950 && y < 2050) return tlv(0x17, Buffer.from(`${p(y % 100)}${rest}`, 'latin1'));
  return tlv(0x18, Buffer.from(`${String(y).padStart(4, '0')}${rest}`, 'latin1'));
}

const SHA256_WITH_RSA = seq(oid('1.2.840.113549.1.1.11'), NULL);

function extension(id: string, value: Buffer): Buffer {
  return seq(oid(id), octets(value));
}

/** The TBSCertificate of a self-signed certificate for `spkiDer`. */
function tbsCertificate(spkiDer: Buffer, commonName: string, notBefore: Date, notAfter: Date): Buffer {
  // Serial: 16 bytes, first 0x01 so it is positive and never shortened (as generateIdentity does).
  const serial = Buffer.concat([Buffer.from([0x01]), randomBytes(15)]);
  const name = seq(set(seq(oid('2.5.4.3'), utf8(commonName))));
  const extensions = seq(
    extension('2.5.29.19', seq()), // basicConstraints: cA defaults to false
    extension('2.5.29.15', bits(Buffer.from([0xa0]), 5)), // keyUsage: digitalSignature, keyEncipherment
    extension('2.5.29.37', seq(oid('1.3.6.1.5.5.7.3.1'), oid('1.3.6.1.5.5.7.3.2'))), // serverAuth, clientAuth
  );
  return seq(explicit(0, integer(Buffer.from([2]))), integer(serial), SHA256_WITH_RSA, name, seq(time(notBefore), time(notAfter)), name, spkiDer, explicit(3, extensions));
}

function toPem(der: Buffer): string {
  const lines = der.toString('base64').match(/.{1,64}/g) ?? [];
  return `-----BEGIN CERTIFICATE-----\r\n${lines.join('\r\n')}\r\n-----END CERTIFICATE-----\r\n`;
}

function rsaKeyPair(keyBits: number): Promise<{ publicKey: Buffer; privateKey: string }> {
  return new Promise((resolve, reject) =>
    generateKeyPair(
      'rsa',
      { modulusLength: keyBits, publicKeyEncoding: { type: 'spki', format: 'der' }, privateKeyEncoding: { type: 'pkcs8', format: 'pem' } },
      (err, publicKey, privateKey) => (err ? reject(err) : resolve({ publicKey, privateKey })),
    ),
  );
}

function signSha256(data: Buffer, keyPem: string): Promise<Buffer> {
  return new Promise((resolve, reject) => sign('sha256', data, keyPem, (err, signature) => (err ? reject(err) : resolve(signature))));
}

/** generateIdentity() without blocking the event loop (same options, same certificate shape). */
export async function generateIdentityAsync(options: GenerateOptions = {}): Promise<Identity> {
  const keyBits = options.keyBits ?? DEFAULT_CERT_KEY_BITS;
  const validityDays = options.validityDays ?? DEFAULT_CERT_VALIDITY_DAYS;
  if (!Number.isInteger(keyBits) || keyBits < 1024 || keyBits > 8192) {
    throw new MaculaError('invalid_config', `cert_key_bits must be an integer from 1024 to 8192, got ${keyBits}`);
  }
  let key: { publicKey: Buffer; privateKey: string };
  try {
    key = await rsaKeyPair(keyBits);
  } catch (cause) {
    throw new MaculaError('identity_error', `cannot generate an RSA-${keyBits} key: ${(cause as Error).message}`, { cause });
  }
  const notBefore = options.notBefore ?? new Date(Date.now() - 60_000);
  const notAfter = options.notAfter ?? new Date(notBefore.getTime() + validityDays * DAY_MS);
  const tbs = tbsCertificate(key.publicKey, options.commonName ?? CERT_COMMON_NAME, notBefore, notAfter);
  const signature = await signSha256(tbs, key.privateKey);
  const certPem = toPem(seq(tbs, SHA256_WITH_RSA, bits(signature)));
  return { certPem, keyPem: key.privateKey, nodeId: nodeIdFromCertPem(certPem) };
}
