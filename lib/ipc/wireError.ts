/** MaculaError <-> ipc Error body, so an error crosses the pipe and is rebuilt with its code. */
import { MaculaError } from '../errors/index.js';
import type { macula } from '../gen/ipc.js';

export function errorToWire(err: unknown): macula.common.Error.$Properties {
  const e = MaculaError.wrap(err);
  return { code: e.wireCode, codeName: e.code, message: e.message, detailsJson: JSON.stringify(e.details) };
}

export function errorFromWire(body: macula.common.Error.$Properties | null | undefined): MaculaError {
  let details: Record<string, unknown> | undefined;
  try {
    details = body?.detailsJson ? (JSON.parse(body.detailsJson) as Record<string, unknown>) : undefined;
  } catch {
    details = undefined;
  }
  return MaculaError.fromWire(body?.codeName || body?.code || 0, body?.message ?? 'unknown error', details);
}
