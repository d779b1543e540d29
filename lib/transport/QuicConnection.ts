/**
 * One QUIC connection driven directly on quiche (REFERENCE §4): datagrams in via onDatagram,
 * then one service pass per event-loop turn (verify → read streams → flush write queues → drain
 * conn.send() into the socket → re-arm the single timer). Nothing is surfaced before the peer's
 * certificate verified; a client is ready once the server answered after the handshake (so a
 * server that refuses it makes connect() reject instead of resolving).
 *
 * Liveness: `awaitingSinceMs` is when we started waiting for the peer (ack-eliciting data in
 * flight, nothing received since). The endpoint drops a connection whose peer stays silent past
 * peerSilenceTimeoutMs; a graceful close drops what is queued at once for a peer silent past
 * closeSilenceMs, and otherwise finishes when the pass after the last ACK finds nothing queued
 * and nothing in flight (event-driven, no polling), at most closeTimeoutMs after it began.
 */
import { EventEmitter } from 'node:events';
import type * as native from '@matrixai/quic/native/index.js';
import { MaculaError } from '../errors/index.js';
import { closeErrorOf, statelessResetError } from './closeReason.js';
import { PEER_STREAM_PROBE_WINDOW, READABLE_SCAN_INTERVAL_MS, SMALL_DATAGRAM_BYTES, STREAM_PROBE_LIMIT } from './constants.js';
import { GracefulClose } from './GracefulClose.js';
import { QuicStream, type StreamHost } from './QuicStream.js';
import { verifyPeerChain } from './tls.js';
import type { Connection, EndpointStats } from './types.js';

type NativeConnection = native.Connection;
type HostPort = { host: string; port: number };

/** What a connection needs from its endpoint. */
export interface ConnectionHost {
  readonly readBuffer: Buffer;
  readonly counters: EndpointStats;
  readonly maxFrameBytes: number;
  readonly highWaterBytes: number;
  readonly maxStreams: number;
  readonly closeTimeoutMs: number;
  /** A graceful close drops what is queued once the peer has answered nothing for this long. */
  readonly closeSilenceMs: number;
  readonly idleTimeoutMs: number;
  readonly acceptPeer?: (nodeId: string) => boolean;
  /** Datagrams, timer ticks or a close arrived: read the connection in the next pass, then send. */
  markDirty(conn: QuicConnection): void;
  /** Bytes streams may still hand the application in this pass (reset per pass). */
  readBudget: number;
  /** The read budget ran out with data left on this connection: read it again next event-loop turn. */
  readMore(conn: QuicConnection): void;
  /** The application wrote (or quiche must send now): send in the next send pass. */
  markWrite(conn: QuicConnection): void;
  /** A datagram-sized slice of a send slab that is not in flight. */
  sendBuffer(): Buffer;
  transmit(buf: Buffer, len: number, port: number, host: string): void;
  verified(conn: QuicConnection): void;
  refused(conn: QuicConnection): void;
  /** App-visible close happened (streams destroyed, 'close' emitted). */
  gone(conn: QuicConnection): void;
  /** quiche is fully closed: forget its connection ids. */
  released(conn: QuicConnection): void;
  badFrame(): void;
  invalidDatagram(): void;
  /** A valid stateless reset closed this connection (the peer lost its state). */
  statelessResetReceived(): void;
  /** A graceful close gave up waiting: the deadline passed or the peer went silent. */
  gracefulCloseForced(why: 'deadline' | 'silent'): void;
}

const EMPTY = new Uint8Array(0);

