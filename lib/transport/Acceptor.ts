/**
 * The server side of an endpoint: what becomes of a packet for a connection id the endpoint does
 * not hold. A long header may be a new client: version negotiation, the junk check (a genuine
 * client Initial, initialPacket.ts), stateless retry (always, or 'auto': once RETRY_WHEN_HANDSHAKING
 * handshakes are in progress, RFC 9000 §8.1.2), the MAX_HANDSHAKES cap, then accept() with this
 * connection's stateless reset token. A short header is a connection an earlier incarnation held:
 * it gets a stateless reset (statelessReset.ts). Anything else is dropped and counted, never thrown.
 *
 * State a never-completed handshake holds is bounded: junk never reaches quiche, at most
 * MAX_HANDSHAKES handshakes hold native state, and each is dropped after handshakeTimeoutMs.
 */
import { randomBytes } from 'node:crypto';
import type dgram from 'node:dgram';
import { MaculaError } from '../errors/index.js';
import * as C from './constants.js';
import { isGenuineClientInitial } from './initialPacket.js';
import type { QuicConnection } from './QuicConnection.js';
import { RetryTokens } from './retryToken.js';
import { RateLimit, StatelessResetTokens } from './statelessReset.js';
import { quiche, type QuicheConfig } from './tls.js';
import type { EndpointStats } from './types.js';

type HostPort = { host: string; port: number };
type NativeConnection = ReturnType<typeof quiche.Connection.accept>;

/** Our connection ids are always this long (short-header packets carry no length). */
export const CID_BYTES = 20;

/** What the acceptor needs from its endpoint. */
export interface AcceptorHost {
  readonly counters: EndpointStats;
  readonly local: HostPort;
  readonly maxConnections: number;
  readonly liveCount: number;
  configFor(address: string): QuicheConfig;
  sendBuffer(): Buffer;
  transmit(buf: Buffer, len: number, port: number, host: string): void;
  /** Wrap a native server connection, route `cids` to it, and (unless refused) count it live. */
  adopt(native: NativeConnection, remote: HostPort, cids: Uint8Array[], refusal: MaculaError | undefined): QuicConnection;
}

export class Acceptor {
  /** Server connections holding native state whose handshake has not completed (verified). */
  readonly handshakes = new Set<QuicConnection>();
  /** Of those, the ones being refused (over maxConnections). */
  private readonly refusing = new Set<QuicConnection>();
  private readonly retryTokens = new RetryTokens(C.RETRY_TOKEN_LIFETIME_MS);
  private readonly resetTokens: StatelessResetTokens;
  private readonly resetLimit = new RateLimit(C.STATELESS_RESETS_PER_SECOND);

  constructor(
    private readonly host: AcceptorHost,
    keyPem: string,
    private readonly retryMode: 'always' | 'auto' | 'never',
  ) {
    this.resetTokens = new StatelessResetTokens(keyPem);
  }

  /** A short-header packet for no connection we hold: answer with a stateless reset (rate-limited). */
  onUnknownShortHeader(msg: Buffer, rinfo: dgram.RemoteInfo): void {
    const counters = this.host.counters;
    const reset = this.resetTokens.build(msg.subarray(1, 1 + CID_BYTES), msg.length);
    if (reset === null) return;
    if (!this.resetLimit.take()) {
      counters.statelessResetsRateLimited++;
      return;
    }
    const buf = this.host.sendBuffer();
    reset.copy(buf);
    this.host.transmit(buf, reset.length, rinfo.port, rinfo.address);
    counters.statelessResetsSent++;
  }

