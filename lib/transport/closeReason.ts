/**
 * Why a connection ended, as the MaculaError its 'close' carries: quiche's own verdicts (idle
 * timeout, the peer's CONNECTION_CLOSE with a transport or application code, a local failure)
 * mapped onto our codes. The wire code of an application close is MaculaError.wireCode; a
 * transport close's reason phrase may name the code (`too_many_connections`, …).
 */
import type * as native from '@matrixai/quic/native/index.js';
import { MaculaError, isErrorCode, type ErrorCode } from '../errors/index.js';
import { quiche } from './tls.js';

const textDecoder = new TextDecoder();

/** The peer lost the connection (it restarted) and said so with a valid stateless reset. */
export function statelessResetError(address: string, port: number, remoteNodeId: string): MaculaError {
  return new MaculaError('stateless_reset', `${address}:${port} reset the connection: it no longer holds it (restarted); reconnect`, {
    details: { remoteNodeId },
  });
}

/** The error a closed quiche connection ended with; undefined for a graceful close (code 0). */
export function closeErrorOf(n: native.Connection, address: string, port: number, remoteNodeId: string): MaculaError | undefined {
  if (n.isTimedOut()) {
    return new MaculaError('timeout', `idle timeout: peer ${address}:${port} gone`, { details: { remoteNodeId } });
  }
  const pe = n.peerError();
  if (pe !== null) {
    const reason = textDecoder.decode(pe.reason);
    const details = { errorCode: pe.errorCode, isApp: pe.isApp, reason };
    if (pe.errorCode === 0) return undefined;
    if (pe.isApp) return MaculaError.fromWire(pe.errorCode, reason || `closed by peer with code ${pe.errorCode}`, details);
    let code: ErrorCode = 'transport_error';
    if (pe.errorCode >= quiche.CRYPTO_ERROR_START && pe.errorCode <= quiche.CRYPTO_ERROR_STOP) code = 'peer_verification_failed';
    else if (pe.errorCode === 0x2) code = 'connection_refused';
    if (reason !== '' && isErrorCode(reason)) code = reason;
    return new MaculaError(code, `peer closed the connection: ${reason || `error ${pe.errorCode}`}`, { details });
  }
  const le = n.localError();
  if (le !== null && le.errorCode !== 0) {
    return new MaculaError('transport_error', `connection failed locally with error ${le.errorCode}`, { details: { errorCode: le.errorCode, isApp: le.isApp } });
  }
  return undefined;
}