export class QuicConnection extends EventEmitter implements Connection, StreamHost {
  remoteNodeId = '';
  /** Connection ids under which the endpoint routes datagrams to us. */
  readonly keys: string[] = [];
  /** Outgoing connections: the endpoint's `host|port` key of the remote (stateless reset lookup). */
  outgoingKey: string | undefined;
  private readonly streams = new Map<number, QuicStream>();
  /** Streams resumed with frames held back by pause() (read in the next pass; at most the open streams, emptied by each pass). */
  private readonly resumed = new Set<QuicStream>();
  private readonly queuedStreams = new Set<QuicStream>();
  private readonly recvInfo: { from: HostPort; to: HostPort };
  private nextLocalSeq = 0;
  private createdLocal = 0;
  private lowestUnseenPeer: number;
  private readonly seenPeer = new Set<number>();
  private isVerified = false;
  private announced = false;
  private establishedSeen = false;
  private rxAfterEstablished = false;
  private isGone = false;
  private isReleased = false;
  private closing = false;
  private closePromise: Promise<void> | undefined;
  private localError: MaculaError | undefined;
  private timer: NodeJS.Timeout | undefined;
  private timerDeadline = 0;
  private lastScanMs = 0;
  private connectTimer: NodeJS.Timeout | undefined;
  private pendingConnect: { resolve: (c: QuicConnection) => void; reject: (e: MaculaError) => void } | undefined;
  private readonly closeWaiters: Array<() => void> = [];
  /** A graceful close waiting for the queues to drain. */
  private graceful: GracefulClose | undefined;
  /** quiche's idle timeout for this connection (the smaller of both sides'), known once established. */
  private effectiveIdleMs: number;
  /** Release the native connection as soon as its close is sent (an abandoned handshake, a dead peer). */
  private releaseWhenGone = false;
  /** Gone at the next pass, whether or not quiche could send its close yet. */
  private goneNow = false;
  /** performance.now() at creation (handshake deadline). */
  readonly createdMs = performance.now();
  /**
   * performance.now() since which we wait for the peer: ack-eliciting packets in flight and no
   * datagram received since they left. undefined while nothing is outstanding.
   */
  awaitingSinceMs: number | undefined;
  /**
   * Datagrams that may need an acknowledgement, received since output was last drained (decides
   * whether an ACK may wait). Ones of SMALL_DATAGRAM_BYTES or less are not counted: they are the
   * peer's ACKs (a ping, the only small ack-eliciting packet, is still acknowledged, within
   * ACK_DELAY_MS). Counting them made every ACK-only datagram force an immediate ACK-only answer
   * to the next request, and the two sides kept each other sending them (~0.4 per call).
   */
  rxSinceSend = 0;
  /** performance.now() by which a held ACK (the endpoint's ackLater) must go out. */
  ackDueMs = 0;
  /** Something besides an ACK must go out now (a keep-alive, a timer tick, a close). */
  sendNow = false;
  /** quiche was asked to close (verification and announcement are over). */
  private closeRequested = false;
  private refusal: MaculaError | undefined;

  constructor(
    readonly conn: NativeConnection,
    readonly role: 'client' | 'server',
    private readonly host: ConnectionHost,
    remote: HostPort,
    local: HostPort,
    private readonly expectedNodeId?: string,
  ) {
    super();
    this.recvInfo = { from: { host: remote.host, port: remote.port }, to: local };
    // Client-initiated bidi streams are 0, 4, 8, …; server-initiated 1, 5, 9, …
    this.lowestUnseenPeer = role === 'client' ? 1 : 0;
    this.effectiveIdleMs = host.idleTimeoutMs;
  }

  get remoteAddress(): string {
    return this.recvInfo.from.host;
  }

  /** The certificate chain the peer presented (DER, leaf first), once verified; null before that or if unreadable. */
  get peerCertChain(): readonly Uint8Array[] | null {
    if (!this.isVerified) return null;
    try {
      return this.conn.peerCertChain();
    } catch {
      return null;
    }
  }

  get remotePort(): number {
    return this.recvInfo.from.port;
  }

  get closed(): boolean {
    return this.isGone;
  }

  get maxFrameBytes(): number {
    return this.host.maxFrameBytes;
  }

  get counters(): EndpointStats {
    return this.host.counters;
  }

  get readBudget(): number {
    return this.host.readBudget;
  }

  set readBudget(bytes: number) {
    this.host.readBudget = bytes;
  }

  get highWaterBytes(): number {
    return this.host.highWaterBytes;
  }

  /** Verified and surfaced to the application. */
  get ready(): boolean {
    return this.announced && !this.isGone;
  }

  get streamCount(): number {
    return this.streams.size;
  }

  /** Resolves once verified and confirmed by the server (client side). */
  waitReady(timeoutMs: number): Promise<QuicConnection> {
    return new Promise((resolve, reject) => {
      this.pendingConnect = { resolve, reject };
      this.connectTimer = setTimeout(() => {
        this.abort(new MaculaError('timeout', `QUIC handshake with ${this.remoteAddress}:${this.remotePort} timed out after ${timeoutMs} ms`));
      }, timeoutMs);
    });
  }

