/**
 * The two facts peer verification needs from an X.509 certificate — its SubjectPublicKeyInfo
 * bytes (the node id is their SHA-256, as lib/identity computes it) and its validity window —
 * read straight from the DER. node:crypto's X509Certificate parse plus SPKI re-export costs
 * ~0.5 ms per handshake side here; this walk costs microseconds. Anything unexpected returns
 * null and the caller falls back to node:crypto.
 */
import { createHash } from 'node:crypto';

export interface CertInfo {
  spki: Buffer;
  notBeforeMs: number;
  notAfterMs: number;
}

interface Tlv {
  tag: number;
  start: number;
  end: number;
  next: number;
}

function tlv(b: Buffer, pos: number, limit: number): Tlv | null {
  if (pos + 2 > limit) return null;
  const tag = b[pos]!;
  let len = b[pos + 1]!;
  let hdr = 2;
  if (len & 0x80) {
    const n = len & 0x7f;
    if (n === 0 || n > 4 || pos + 2 + n > limit) return null;
    len = 0;
    for (let i = 0; i < n; i++) len = len * 256 + b[pos + 2 + i]!;
    hdr += n;
  }
  const start = pos + hdr;
  const end = start + len;
  if (end > limit) return null;
  return { tag, start, end, next: end };
}

function parseTime(b: Buffer, t: Tlv): number {
  const s = b.toString('latin1', t.start, t.end);
  let m: RegExpExecArray | null;
  if (t.tag === 0x17 && (m = /^(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})Z$/.exec(s)) !== null) {
    const yy = Number(m[1]);
    return Date.UTC(yy >= 50 ? 1900 + yy : 2000 + yy, Number(m[2]) - 1, Number(m[3]), Number(m[4]), Number(m[5]), Number(m[6]));
  }
  if (t.tag === 0x18 && (m = /^(\d{4})(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})Z$/.exec(s)) !== null) {
    return Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]), Number(m[4]), Number(m[5]), Number(m[6]));
  }
  return NaN;
}

export function parseCertInfo(der: Uint8Array): CertInfo | null {
  const b = Buffer.from(der.buffer, der.byteOffset, der.byteLength);
  const cert = tlv(b, 0, b.length);
  if (cert === null || cert.tag !== 0x30) return null;
  const tbs = tlv(b, cert.start, cert.end);
  if (tbs === null || tbs.tag !== 0x30) return null;
  let f = tlv(b, tbs.start, tbs.end);
  if (f !== null && f.tag === 0xa0) f = tlv(b, f.next, tbs.end); // [0] version
  // serialNumber, signature, issuer
  for (const tag of [0x02, 0x30, 0x30]) {
    if (f === null || f.tag !== tag) return null;
    f = tlv(b, f.next, tbs.end);
  }
  if (f === null || f.tag !== 0x30) return null;
  const nb = tlv(b, f.start, f.end);
  const na = nb === null ? null : tlv(b, nb.next, f.end);
  if (nb === null || na === null) return null;
  const notBeforeMs = parseTime(b, nb);
  const notAfterMs = parseTime(b, na);
  if (Number.isNaN(notBeforeMs) || Number.isNaN(notAfterMs)) return null;
  const subject = tlv(b, f.next, tbs.end);
  if (subject === null || subject.tag !== 0x30) return null;
  const spki = tlv(b, subject.next, tbs.end);
  if (spki === null || spki.tag !== 0x30) return null;
  return { spki: b.subarray(subject.next, spki.end), notBeforeMs, notAfterMs };
}

export function nodeIdFromSpki(spki: Uint8Array): string {
  return createHash('sha256').update(spki).digest('hex');
}
