/**
 * connect(): resolve the client's TLS identity, open its QUIC endpoint and the first session.
 * The first connection is not retried: an unreachable gateway, an unknown realm or a wrong node
 * id rejects at once (connection_refused / no_such_realm / node_id_mismatch) so a CLI or a test
 * learns it immediately; later losses are retried in the background.
 *
 * A client given no identity uses the process's ephemeral one: generated once, off the event
 * loop (crypto.generateKeyPair; the synchronous generation blocked the loop ~290 ms per client,
 * 11.8 s for 50 — issue 9 item 7), shared by every such client (they then share a clientId;
 * sessions still tell them apart). createIdentity() and loadIdentity() make or keep one per client.
 */
import { readFile } from 'node:fs/promises';
import { isIP } from 'node:net';
import { MaculaError } from '../errors/index.js';
import { generateIdentityAsync, loadOrCreateIdentityAsync, nodeIdFromCertPem, type Identity, type LoadedIdentity } from '../identity/index.js';
import { openEndpoint } from '../transport/index.js';
import type { TlsIdentity } from '../transport/types.js';
import { DEFAULT_URL, EPHEMERAL_KEY_BITS } from './constants.js';
import { MaculaClient } from './MaculaClient.js';
import { resolveOptions } from './options.js';
import type { ClientIdentity, ClientOptions } from './types.js';

let ephemeral: Promise<Identity> | undefined;

/** The process's ephemeral identity: one generation, shared (a failed one is tried again next time). */
export function ephemeralIdentity(): Promise<Identity> {
  ephemeral ??= generateIdentityAsync({ keyBits: EPHEMERAL_KEY_BITS }).catch((err: unknown) => {
    ephemeral = undefined;
    throw err;
  });
  return ephemeral;
}

/**
 * A new client identity (RSA key + self-signed certificate; `nodeId` is what the gateway will
 * see as this client's id), generated without blocking the event loop. Pass it as `identity`.
 */
export function createIdentity(options: { keyBits?: number } = {}): Promise<Identity> {
  return generateIdentityAsync({ keyBits: options.keyBits ?? EPHEMERAL_KEY_BITS });
}

/**
 * The identity kept in `dir` (`cert.pem`, `key.pem` mode 0600), created there on first use, so a
 * client keeps its node id across restarts. Only one of the two files present is `identity_error`.
 */
export function loadIdentity(dir: string, options: { keyBits?: number } = {}): Promise<LoadedIdentity> {
  return loadOrCreateIdentityAsync({ dataDir: dir, keyBits: options.keyBits ?? EPHEMERAL_KEY_BITS });
}

/** The identity as PEMs: given, read from files, or the process's ephemeral one. */
export async function resolveIdentity(identity: ClientIdentity | undefined): Promise<TlsIdentity> {
  if (identity === undefined) {
    const { certPem, keyPem } = await ephemeralIdentity();
    return { certPem, keyPem };
  }
  if ('certPem' in identity) return { certPem: identity.certPem, keyPem: identity.keyPem };
  try {
    return { certPem: await readFile(identity.certPath, 'utf8'), keyPem: await readFile(identity.keyPath, 'utf8') };
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
  const resolved = resolveOptions(options);
  const tls = await resolveIdentity(options.identity);
  let clientId: string;
  try {
    clientId = nodeIdFromCertPem(tls.certPem);
  } catch (cause) {
    throw new MaculaError('identity_error', `the client certificate does not parse: ${(cause as Error).message}`, { cause });
  }
  const endpoint = await openEndpoint({ ...options.transport, tls, host: bindHost(url), port: 0, listen: false });
  const client = new MaculaClient(url, clientId, endpoint, resolved);
  try {
    await client.start();
  } catch (err) {
    await client.close();
    throw err;
  }
  return client;
}