  openStream(): QuicStream {
    if (this.isGone || this.closing) throw new MaculaError('connection_closed', 'connection is closed');
    if (this.streams.size >= this.host.maxStreams) {
      throw new MaculaError('too_many_streams', `connection holds ${this.streams.size} streams (maxStreamsPerConnection)`);
    }
    // quiche refuses a local stream whose sequence reaches the peer's MAX_STREAMS.
    const peerMax = this.createdLocal + this.conn.peerStreamsLeftBidi();
    if (this.nextLocalSeq >= peerMax) {
      throw new MaculaError('too_many_streams', `peer allows no more streams now (limit ${peerMax})`);
    }
    const id = this.nextLocalSeq * 4 + (this.role === 'client' ? 0 : 1);
    this.nextLocalSeq++;
    const s = new QuicStream(id, this);
    this.streams.set(id, s);
    return s;
  }

  close(options: { force?: boolean; code?: number; reason?: string } = {}): Promise<void> {
    if (this.closePromise !== undefined) return this.closePromise;
    this.closing = true;
    this.closePromise = new Promise<void>((resolve) => {
      if (this.isGone) {
        resolve();
        return;
      }
      this.closeWaiters.push(resolve);
      const code = options.code ?? 0;
      const reason = options.reason ?? '';
      if (options.force === true || !this.announced) {
        this.shutdown(true, code, reason, undefined, 'now');
        return;
      }
      if (this.peerSilentFor(this.host.closeSilenceMs)) {
        // A dead or silent peer: what is queued for it will never be acknowledged; drop it now.
        this.host.gracefulCloseForced('silent');
        this.shutdown(true, code, reason, undefined, 'release');
        return;
      }
      // Graceful: queued writes reach quiche and get acknowledged, then close. serviceSend decides
      // after every pass (each ACK causes one); the deadline and the silence timer bound the wait.
      this.graceful = new GracefulClose(code, reason, this, this.host.closeTimeoutMs, this.host.closeSilenceMs, (why) => this.forceGraceful(why));
      this.host.markWrite(this);
    });
    return this.closePromise;
  }

  /** The peer has answered nothing for at least `ms` while we wait for it. */
  peerSilentFor(ms: number, now = performance.now()): boolean {
    return this.awaitingSinceMs !== undefined && now - this.awaitingSinceMs >= ms;
  }

  /** Nothing in flight: quiche's next deadline is far (the idle timer), not a PTO or ack timer. */
  private nothingInFlight(t: number | null): boolean {
    return t === null || t > this.effectiveIdleMs / 2;
  }

  /** A graceful close stops waiting: close now; what is still queued is dropped. */
  private forceGraceful(why: 'deadline' | 'silent'): void {
    const g = this.graceful;
    if (g === undefined || this.isGone) return;
    this.clearGraceful();
    this.host.gracefulCloseForced(why);
    this.shutdown(true, g.code, g.reason, undefined, why === 'silent' ? 'release' : 'now');
  }

  private clearGraceful(): void {
    this.graceful?.cancel();
    this.graceful = undefined;
  }

  /** An incoming handshake that did not complete in time: close and free its native state at once. */
  abandonHandshake(error: MaculaError): void {
    if (this.isGone || this.isReleased) return;
    this.shutdown(false, 0x1, error.code, error, 'release');
  }

  // ---- driven by the endpoint ----

  onDatagram(msg: Buffer, from: { address: string; port: number }): void {
    if (this.isReleased) return;
    const ri = this.recvInfo;
    if (ri.from.port !== from.port || ri.from.host !== from.address) ri.from = { host: from.address, port: from.port };
    if (this.establishedSeen) this.rxAfterEstablished = true;
    // Any datagram for our connection id counts as an answer (telling authenticated ones apart
    // would cost a stats() call per datagram; quiche's own idle timer only counts those).
    this.awaitingSinceMs = undefined;
    const shortHeader = (msg[0]! & 0x80) === 0; // read before recv() decrypts in place
    const wasClosed = this.closeRequested || this.conn.isClosed();
    try {
      this.conn.recv(msg, ri);
      // quiche recognised the peer's stateless reset token: closed, with no error on either side.
      if (shortHeader && !wasClosed && this.conn.isClosed()) this.onStatelessReset();
    } catch {
      // Undecryptable or malformed: quiche closes the connection itself when it is fatal.
      this.host.invalidDatagram();
    }
    if (!this.establishedSeen && this.conn.isEstablished()) this.establishedSeen = true;
    if (msg.length > SMALL_DATAGRAM_BYTES) this.rxSinceSend++;
    this.host.markDirty(this);
  }

