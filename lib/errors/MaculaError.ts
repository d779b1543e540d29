/**
 * The one error root. Every error Macula raises is a MaculaError with a stable string `code`
 * (see codes.ts) that maps to a protobuf enum value, so an error crosses IPC and the wire and is
 * rebuilt on the other side as the same class with the same code.
 *
 * Third-party errors are wrapped at the boundary: `new MaculaError('transport_error', msg, { cause })`.
 */
import { ERROR_CODES, type ErrorCode, isErrorCode, isRetryable } from './codes.js';

export interface MaculaErrorOptions {
  cause?: unknown;
  /** Extra machine-readable facts (the offending topic, the child id, …). Must be JSON-safe. */
  details?: Record<string, unknown>;
}

export class MaculaError extends Error {
  override readonly name = 'MaculaError';
  readonly code: ErrorCode;
  readonly details: Record<string, unknown>;

  constructor(code: ErrorCode, message: string, options: MaculaErrorOptions = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.code = code;
    this.details = options.details ?? {};
  }

  /** The same request may succeed if retried unchanged later (ERROR_INFO). */
  get retryable(): boolean {
    return isRetryable(this.code);
  }

  /** Numeric code for protobuf enums (stable: index in ERROR_CODES, +1 so 0 stays "unspecified"). */
  get wireCode(): number {
    return ERROR_CODES.indexOf(this.code) + 1;
  }

  toJSON(): { code: ErrorCode; message: string; details: Record<string, unknown> } {
    return { code: this.code, message: this.message, details: this.details };
  }

  /** Rebuild from the wire: by string code or numeric wire code. Unknown codes become `internal`. */
  static fromWire(code: string | number, message: string, details?: Record<string, unknown>): MaculaError {
    let c: ErrorCode = 'internal';
    if (typeof code === 'number') {
      const found = ERROR_CODES[code - 1];
      if (found !== undefined) c = found;
    } else if (isErrorCode(code)) {
      c = code;
    }
    return new MaculaError(c, message, { details });
  }

  /** Wrap anything thrown into a MaculaError, keeping MaculaErrors as they are. */
  static wrap(err: unknown, code: ErrorCode = 'internal', message?: string): MaculaError {
    if (err instanceof MaculaError) return err;
    const msg = message ?? (err instanceof Error ? err.message : String(err));
    return new MaculaError(code, msg, { cause: err });
  }
}

export function isMaculaError(err: unknown, code?: ErrorCode): err is MaculaError {
  return err instanceof MaculaError && (code === undefined || err.code === code);
}
