/**
 * quiche configuration and our own peer verification. The binding's native certificate check
 * rejects self-signed leaves and IP server names (REFERENCE §4), so verification is requested
 * (verifyPeer) but allowed to fail natively, and the chain is checked here once the handshake is
 * established: a leaf must exist, be inside its validity window, and (optionally) carry the pinned
 * node id. That the leaf's key signed the handshake is BoringSSL's job (TLS 1.3 CertificateVerify).
 */
import { X509Certificate } from 'node:crypto';
import * as native from '@matrixai/quic/native/index.js';
import { MaculaError, type ErrorCode } from '../errors/index.js';
import { nodeIdFromCertDer } from '../identity/index.js';
import { nodeIdFromSpki, parseCertInfo } from './certInfo.js';
import {
  ALPN,
  INITIAL_MAX_DATA_BYTES,
  INITIAL_MAX_STREAM_DATA_BYTES,
  MAX_CONNECTION_WINDOW_BYTES,
  MAX_STREAM_WINDOW_BYTES,
} from './constants.js';

export type QuicheConfig = native.Config;
export const quiche = native.quiche;

/** TLS alert based QUIC crypto error codes (0x100 + TLS alert). */
export const CRYPTO_BAD_CERTIFICATE = 0x100 + 42;
export const CRYPTO_CERTIFICATE_EXPIRED = 0x100 + 45;
export const CRYPTO_ACCESS_DENIED = 0x100 + 49;
export const CRYPTO_CERTIFICATE_REQUIRED = 0x100 + 116;

export interface QuicheConfigOptions {
  certPem: string;
  keyPem: string;
  idleTimeoutMs: number;
  maxUdpPayloadBytes: number;
  maxStreamsPerConnection: number;
}

export function buildQuicheConfig(o: QuicheConfigOptions): QuicheConfig {
  const enc = new TextEncoder();
  let config: QuicheConfig;
  try {
    config = quiche.Config.withBoringSslCtx(true, true, null, [enc.encode(o.keyPem)], [enc.encode(o.certPem)], null);
  } catch (err) {
    throw new MaculaError('invalid_config', `cannot build the QUIC TLS context: ${(err as Error).message}`, { cause: err });
  }
  config.setApplicationProtos([ALPN]);
  config.grease(false);
  config.setMaxIdleTimeout(o.idleTimeoutMs);
  config.setMaxRecvUdpPayloadSize(o.maxUdpPayloadBytes);
  config.setMaxSendUdpPayloadSize(o.maxUdpPayloadBytes);
  config.setInitialMaxData(INITIAL_MAX_DATA_BYTES);
  config.setInitialMaxStreamDataBidiLocal(INITIAL_MAX_STREAM_DATA_BYTES);
  config.setInitialMaxStreamDataBidiRemote(INITIAL_MAX_STREAM_DATA_BYTES);
  config.setInitialMaxStreamDataUni(0);
  config.setInitialMaxStreamsBidi(o.maxStreamsPerConnection);
  config.setInitialMaxStreamsUni(0);
  config.setMaxStreamWindow(MAX_STREAM_WINDOW_BYTES);
  config.setMaxConnectionWindow(MAX_CONNECTION_WINDOW_BYTES);
  config.setDisableActiveMigration(true);
  // bbr2 crashes this build (REFERENCE §4); cubic is the safe default.
  config.setCcAlgorithm(quiche.CongestionControlAlgorithm.CUBIC);
  return config;
}

export interface VerifyResult {
  nodeId?: string;
  /** On failure: the QUIC crypto error to close with and the typed reason. */
  cryptoError?: number;
  code?: ErrorCode;
  message?: string;
}

/** Check the peer's chain; returns its node id or why it is refused. */
export function verifyPeerChain(
  chain: Uint8Array[] | null,
  expectedNodeId: string | undefined,
  acceptPeer: ((nodeId: string) => boolean) | undefined,
  now = Date.now(),
): VerifyResult {
  const leaf = chain?.[0];
  if (leaf === undefined) {
    return { cryptoError: CRYPTO_CERTIFICATE_REQUIRED, code: 'peer_verification_failed', message: 'peer presented no certificate' };
  }
  let nodeId: string;
  let notBeforeMs: number;
  let notAfterMs: number;
  const info = parseCertInfo(leaf);
  if (info !== null) {
    nodeId = nodeIdFromSpki(info.spki);
    notBeforeMs = info.notBeforeMs;
    notAfterMs = info.notAfterMs;
  } else {
    try {
      const cert = new X509Certificate(leaf);
      nodeId = nodeIdFromCertDer(leaf);
      notBeforeMs = Date.parse(cert.validFrom);
      notAfterMs = Date.parse(cert.validTo);
    } catch {
      return { cryptoError: CRYPTO_BAD_CERTIFICATE, code: 'peer_verification_failed', message: 'peer certificate does not parse' };
    }
  }
  if (!(now >= notBeforeMs && now <= notAfterMs)) {
    return {
      cryptoError: CRYPTO_CERTIFICATE_EXPIRED,
      code: 'peer_verification_failed',
      message: `peer certificate outside its validity (${new Date(notBeforeMs).toISOString()} – ${new Date(notAfterMs).toISOString()})`,
    };
  }
  if (expectedNodeId !== undefined && expectedNodeId.toLowerCase() !== nodeId) {
    return { cryptoError: CRYPTO_BAD_CERTIFICATE, code: 'node_id_mismatch', message: `expected node ${expectedNodeId}, peer is ${nodeId}` };
  }
  if (acceptPeer !== undefined && !acceptPeer(nodeId)) {
    return { cryptoError: CRYPTO_ACCESS_DENIED, code: 'peer_verification_failed', message: `peer ${nodeId} refused by verifyPeer` };
  }
  return { nodeId };
}