  /** A datagram that routed to no connection may be the peer's stateless reset for this one. */
  probeStatelessReset(msg: Buffer): boolean {
    if (this.isReleased || this.isGone || this.closeRequested || this.role !== 'client') return false;
    try {
      // A copy: recv() decrypts in place, and the next candidate needs the original bytes.
      this.conn.recv(Buffer.from(msg), this.recvInfo);
    } catch {
      return false;
    }
    if (!this.conn.isClosed()) return false;
    this.onStatelessReset();
    this.host.markDirty(this);
    return true;
  }

  onKeepAlive(): void {
    if (this.isGone) return;
    this.conn.sendAckEliciting();
    this.sendNow = true;
    this.host.markDirty(this);
  }

  /** Writes waiting to go into quiche (the next send carries data, not only an ACK). */
  get hasQueuedWrites(): boolean {
    return this.queuedStreams.size > 0;
  }

  /**
   * Only an acknowledgement (of a single datagram) would go out now: the endpoint may hold it
   * briefly so that it rides in the next data datagram to this peer.
   */
  get ackMayWait(): boolean {
    return !this.sendNow && this.rxSinceSend <= 1 && this.queuedStreams.size === 0 && this.announced && !this.closing && !this.isGone && !this.isReleased;
  }

  /** Read half of a pass: verify, announce, dispatch readable streams (their handlers may write). */
  serviceRead(): void {
    if (this.isReleased) return;
    const n = this.conn;
    if (this.isGone) return;
    if (this.closeRequested) {
      // Closing: only deliver what quiche already holds.
      if (this.announced) this.readStreams();
      return;
    }
    if (!this.isVerified && this.establishedSeen && !n.isDraining() && !n.isClosed()) this.verify();
    if (this.isVerified && !this.announced && !n.isDraining() && !n.isClosed()) {
      if (this.role === 'server') this.announce();
      else if (this.rxAfterEstablished) this.announce();
    }
    if (this.announced) {
      // Also once more when the peer closed: deliver what quiche already holds.
      this.readStreams();
    }
  }

  /** Send half of a pass: flush write queues into quiche, drain its datagrams, re-arm the timer. */
  serviceSend(): void {
    if (this.isReleased) return;
    const n = this.conn;
    this.sendNow = false;
    this.rxSinceSend = 0;
    if (!this.isGone && this.announced && !n.isDraining()) {
      for (const s of this.queuedStreams) {
        if (!s.flush()) {
          s.queued = false;
          this.queuedStreams.delete(s);
        }
      }
    }
    this.drainSend();
    if (this.graceful !== undefined && !this.closeRequested && this.queuedStreams.size === 0 && this.nothingInFlight(n.timeout())) {
      // Everything queued was acknowledged: the graceful close completes now.
      const g = this.graceful;
      this.clearGraceful();
      this.shutdown(true, g.code, g.reason);
      this.drainSend();
    }
    const closed = n.isClosed();
    if (closed || n.isDraining() || this.goneNow) {
      this.markGone();
      if (closed || this.releaseWhenGone) {
        this.release();
        return;
      }
    }
    this.armTimer();
  }

  /**
   * Ask quiche to close. mode 'wait': the connection is gone once quiche sent its CONNECTION_CLOSE
   * (a refusal must reach the peer). 'now': gone at the next pass even if quiche cannot send the
   * close yet (towards a dead peer its congestion window may hold it until the next PTO, seconds
   * away); quiche keeps trying in the background. 'release': also free the native state then.
   */
  shutdown(app: boolean, code: number, reason: string, error?: MaculaError, mode: 'wait' | 'now' | 'release' = 'wait'): void {
    if (error !== undefined && this.localError === undefined) this.localError = error;
    try {
      this.conn.close(app, code, reason === '' ? EMPTY : Buffer.from(reason));
    } catch {
      // Already closed.
    }
    this.sendNow = true;
    this.closeRequested = true;
    if (mode !== 'wait') this.goneNow = true;
    if (mode === 'release') this.releaseWhenGone = true;
    this.host.markDirty(this);
  }

