/** MaculaError <-> ipc Error body, so an error crosses the pipe and is rebuilt with its code. */
import { MaculaError } from '../errors/index.js';
import type { macula } from '../gen/ipc.js';

export function errorToWire(err: unknown): macula.ipc.Error.$Properties {
  const e = MaculaError.wrap(err);
  return { code: e.wireCode, name: e.code, message: e.message, detailsJson: JSON.stringify(e.details) };
}

export function errorFromWire(body: macula.ipc.Error.$Properties | null | undefined): MaculaError {
  let details: Record<string, unknown> | undefined;
  try {
    details = body?.detailsJson ? (JSON.parse(body.detailsJson) as Record<string, unknown>) : undefined;
  } catch {
    details = undefined;
  }
  return MaculaError.fromWire(body?.name || body?.code || 0, body?.message ?? 'unknown error', details);
}
