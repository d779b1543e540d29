/**
 * Load the node's identity from disk, generating it on first boot (seed: "TLS certificates
 * auto-generated if missing (stable Node ID)"). Explicit cert/key paths override the data dir;
 * exactly one of the two being present is an error (upstream behaviour).
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync, chmodSync, renameSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { X509Certificate, createPublicKey } from 'node:crypto';
import { MaculaError } from '../errors/index.js';
import { generateIdentity, nodeIdFromCertPem, type Identity } from './certificate.js';
import { CERT_FILE_NAME, KEY_FILE_MODE, KEY_FILE_NAME } from './constants.js';
import { generateIdentityAsync } from './x509.js';

export interface LoadIdentityOptions {
  dataDir: string;
  certPath?: string;
  keyPath?: string;
  keyBits?: number;
  validityDays?: number;
}

export interface LoadedIdentity extends Identity {
  certPath: string;
  keyPath: string;
  /** true when this call generated the files */
  generated: boolean;
}

export function loadOrCreateIdentity(options: LoadIdentityOptions): LoadedIdentity {
  const { certPath, keyPath, existing } = loadExisting(options);
  if (existing !== undefined) return existing;
  return store(generateIdentity({ keyBits: options.keyBits, validityDays: options.validityDays }), certPath, keyPath);
}

/** loadOrCreateIdentity() whose key generation, when there is none yet, runs off the event loop. */
export async function loadOrCreateIdentityAsync(options: LoadIdentityOptions): Promise<LoadedIdentity> {
  const { certPath, keyPath, existing } = loadExisting(options);
  if (existing !== undefined) return existing;
  const identity = await generateIdentityAsync({ keyBits: options.keyBits, validityDays: options.validityDays });
  // Another caller may have created it meanwhile: keep theirs (the node id must stay stable).
  const again = loadExisting(options).existing;
  return again ?? store(identity, certPath, keyPath);
}

function loadExisting(options: LoadIdentityOptions): { certPath: string; keyPath: string; existing?: LoadedIdentity } {
  const certPath = options.certPath ?? join(options.dataDir, CERT_FILE_NAME);
  const keyPath = options.keyPath ?? join(options.dataDir, KEY_FILE_NAME);
  const hasCert = existsSync(certPath);
  const hasKey = existsSync(keyPath);
  if (hasCert !== hasKey) {
    const [present, missing] = hasCert ? [certPath, keyPath] : [keyPath, certPath];
    throw new MaculaError('identity_error', `found ${present} but not ${missing}: provide both the certificate and the key, or neither`, {
      details: { present, missing },
    });
  }
  if (hasCert) {
    const certPem = readFileSync(certPath, 'utf8');
    const keyPem = readFileSync(keyPath, 'utf8');
    let nodeId: string;
    try {
      nodeId = nodeIdFromCertPem(certPem);
      const certKey = new X509Certificate(certPem).publicKey.export({ type: 'spki', format: 'der' });
      const keyPub = createPublicKey(keyPem).export({ type: 'spki', format: 'der' });
      if (!certKey.equals(keyPub)) throw new Error('the key does not belong to the certificate');
    } catch (err) {
      throw new MaculaError('identity_error', `cannot use ${certPath} / ${keyPath}: ${(err as Error).message}`, { cause: err });
    }
    return { certPath, keyPath, existing: { certPem, keyPem, nodeId, certPath, keyPath, generated: false } };
  }
  return { certPath, keyPath };
}

function store(identity: Identity, certPath: string, keyPath: string): LoadedIdentity {
  writeAtomic(keyPath, identity.keyPem, KEY_FILE_MODE);
  writeAtomic(certPath, identity.certPem, 0o644);
  return { ...identity, certPath, keyPath, generated: true };
}

function writeAtomic(path: string, content: string, mode: number): void {
  mkdirSync(dirname(path), { recursive: true, mode: 0o700 });
  const tmp = `${path}.${process.pid}.tmp`;
  writeFileSync(tmp, content, { mode });
  chmodSync(tmp, mode);
  renameSync(tmp, path);
}