  /** Forget the connection without any more packets (endpoint socket closing). */
  release(): void {
    if (this.isReleased) return;
    this.markGone();
    this.isReleased = true;
    if (this.timer !== undefined) clearTimeout(this.timer);
    this.timer = undefined;
    this.clearGraceful();
    this.host.released(this);
  }

  // ---- StreamHost ----

  wantFlush(stream: QuicStream): void {
    if (!stream.queued) {
      stream.queued = true;
      this.queuedStreams.add(stream);
    }
    // Flushed in the endpoint's next send pass (after every frame handler and its microtasks).
    this.host.markWrite(this);
  }

  wantRead(stream: QuicStream): void {
    if (stream.hasHeldFrames) this.resumed.add(stream);
    this.host.markDirty(this);
  }

  readMore(_stream: QuicStream): void {
    this.host.readMore(this);
  }

  streamClosed(stream: QuicStream, badFrame: boolean): void {
    this.streams.delete(stream.id);
    if (badFrame) this.host.badFrame();
  }

  streamCreated(stream: QuicStream): void {
    if ((stream.id & 1) === (this.role === 'client' ? 0 : 1)) this.createdLocal++;
  }

  // ---- internals ----

  refuseWith(error: MaculaError): void {
    this.refusal = error;
  }

  private verify(): void {
    if (this.refusal !== undefined) {
      this.abort(this.refusal, 0x2, this.refusal.code);
      return;
    }
    const result = verifyPeerChain(this.conn.peerCertChain(), this.expectedNodeId, this.role === 'server' ? this.host.acceptPeer : undefined);
    if (result.nodeId !== undefined) {
      this.remoteNodeId = result.nodeId;
      this.isVerified = true;
      return;
    }
    const code = result.code ?? 'peer_verification_failed';
    this.abort(new MaculaError(code, result.message ?? 'peer verification failed'), result.cryptoError, code);
  }

  /** Close with a local error (transport-level: crypto error or connection refused). */
  abort(error: MaculaError, transportCode = 0x2, reason: string = error.code): void {
    this.shutdown(false, transportCode, reason, error);
  }

  private announce(): void {
    this.announced = true;
    const peerIdle = this.conn.stats().peerMaxIdleTimeout;
    if (peerIdle > 0 && peerIdle < this.effectiveIdleMs) this.effectiveIdleMs = peerIdle;
    // The pass that completes the handshake sends at once: quiche's reply here is not a bare ACK
    // (HANDSHAKE_DONE, session tickets) and the peer's connect() waits on it.
    this.sendNow = true;
    if (this.connectTimer !== undefined) clearTimeout(this.connectTimer);
    this.connectTimer = undefined;
    if (this.role === 'server') {
      this.host.verified(this);
    } else {
      const p = this.pendingConnect;
      this.pendingConnect = undefined;
      this.host.verified(this);
      p?.resolve(this);
    }
  }

  private readStreams(): void {
    const n = this.conn;
    const buf = this.host.readBuffer;
    if (this.resumed.size > 0) {
      // resumed streams holding frames back (quiche may have nothing new for them)
      const resumed = [...this.resumed];
      this.resumed.clear();
      for (const s of resumed) if (!s.isPaused && !s.closed) s.read(buf);
    }
    if (this.streams.size > STREAM_PROBE_LIMIT) {
      for (const id of n.readable()) {
        const s = this.streams.get(id) ?? this.peerStream(id);
        if (s !== undefined && !s.isPaused) s.read(buf);
      }
      return;
    }
    for (const s of this.streams.values()) {
      if (!s.isPaused && n.streamReadable(s.id)) s.read(buf);
    }
    // New peer streams: probe the next ids (peers open them in order); an occasional readable()
    // scan finds one opened out of order.
    let id = this.lowestUnseenPeer;
    for (let i = 0; i < PEER_STREAM_PROBE_WINDOW; i++, id += 4) {
      if (this.seenPeer.has(id)) continue;
      if (!n.streamReadable(id)) {
        if (this.seenPeer.size === 0) break;
        continue;
      }
      const s = this.peerStream(id);
      if (s !== undefined && !s.isPaused) s.read(buf);
      if (this.isGone) return;
    }
    const now = performance.now();
    if (now - this.lastScanMs > READABLE_SCAN_INTERVAL_MS) {
      this.lastScanMs = now;
      for (const rid of n.readable()) {
        if (this.streams.has(rid)) continue;
        const s = this.peerStream(rid);
        if (s !== undefined && !s.isPaused) s.read(buf);
        if (this.isGone) return;
      }
    }
  }

