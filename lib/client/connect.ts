/**
 * connect(): resolve the client's TLS identity, open its QUIC endpoint and the first session.
 * The first connection is not retried: an unreachable gateway, an unknown realm or a wrong node
 * id rejects at once (connection_refused / no_such_realm / node_id_mismatch) so a CLI or a test
 * learns it immediately; later losses are retried in the background.
 */
import { readFileSync } from 'node:fs';
import { isIP } from 'node:net';
import { MaculaError } from '../errors/index.js';
import { generateIdentity, nodeIdFromCertPem } from '../identity/index.js';
import { openEndpoint } from '../transport/index.js';
import type { TlsIdentity } from '../transport/types.js';
import { DEFAULT_URL, EPHEMERAL_KEY_BITS } from './constants.js';
import { MaculaClient } from './MaculaClient.js';
import type { ClientIdentity, ClientOptions } from './types.js';

/** The identity as PEMs: given, read from files, or freshly generated. */
export function resolveIdentity(identity: ClientIdentity | undefined): TlsIdentity {
  if (identity === undefined) {
    const { certPem, keyPem } = generateIdentity({ keyBits: EPHEMERAL_KEY_BITS });
    return { certPem, keyPem };
  }
  if ('certPem' in identity) return { certPem: identity.certPem, keyPem: identity.keyPem };
  try {
    return { certPem: readFileSync(identity.certPath, 'utf8'), keyPem: readFileSync(identity.keyPath, 'utf8') };
  } catch (cause) {
    throw new MaculaError('identity_error', `cannot read the client identity (${identity.certPath}, ${identity.keyPath}): ${(cause as Error).message}`, { cause });
  }
}

/** The local address to bind: loopback for a loopback gateway, the wildcard otherwise. */
function bindHost(url: string): string {
  let host: string;
  try {
    host = new URL(url).hostname.replace(/^\[|\]$/g, '');
  } catch (cause) {
    throw new MaculaError('invalid_config', `not a URL: ${url} (expected quic://host:port)`, { cause });
  }
  const v6 = isIP(host) === 6;
  const loopback = host === 'localhost' || host.startsWith('127.') || host === '::1';
  if (loopback) return v6 ? '::1' : '127.0.0.1';
  return v6 ? '::' : '0.0.0.0';
}

/** Connect to a gateway: `await connect('quic://127.0.0.1:9443', { realm: 'macula.default' })`. */
export async function connect(url: string = DEFAULT_URL, options: ClientOptions = {}): Promise<MaculaClient> {
  if (typeof url !== 'string' || !url.startsWith('quic://')) throw new MaculaError('invalid_config', `expected quic://host:port, got ${String(url)}`);
  const tls = resolveIdentity(options.identity);
  let clientId: string;
  try {
    clientId = nodeIdFromCertPem(tls.certPem);
  } catch (cause) {
    throw new MaculaError('identity_error', `the client certificate does not parse: ${(cause as Error).message}`, { cause });
  }
  const endpoint = await openEndpoint({ ...options.transport, tls, host: bindHost(url), port: 0, listen: false });
  const client = new MaculaClient(url, clientId, endpoint, options);
  try {
    await client.start();
  } catch (err) {
    await client.close();
    throw err;
  }
  return client;
}
