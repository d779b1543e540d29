/**
 * Bootstrap URLs (`bootstrap_url` / MACULA_BOOTSTRAP_URL): a comma-separated list of
 * `quic://host:port` or `https://host:port` (the seed's form: the same QUIC endpoint), each
 * optionally pinned with `?node_id=<64 hex>`. Unpinned means trust on first use: the node id the
 * bootstrap node's certificate proves on the first dial is taken (and logged).
 */
import { MaculaError } from '../../errors/index.js';
import { isIdHex } from '../ids.js';

export interface BootstrapUrl {
  /** As written, for messages. */
  readonly text: string;
  /** The dialable form: quic://host:port. */
  readonly endpoint: string;
  /** Pinned node id, if given. */
  readonly nodeId?: string;
}

const SCHEMES = new Set(['quic:', 'https:']);

/** Parse one URL; throws invalid_config naming what is wrong. */
export function parseBootstrapUrl(text: string): BootstrapUrl {
  let u: URL;
  try {
    u = new URL(text.trim());
  } catch {
    throw new MaculaError('invalid_config', `bootstrap URL ${JSON.stringify(text)} is not a URL (quic://host:port or https://host:port)`, { details: { url: text } });
  }
  if (!SCHEMES.has(u.protocol)) throw new MaculaError('invalid_config', `bootstrap URL ${JSON.stringify(text)} must be quic://host:port or https://host:port`, { details: { url: text } });
  if (u.hostname === '' || u.port === '') throw new MaculaError('invalid_config', `bootstrap URL ${JSON.stringify(text)} must name a host and a port`, { details: { url: text } });
  const pinned = u.searchParams.get('node_id');
  if (pinned !== null && !isIdHex(pinned)) {
    throw new MaculaError('invalid_config', `bootstrap URL ${JSON.stringify(text)}: node_id must be 64 lowercase hex characters`, { details: { url: text } });
  }
  for (const key of u.searchParams.keys()) {
    if (key !== 'node_id') throw new MaculaError('invalid_config', `bootstrap URL ${JSON.stringify(text)}: unknown parameter ${key} (only node_id)`, { details: { url: text, parameter: key } });
  }
  const out: BootstrapUrl = { text: text.trim(), endpoint: `quic://${u.host}` };
  return pinned === null ? out : { ...out, nodeId: pinned };
}

/** Parse the comma-separated list (empty entries are not allowed). */
export function parseBootstrapUrls(text: string | undefined): BootstrapUrl[] {
  if (text === undefined || text.trim() === '') return [];
  return text.split(',').map((t) => {
    if (t.trim() === '') throw new MaculaError('invalid_config', 'bootstrap_url has an empty entry (two commas, or one at an end)', { details: { url: text } });
    return parseBootstrapUrl(t);
  });
}