  /** A stream the peer opened; undefined when it is stale or not the peer's to open. */
  private peerStream(id: number): QuicStream | undefined {
    const peerBit = this.role === 'client' ? 1 : 0;
    if ((id & 3) !== peerBit || id < this.lowestUnseenPeer || this.seenPeer.has(id)) return undefined;
    this.seenPeer.add(id);
    while (this.seenPeer.has(this.lowestUnseenPeer)) {
      this.seenPeer.delete(this.lowestUnseenPeer);
      this.lowestUnseenPeer += 4;
    }
    const s = new QuicStream(id, this);
    s.created = true;
    this.streams.set(id, s);
    if (this.streams.size > this.host.maxStreams || this.closing) {
      s.reset(new MaculaError('too_many_streams', '').wireCode);
      return undefined;
    }
    this.emit('stream', s);
    return s;
  }

  private drainSend(): void {
    const n = this.conn;
    const host = this.host;
    const to = this.recvInfo.from;
    for (;;) {
      const buf = host.sendBuffer();
      let r: [number, unknown] | null;
      try {
        r = n.send(buf);
      } catch {
        break;
      }
      if (r === null) break;
      host.transmit(buf, r[0], to.port, to.host);
    }
  }

  /** One timer per connection, re-armed only when quiche's deadline moves earlier. */
  private armTimer(): void {
    const t = this.conn.timeout();
    if (this.nothingInFlight(t)) this.awaitingSinceMs = undefined;
    else if (this.awaitingSinceMs === undefined) {
      this.awaitingSinceMs = performance.now();
      this.graceful?.watchSilence();
    }
    if (t === null) {
      if (this.timer !== undefined) clearTimeout(this.timer);
      this.timer = undefined;
      return;
    }
    const deadline = performance.now() + t;
    if (this.timer !== undefined) {
      if (this.timerDeadline <= deadline + 1) return;
      clearTimeout(this.timer);
    }
    this.timerDeadline = deadline;
    this.timer = setTimeout(this.onTimer, Math.max(0, Math.ceil(t)));
  }

  private readonly onTimer = (): void => {
    this.timer = undefined;
    if (this.isReleased) return;
    this.conn.onTimeout();
    this.sendNow = true;
    this.host.markDirty(this);
  };

  private markGone(): void {
    if (this.isGone) return;
    this.isGone = true;
    this.closing = true;
    this.clearGraceful();
    if (this.connectTimer !== undefined) clearTimeout(this.connectTimer);
    this.connectTimer = undefined;
    const err = this.closeError();
    const streamErr = err ?? new MaculaError('connection_closed', 'connection closed');
    for (const s of this.streams.values()) s.destroy(streamErr);
    this.streams.clear();
    this.queuedStreams.clear();
    this.host.gone(this);
    // A server-side handshake that never surfaced: refused (verification, native TLS, limit) or abandoned.
    if (this.role === 'server' && !this.announced) this.host.refused(this);
    if (this.pendingConnect !== undefined) {
      const p = this.pendingConnect;
      this.pendingConnect = undefined;
      p.reject(err ?? new MaculaError('connection_closed', 'connection closed during the handshake'));
    } else if (this.announced) {
      this.emit('close', err);
    }
    for (const w of this.closeWaiters.splice(0)) w();
  }

  private onStatelessReset(): void {
    this.host.statelessResetReceived();
    this.localError ??= statelessResetError(this.remoteAddress, this.remotePort, this.remoteNodeId);
  }

  private closeError(): MaculaError | undefined {
    return this.localError ?? closeErrorOf(this.conn, this.remoteAddress, this.remotePort, this.remoteNodeId);
  }
}
