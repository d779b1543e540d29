/**
 * MaculaError ⇄ wire `Error` message. The numeric code is MaculaError.wireCode; the string code
 * travels too so a newer code an older peer does not know still reads well in its logs.
 */
import { ERROR_CODES, MaculaError, isErrorCode } from '../errors/index.js';
import type { WireError } from './types.js';

/** Build the wire error answering `correlationId` (0 = connection-level). Anything not a MaculaError becomes `internal`. */
export function toWireError(err: unknown, correlationId = 0): WireError {
  const e = MaculaError.wrap(err);
  let detailsJson = '';
  if (Object.keys(e.details).length > 0) {
    try {
      detailsJson = JSON.stringify(e.details);
    } catch {
      detailsJson = '';
    }
  }
  return { correlationId, code: e.wireCode, codeName: e.code, message: e.message, detailsJson };
}

/** Rebuild the MaculaError a wire error carries. Unknown codes become `internal`; bad details JSON is dropped. */
export function fromWireError(w: WireError): MaculaError {
  let details: Record<string, unknown> | undefined;
  if (w.detailsJson) {
    try {
      const parsed: unknown = JSON.parse(w.detailsJson);
      if (parsed !== null && typeof parsed === 'object' && !Array.isArray(parsed)) details = parsed as Record<string, unknown>;
    } catch {
      details = undefined;
    }
  }
  const byNumber = w.code ? ERROR_CODES[w.code - 1] : undefined;
  const byName = w.codeName && isErrorCode(w.codeName) ? w.codeName : undefined;
  return MaculaError.fromWire(byNumber ?? byName ?? 'internal', w.message ?? '', details);
}
