/**
 * Validation of what the `macula` CLI is given, each failure a usage error (exit 64) saying what
 * was expected: whole numbers in a range, node ids, gateway URLs (`quic://` or the seed's
 * `https://` spelling of the same endpoint), and JSON that the wire can carry faithfully.
 */
import { MaculaError } from '../../errors/index.js';
import { DEFAULT_QUIC_PORT } from '../../config/constants.js';

/** A node id: SHA-256 of the node's public key, lowercase hex. */
export const NODE_ID_PATTERN = /^[0-9a-f]{64}$/;
const GATEWAY_SCHEMES = ['quic:', 'https:'];

/** A whole decimal number in [min, max] (no signs, exponents or fractions). */
export function wholeNumber(flag: string, raw: string, min: number, max: number, unit: string): number {
  const text = raw.trim();
  const n = /^\d+$/.test(text) ? Number(text) : NaN;
  if (!Number.isSafeInteger(n) || n < min || n > max) {
    throw new MaculaError('usage', `${flag} must be a whole number of ${unit} from ${min} to ${max}, got ${JSON.stringify(raw)}`, {
      details: { flag, value: raw, min, max },
    });
  }
  return n;
}

/** `--node-id`: 64 hex characters (upper case accepted, lowercased). */
export function nodeId(raw: string, flag = '--node-id'): string {
  const id = raw.trim().toLowerCase();
  if (!NODE_ID_PATTERN.test(id)) {
    throw new MaculaError('usage', `${flag} must be a node id: 64 hex characters (the SHA-256 of the node's public key, as \`macula-cluster status\` prints it), got ${JSON.stringify(raw)} (${raw.length} characters)`, {
      details: { flag, value: raw },
    });
  }
  return id;
}

/**
 * A gateway address as the SDK takes it (`quic://host:port`), from `quic://host[:port]` or
 * `https://host[:port]` (port 9443 when left out). Anything else is a usage error naming `source`.
 */
export function gatewayUrl(raw: string, source: string): string {
  let url: URL;
  try {
    url = new URL(raw.trim());
  } catch {
    throw new MaculaError('usage', `${source} must be quic://host:port or https://host:port, got ${JSON.stringify(raw)}`, { details: { source, value: raw } });
  }
  if (!GATEWAY_SCHEMES.includes(url.protocol) || url.hostname === '') {
    throw new MaculaError('usage', `${source} must be quic://host:port or https://host:port, got ${JSON.stringify(raw)}`, { details: { source, value: raw } });
  }
  if (url.pathname !== '' && url.pathname !== '/') {
    throw new MaculaError('usage', `${source} names a gateway, not a path: use quic://${url.host}, got ${JSON.stringify(raw)}`, { details: { source, value: raw } });
  }
  return `quic://${url.hostname}:${url.port || DEFAULT_QUIC_PORT}`;
}

/**
 * Parse JSON the wire can carry as written: a number JSON.parse cannot hold (1e400 → Infinity,
 * sent as null; 1e-400 → 0; an integer past 2^53 that would change) is refused, naming it.
 */
export function faithfulJson(text: string): unknown {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (cause) {
    throw new MaculaError('invalid_args', `not JSON: ${(cause as Error).message}`, { cause });
  }
  for (const literal of numberLiterals(text)) {
    const n = Number(literal);
    const integer = /^-?\d+$/.test(literal);
    const why = !Number.isFinite(n)
      ? 'is too large for a JSON number (it would be sent as null)'
      : n === 0 && /[1-9]/.test(literal.split(/[eE]/)[0]!)
        ? 'is too small for a JSON number (it would be sent as 0)'
        : integer && !Number.isSafeInteger(n)
          ? `is an integer beyond 2^53 (it would be sent as ${n})`
          : undefined;
    if (why !== undefined) {
      throw new MaculaError('invalid_args', `the number ${literal} ${why}: send it as a string, e.g. "${literal}"`, { details: { number: literal } });
    }
  }
  return value;
}

/** The number tokens of a JSON text (outside strings), as written. */
function numberLiterals(text: string): string[] {
  const out: string[] = [];
  const number = /-?\d+(\.\d+)?([eE][+-]?\d+)?/y;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (c === '"') {
      for (i++; i < text.length && text[i] !== '"'; i++) if (text[i] === '\\') i++;
    } else if (c === '-' || (c >= '0' && c <= '9')) {
      number.lastIndex = i;
      const m = number.exec(text);
      if (m) {
        out.push(m[0]);
        i += m[0].length - 1;
      }
    }
  }
  return out;
}
