/**
 * mesh_trust (issue 10, point 4): which nodes may open a node link, decided at the link's
 * handshake from the peer's certificate chain (as the QUIC verify step hands it over, DER, leaf
 * first) and the node id the link claims:
 *
 * - `open`: any node (of the realm: the link handshake checks the realm) whose leaf certificate is
 *   valid and whose public key hashes to the claimed node id;
 * - `allowlist`: that, and the node id is listed in `mesh_allowlist`;
 * - `ca`: that, and the leaf chains to a certificate of `mesh_ca_path` (directly or through
 *   intermediates the peer sent, each a CA, each within its validity), every signature checked.
 *
 * A refusal is a typed `not_trusted` error naming the mode, the node and why, for the handshake
 * to send back before it closes — never a silent close. The node id itself is still the SHA-256
 * of the leaf's public key, so a CA-signed certificate changes who vouches for a node, not its id.
 */
import { X509Certificate } from 'node:crypto';
import { MaculaError } from '../errors/index.js';
import { nodeIdFromSpki, parseCertInfo } from '../transport/certInfo.js';
import { MAX_CHAIN_DEPTH, NODE_ID_SHORT_CHARS } from './constants.js';
import type { DistrustReason, MeshTrustMode } from './types.js';

export interface MeshTrustOptions {
  mode: MeshTrustMode;
  /** Node ids allowed to link (`allowlist`). */
  allowlist?: Iterable<string>;
  /** The realm's CA certificates (`ca`), as loadTrustAnchors() returns them. */
  anchors?: readonly X509Certificate[];
}

function within(cert: X509Certificate, now: number): boolean {
  return now >= Date.parse(cert.validFrom) && now <= Date.parse(cert.validTo);
}

function issuedBy(child: X509Certificate, parent: X509Certificate): boolean {
  try {
    return child.checkIssued(parent) && child.verify(parent.publicKey);
  } catch {
    return false;
  }
}

export class MeshTrust {
  readonly mode: MeshTrustMode;
  readonly #allowlist: ReadonlySet<string>;
  readonly #anchors: readonly X509Certificate[];

  constructor(options: MeshTrustOptions) {
    this.mode = options.mode;
    this.#allowlist = new Set([...(options.allowlist ?? [])].map((id) => id.toLowerCase()));
    this.#anchors = options.anchors ?? [];
    if (this.mode === 'allowlist' && this.#allowlist.size === 0) {
      throw new MaculaError('invalid_config', 'mesh_trust "allowlist" needs a non-empty mesh_allowlist', { details: { key: 'mesh_allowlist' } });
    }
    if (this.mode === 'ca' && this.#anchors.length === 0) {
      throw new MaculaError('invalid_config', 'mesh_trust "ca" needs the realm CA certificates (mesh_ca_path)', { details: { key: 'mesh_ca_path' } });
    }
  }

  /** `not_trusted` naming why the peer may not link, or undefined when it may. */
  check(chain: readonly Uint8Array[] | null | undefined, nodeId: string, now = Date.now()): MaculaError | undefined {
    const claimed = nodeId.toLowerCase();
    const refuse = (reason: DistrustReason, why: string): MaculaError =>
      new MaculaError('not_trusted', `node link from ${claimed.slice(0, NODE_ID_SHORT_CHARS)}… refused (mesh_trust ${this.mode}): ${why}`, {
        details: { mode: this.mode, node_id: claimed, reason },
      });
    const leafDer = chain?.[0];
    if (leafDer === undefined) return refuse('no_certificate', 'it presented no certificate');
    let leaf: X509Certificate;
    try {
      leaf = new X509Certificate(leafDer);
    } catch {
      return refuse('bad_certificate', 'its certificate does not parse');
    }
    const info = parseCertInfo(leafDer);
    const actual = info !== null ? nodeIdFromSpki(info.spki) : nodeIdFromSpki(leaf.publicKey.export({ type: 'spki', format: 'der' }));
    if (actual !== claimed) return refuse('node_id_mismatch', `its certificate's public key is node ${actual}, not the node id it claims`);
    if (!within(leaf, now)) return refuse('expired', `its certificate is outside its validity (${leaf.validFrom} – ${leaf.validTo})`);
    if (this.mode === 'open') return undefined;
    if (this.mode === 'allowlist') {
      return this.#allowlist.has(actual) ? undefined : refuse('not_in_allowlist', 'its node id is not in mesh_allowlist');
    }
    return this.#chainsToAnchor(leaf, chain!.slice(1), now) ? undefined : refuse('not_signed_by_ca', 'its certificate is not signed by a realm CA of mesh_ca_path (directly or through valid intermediate CAs it sent)');
  }

  /**
   * Traffic relayed from node `nodeId` (multi-hop: no certificate of its own reaches this node,
   * only its id, vouched for by the relays this node trusts): `allowlist` checks the id; `open`
   * and `ca` take the relays' word (each relay was admitted by the same rule).
   */
  checkRelayed(nodeId: string): MaculaError | undefined {
    if (this.mode !== 'allowlist') return undefined;
    const id = nodeId.toLowerCase();
    if (this.#allowlist.has(id)) return undefined;
    return new MaculaError('not_trusted', `traffic relayed from ${id.slice(0, NODE_ID_SHORT_CHARS)}… refused (mesh_trust allowlist): its node id is not in mesh_allowlist`, {
      details: { mode: this.mode, node_id: id, reason: 'not_in_allowlist' },
    });
  }

  /** Throws `not_trusted` unless the peer may link. */
  verify(chain: readonly Uint8Array[] | null | undefined, nodeId: string, now = Date.now()): void {
    const e = this.check(chain, nodeId, now);
    if (e !== undefined) throw e;
  }

  #chainsToAnchor(leaf: X509Certificate, rest: readonly Uint8Array[], now: number): boolean {
    const intermediates: X509Certificate[] = [];
    for (const der of rest.slice(0, MAX_CHAIN_DEPTH)) {
      try {
        const c = new X509Certificate(der);
        if (c.ca && within(c, now)) intermediates.push(c);
      } catch {
        // an unparsable extra certificate vouches for nothing
      }
    }
    let current = leaf;
    const used = new Set<X509Certificate>();
    for (let depth = 0; depth <= MAX_CHAIN_DEPTH; depth++) {
      if (this.#anchors.some((a) => within(a, now) && issuedBy(current, a))) return true;
      const next = intermediates.find((c) => !used.has(c) && issuedBy(current, c));
      if (next === undefined) return false;
      used.add(next);
      current = next;
    }
    return false;
  }
}