  /** A long-header packet for no known connection: maybe a new client. */
  onUnknownLongHeader(msg: Buffer, rinfo: dgram.RemoteInfo): void {
    const host = this.host;
    const counters = host.counters;
    let header: ReturnType<typeof quiche.Header.fromSlice>;
    try {
      header = quiche.Header.fromSlice(msg, quiche.MAX_CONN_ID_LEN);
    } catch {
      counters.droppedGarbage++;
      return;
    }
    if (!quiche.versionIsSupported(header.version)) {
      const buf = host.sendBuffer();
      try {
        const n = quiche.negotiateVersion(header.scid, header.dcid, buf);
        host.transmit(buf, n, rinfo.port, rinfo.address);
        counters.versionNegotiationsSent++;
      } catch {
        counters.droppedGarbage++;
      }
      return;
    }
    if (header.ty !== quiche.Type.Initial) {
      counters.droppedUnknownConnection++;
      return;
    }
    if (msg.length < quiche.MIN_CLIENT_INITIAL_LEN || !isGenuineClientInitial(msg)) {
      // Junk shaped like an Initial: dropped before quiche allocates anything for it.
      counters.droppedInvalidInitial++;
      return;
    }
    let odcid: Buffer | null = null;
    let scid: Buffer;
    const token = header.token;
    const hasToken = token !== undefined && token.length > 0;
    if (!hasToken && (this.retryMode === 'always' || (this.retryMode === 'auto' && this.handshakes.size >= C.RETRY_WHEN_HANDSHAKING))) {
      this.sendRetry(header, rinfo);
      return;
    }
    if (this.handshakes.size >= C.MAX_HANDSHAKES) {
      counters.droppedHandshakeLimit++;
      return;
    }
    if (hasToken) {
      // The client answers our Retry: its token must be ours, fresh, for this address and id.
      odcid = header.dcid.length === CID_BYTES ? this.retryTokens.validate(token, header.dcid, rinfo.address, rinfo.port) : null;
      if (odcid === null) {
        counters.droppedInvalidInitial++;
        return;
      }
      scid = Buffer.from(header.dcid);
    } else {
      scid = randomBytes(CID_BYTES);
    }
    const remote = { host: rinfo.address, port: rinfo.port };
    let refusal: MaculaError | undefined;
    if (host.liveCount >= host.maxConnections) {
      // Refused, not queued. A CONNECTION_CLOSE sent now would travel in the Handshake epoch the
      // client cannot read yet, so the refusal is sent once the handshake is done; the client
      // learns why from the close reason. At most MAX_PENDING_REFUSALS such handshakes at once.
      if (this.refusing.size >= C.MAX_PENDING_REFUSALS) {
        counters.connectionsRefused++;
        return;
      }
      refusal = new MaculaError('too_many_connections', `endpoint holds ${host.liveCount} connections (maxConnections)`);
    }
    const config = host.configFor(rinfo.address);
    let n: NativeConnection;
    try {
      // quiche copies the Config's transport parameters into the connection: this one's token.
      config.setStatelessResetToken(this.resetTokens.tokenBigInt(scid));
      n = quiche.Connection.accept(scid, odcid, host.local, remote, config);
    } catch {
      counters.droppedInvalidInitial++;
      return;
    }
    // Without a Retry the client keeps using its own destination id until our first packet.
    const c = host.adopt(n, remote, odcid === null ? [scid, header.dcid] : [scid], refusal);
    this.handshakes.add(c);
    if (refusal !== undefined) this.refusing.add(c);
    c.onDatagram(msg, rinfo);
  }

  /** The connection completed its handshake (verified) or freed its native state. */
  done(conn: QuicConnection): void {
    this.handshakes.delete(conn);
    this.refusing.delete(conn);
  }

  /** Drop handshakes older than `timeoutMs`. */
  sweep(now: number, timeoutMs: number): void {
    for (const c of this.handshakes) {
      if (now - c.createdMs <= timeoutMs) continue;
      this.host.counters.handshakesTimedOut++;
      c.abandonHandshake(new MaculaError('timeout', `handshake from ${c.remoteAddress}:${c.remotePort} not completed within ${timeoutMs} ms`));
    }
  }

  private sendRetry(header: ReturnType<typeof quiche.Header.fromSlice>, rinfo: dgram.RemoteInfo): void {
    const newScid = randomBytes(CID_BYTES);
    const t = this.retryTokens.mint(header.dcid, newScid, rinfo.address, rinfo.port);
    const buf = this.host.sendBuffer();
    try {
      const n = quiche.retry(header.scid, header.dcid, newScid, t, header.version, buf);
      this.host.transmit(buf, n, rinfo.port, rinfo.address);
      this.host.counters.retriesSent++;
    } catch {
      this.host.counters.droppedInvalidInitial++;
    }
  }
}
