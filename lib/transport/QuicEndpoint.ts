/**
 * The endpoint: ONE UDP socket for incoming and outgoing connections (a node has one address),
 * a map of connections keyed by the destination connection id read from the packet bytes, and
 * one service pass per event-loop turn over the connections that got datagrams, timer ticks or
 * writes (REFERENCE §4: no per-datagram flush, no await per datagram, never-reused send slabs).
 * Packets for connections it does not hold go to the server side (Acceptor.ts: new clients,
 * stateless resets); anything that is not a QUIC packet for a known connection is dropped and
 * counted, never thrown. A sweep every SWEEP_INTERVAL_MS at most drops handshakes past their
 * deadline and connections whose peer went silent.
 */
import dgram from 'node:dgram';
import { lookup as dnsLookupCallback } from 'node:dns';
import { lookup } from 'node:dns/promises';
import { randomBytes } from 'node:crypto';
import { AsyncResource } from 'node:async_hooks';
import { EventEmitter } from 'node:events';
import { isIP } from 'node:net';
import { MaculaError } from '../errors/index.js';
import { nodeIdFromCertPem } from '../identity/index.js';
import { Acceptor, CID_BYTES, type AcceptorHost } from './Acceptor.js';
import * as C from './constants.js';
import { NativeTally } from './nativeMemory.js';
import { QuicConnection, type ConnectionHost } from './QuicConnection.js';
import { buildQuicheConfig, quiche, type QuicheConfig } from './tls.js';
import type { ConnectOptions, Endpoint, EndpointOptions, EndpointStats } from './types.js';

function newStats(): EndpointStats {
  return {
    connections: 0,
    connectionsAccepted: 0,
    connectionsInitiated: 0,
    connectionsClosed: 0,
    connectionsRefused: 0,
    datagramsIn: 0,
    datagramsOut: 0,
    bytesIn: 0,
    bytesOut: 0,
    sendCalls: 0,
    receiveBatches: 0,
    smallDatagramsOut: 0,
    readPasses: 0,
    sendPasses: 0,
    framesIn: 0,
    framesOut: 0,
    droppedGarbage: 0,
    droppedUnknownConnection: 0,
    droppedInvalid: 0,
    droppedInvalidInitial: 0,
    droppedHandshakeLimit: 0,
    handshakesInProgress: 0,
    handshakesTimedOut: 0,
    nativeConnections: 0,
    nativeCollections: 0,
    peersSilentDropped: 0,
    gracefulClosesForced: 0,
    statelessResetsSent: 0,
    statelessResetsRateLimited: 0,
    statelessResetsReceived: 0,
    versionNegotiationsSent: 0,
    retriesSent: 0,
    streamsResetBadFrame: 0,
    socketErrors: 0,
  };
}

/**
 * The socket's address lookup: every address we send to is an IP literal (peers' addresses come
 * from their datagrams or were resolved in connect()), answered at once. With Node's default
 * (dns.lookup) each datagram waits for a process.nextTick before its sendmsg; a name still goes
 * through dns.lookup (a bind host given by name).
 */
function literalLookup(address: string, family: unknown, callback: (err: NodeJS.ErrnoException | null, address: string, family: number) => void): void {
  const f = isIP(address);
  if (f !== 0) callback(null, address, f);
  // Node 20 passes the socket's family as a number (its typings say an options object)
  else dnsLookupCallback(address, typeof family === 'number' ? { family } : (family as { family?: number }), callback);
}

function isLoopback(address: string): boolean {
  return address.startsWith('127.') || address === '::1' || address.startsWith('::ffff:127.');
}

function positive(name: string, v: number | undefined, dflt: number): number {
  const x = v ?? dflt;
  if (!Number.isFinite(x) || x <= 0) throw new MaculaError('invalid_config', `${name} must be a positive number, got ${v}`);
  return x;
}

/** Open an endpoint (binds its UDP socket). */
export async function openEndpoint(options: EndpointOptions): Promise<QuicEndpoint> {
  const ep = new QuicEndpoint(options);
  await ep.start();
  return ep;
}

export class QuicEndpoint extends EventEmitter implements Endpoint, ConnectionHost, AcceptorHost {
  readonly nodeId: string;
  readonly maxFrameBytes: number;
  readonly highWaterBytes: number;
  readonly maxStreams: number;
  readonly closeTimeoutMs: number;
  readonly closeSilenceMs: number;
  readonly idleTimeoutMs: number;
  readonly acceptPeer?: (nodeId: string) => boolean;
  readonly readBuffer = Buffer.allocUnsafe(C.READ_BUFFER_BYTES);
  /** What streams may still hand the application in this pass (READ_BUDGET_BYTES per pass). */
  readBudget = 0;
  readonly maxConnections: number;
  private readonly keepAliveMs: number;
  private readonly peerSilenceMs: number;
  private readonly handshakeTimeoutMs: number;
  private readonly maxPayload: number;
  private readonly listen: boolean;
  /** Server side (listen: true only). */
  private readonly acceptor: Acceptor | undefined;
  private readonly native = new NativeTally();
  private readonly config: QuicheConfig;
  /** Same settings with bigger datagrams, for loopback peers. */
  private readonly loopbackConfig: QuicheConfig;
  private readonly loopbackPayload: number;
  private readonly socket: dgram.Socket;
  private readonly byCid = new Map<string, QuicConnection>();
  /** Our outgoing connections by remote `host|port`: where a stateless reset may be meant for. */
  private readonly outgoing = new Map<string, Set<QuicConnection>>();
  /** Connections not yet gone (handshaking or open). */
  private readonly live = new Set<QuicConnection>();
  /** Connections to read in the next pass (datagrams, timer ticks, closes). */
  private dirty = new Set<QuicConnection>();
  private spare = new Set<QuicConnection>();
  /** Connections with more to read than their budget: read again in the next event-loop turn. */
  private readonly backlog = new Set<QuicConnection>();
  private backlogScheduled = false;
  /** Connections to send for in the next send pass. */
  private outbox = new Set<QuicConnection>();
  private outSpare = new Set<QuicConnection>();
  /** Connections whose only output is an ACK of one datagram, held until their ackDueMs or data. */
  private readonly ackLater = new Set<QuicConnection>();
  private ackTimer: NodeJS.Timeout | undefined;
  private scheduled = false;
  private sendScheduled = false;
  private socketClosed = false;
  /** Datagrams arrived since the last pass (one libuv read burst: counts receiveBatches). */
  private rxBatchOpen = false;
  private slab = Buffer.allocUnsafeSlow(C.SEND_SLAB_BYTES);
  private slabOff = 0;
  local = { host: '127.0.0.1', port: 0 };
  private keepAliveTimer: NodeJS.Timeout | undefined;
  private sweepTimer: NodeJS.Timeout | undefined;
  private startPromise: Promise<void> | undefined;
  private closePromise: Promise<void> | undefined;
  readonly counters = newStats();

  constructor(private readonly options: EndpointOptions) {
    super();
    // The passes run in the async context the endpoint was made in (the worker that owns it, e.g.
    // macula_gateway_quic_server), whoever scheduled them: a bug in the driver is that worker's.
    this.runPass = AsyncResource.bind(this.runPass);
    this.sendPass = AsyncResource.bind(this.sendPass);
    this.sendAcks = AsyncResource.bind(this.sendAcks);
    this.nodeId = nodeIdFromCertPem(options.tls.certPem);
    this.maxFrameBytes = positive('maxFrameBytes', options.maxFrameBytes, C.DEFAULT_MAX_FRAME_BYTES);
    if (this.maxFrameBytes > 0xffffffff) throw new MaculaError('invalid_config', 'maxFrameBytes must fit the 4-byte length prefix');
    this.highWaterBytes = positive('streamHighWaterBytes', options.streamHighWaterBytes, C.DEFAULT_STREAM_HIGH_WATER_BYTES);
    this.maxStreams = positive('maxStreamsPerConnection', options.maxStreamsPerConnection, C.DEFAULT_MAX_STREAMS_PER_CONNECTION);
    this.maxConnections = positive('maxConnections', options.maxConnections, C.DEFAULT_MAX_CONNECTIONS);
    this.closeTimeoutMs = positive('closeTimeoutMs', options.closeTimeoutMs, C.DEFAULT_CLOSE_TIMEOUT_MS);
    this.closeSilenceMs = positive('closeSilenceMs', options.closeSilenceMs, C.DEFAULT_CLOSE_SILENCE_MS);
    this.peerSilenceMs = positive('peerSilenceTimeoutMs', options.peerSilenceTimeoutMs, C.DEFAULT_PEER_SILENCE_TIMEOUT_MS);
    this.handshakeTimeoutMs = positive('handshakeTimeoutMs', options.handshakeTimeoutMs, C.DEFAULT_HANDSHAKE_TIMEOUT_MS);
    this.keepAliveMs = positive('keepAliveMs', options.keepAliveMs, C.DEFAULT_KEEP_ALIVE_MS);
    this.maxPayload = positive('maxUdpPayloadBytes', options.maxUdpPayloadBytes, C.DEFAULT_MAX_UDP_PAYLOAD_BYTES);
    const idleTimeoutMs = positive('idleTimeoutMs', options.idleTimeoutMs, C.DEFAULT_IDLE_TIMEOUT_MS);
    this.idleTimeoutMs = idleTimeoutMs;
    this.listen = options.listen ?? false;
    const retry = options.retry ?? 'auto';
    const retryMode = retry === true ? 'always' : retry === false ? 'never' : retry;
    this.acceptor = this.listen ? new Acceptor(this, options.tls.keyPem, retryMode) : undefined;
    this.acceptPeer = options.verifyPeer;
    this.loopbackPayload = positive('loopbackUdpPayloadBytes', options.loopbackUdpPayloadBytes, C.DEFAULT_LOOPBACK_UDP_PAYLOAD_BYTES);
    if (this.maxPayload < 1200 || this.maxPayload > 65527 || this.loopbackPayload < 1200 || this.loopbackPayload > 65527) {
      throw new MaculaError('invalid_config', 'UDP payload sizes must be within 1200..65527 bytes');
    }
    const quicheOptions = {
      certPem: options.tls.certPem,
      keyPem: options.tls.keyPem,
      idleTimeoutMs,
      maxUdpPayloadBytes: this.maxPayload,
      maxStreamsPerConnection: this.maxStreams,
    };
    this.config = buildQuicheConfig(quicheOptions);
    this.loopbackConfig =
      this.loopbackPayload === this.maxPayload ? this.config : buildQuicheConfig({ ...quicheOptions, maxUdpPayloadBytes: this.loopbackPayload });
    const host = options.host ?? '127.0.0.1';
    this.socket = dgram.createSocket({ type: isIP(host) === 6 ? 'udp6' : 'udp4', lookup: literalLookup as dgram.SocketOptions['lookup'] });
    this.local = { host, port: options.port ?? 0 };
  }

  get host(): string {
    return this.local.host;
  }

  get port(): number {
    return this.local.port;
  }

  /** Bind the socket. Idempotent. */
  start(): Promise<void> {
    this.startPromise ??= new Promise<void>((resolve, reject) => {
      const onError = (err: Error): void => reject(new MaculaError('transport_error', `cannot bind UDP ${this.local.host}:${this.local.port}: ${err.message}`, { cause: err }));
      this.socket.once('error', onError);
      this.socket.bind(this.local.port, this.local.host, () => {
        this.socket.off('error', onError);
        const bytes = this.options.socketBufferBytes ?? C.DEFAULT_SOCKET_BUFFER_BYTES;
        try {
          this.socket.setRecvBufferSize(bytes);
          this.socket.setSendBufferSize(bytes);
        } catch {
          // The kernel caps buffer sizes (net.core.rmem_max); the smaller buffer still works.
        }
        const a = this.socket.address();
        this.local = { host: a.address, port: a.port };
        this.socket.on('message', this.onMessage);
        this.socket.on('error', this.onSocketError);
        this.keepAliveTimer = setInterval(this.onKeepAlive, this.keepAliveMs);
        this.keepAliveTimer.unref();
        const sweepMs = Math.max(10, Math.min(C.SWEEP_INTERVAL_MS, this.peerSilenceMs / 4, this.handshakeTimeoutMs / 4));
        this.sweepTimer = setInterval(this.onSweep, sweepMs);
        this.sweepTimer.unref();
        resolve();
      });
    });
    return this.startPromise;
  }

  async connect(url: string, options: ConnectOptions = {}): Promise<QuicConnection> {
    if (this.closePromise !== undefined) throw new MaculaError('connection_closed', 'endpoint is closed');
    await this.start();
    let parsed: URL;
    try {
      parsed = new URL(url);
    } catch (err) {
      throw new MaculaError('invalid_config', `not a URL: ${url}`, { cause: err });
    }
    if (parsed.protocol !== C.URL_SCHEME || parsed.port === '') throw new MaculaError('invalid_config', `expected quic://host:port, got ${url}`);
    const hostname = parsed.hostname.replace(/^\[|\]$/g, '');
    const port = Number(parsed.port);
    const family = isIP(this.local.host) === 6 ? 6 : 4;
    const address = isIP(hostname) !== 0 ? hostname : await resolveHost(hostname, family);
    if (this.live.size >= this.maxConnections) {
      this.counters.connectionsRefused++;
      throw new MaculaError('too_many_connections', `endpoint holds ${this.live.size} connections (maxConnections)`);
    }
    const scid = randomBytes(CID_BYTES);
    const remote = { host: address, port };
    const n = quiche.Connection.connect(null, scid, this.local, remote, this.configFor(address));
    this.trackNative(n);
    const c = new QuicConnection(n, 'client', this, remote, this.local, options.expectedNodeId);
    this.register(c, scid);
    this.live.add(c);
    const rk = `${address}|${port}`;
    let set = this.outgoing.get(rk);
    if (set === undefined) this.outgoing.set(rk, (set = new Set()));
    set.add(c);
    c.outgoingKey = rk;
    this.counters.connectionsInitiated++;
    const ready = c.waitReady(options.connectTimeoutMs ?? C.DEFAULT_CONNECT_TIMEOUT_MS);
    this.markDirty(c);
    return ready;
  }

  stats(): EndpointStats {
    return { ...this.counters, connections: this.live.size, handshakesInProgress: this.acceptor?.handshakes.size ?? 0, nativeConnections: this.native.alive, nativeCollections: this.native.collections };
  }

  get liveCount(): number {
    return this.live.size;
  }

  close(options: { force?: boolean } = {}): Promise<void> {
    this.closePromise ??= this.doClose(options.force === true);
    return this.closePromise;
  }

  // ---- ConnectionHost ----

  markDirty(conn: QuicConnection): void {
    this.dirty.add(conn);
    if (!this.scheduled && !this.sendScheduled) {
      this.scheduled = true;
      setImmediate(this.runPass);
    }
  }

  readMore(conn: QuicConnection): void {
    this.backlog.add(conn);
    if (!this.backlogScheduled) {
      this.backlogScheduled = true;
      setImmediate(this.runPass);
    }
  }

  markWrite(conn: QuicConnection): void {
    this.outbox.add(conn);
    if (!this.sendScheduled) {
      this.sendScheduled = true;
      setImmediate(this.sendPass);
    }
  }

  sendBuffer(): Buffer {
    const max = this.loopbackPayload > this.maxPayload ? this.loopbackPayload : this.maxPayload;
    if (this.slabOff + max > this.slab.length) {
      // Never reuse memory a datagram may still be queued from: start a fresh slab.
      this.slab = Buffer.allocUnsafeSlow(C.SEND_SLAB_BYTES);
      this.slabOff = 0;
    }
    return this.slab.subarray(this.slabOff, this.slabOff + max);
  }

  transmit(buf: Buffer, len: number, port: number, host: string): void {
    this.slabOff += (len + 7) & ~7;
    if (this.socketClosed) return;
    const counters = this.counters;
    counters.datagramsOut++;
    counters.bytesOut += len;
    counters.sendCalls++;
    if (len <= C.SMALL_DATAGRAM_BYTES) counters.smallDatagramsOut++;
    try {
      this.socket.send(buf, 0, len, port, host);
    } catch (err) {
      this.onSocketError(err as Error);
    }
  }

  verified(conn: QuicConnection): void {
    this.acceptor?.done(conn);
    if (conn.role === 'server') {
      this.counters.connectionsAccepted++;
      this.emit('connection', conn);
    }
  }

  refused(_conn: QuicConnection): void {
    this.counters.connectionsRefused++;
  }

  gone(conn: QuicConnection): void {
    if (this.live.delete(conn)) this.counters.connectionsClosed++;
  }

  released(conn: QuicConnection): void {
    this.acceptor?.done(conn);
    const rk = conn.outgoingKey;
    if (rk !== undefined) {
      const set = this.outgoing.get(rk);
      if (set !== undefined && set.delete(conn) && set.size === 0) this.outgoing.delete(rk);
    }
    this.native.released();
    for (const k of conn.keys) if (this.byCid.get(k) === conn) this.byCid.delete(k);
    this.dirty.delete(conn);
    this.backlog.delete(conn);
    this.outbox.delete(conn);
    this.ackLater.delete(conn);
  }

  badFrame(): void {
    this.counters.streamsResetBadFrame++;
  }

  invalidDatagram(): void {
    this.counters.droppedInvalid++;
  }

  statelessResetReceived(): void {
    this.counters.statelessResetsReceived++;
  }

  gracefulCloseForced(): void {
    this.counters.gracefulClosesForced++;
  }

  // ---- AcceptorHost ----

  configFor(address: string): QuicheConfig {
    return isLoopback(address) ? this.loopbackConfig : this.config;
  }

  adopt(n: ReturnType<typeof quiche.Connection.accept>, remote: { host: string; port: number }, cids: Uint8Array[], refusal: MaculaError | undefined): QuicConnection {
    this.trackNative(n);
    const c = new QuicConnection(n, 'server', this, remote, this.local);
    for (const cid of cids) this.register(c, cid);
    if (refusal !== undefined) c.refuseWith(refusal);
    else this.live.add(c);
    return c;
  }

  // ---- internals ----

  private trackNative(n: object): void {
    this.native.created(n);
  }

  private register(c: QuicConnection, cid: Uint8Array): void {
    const key = Buffer.from(cid.buffer, cid.byteOffset, cid.byteLength).toString('latin1');
    c.keys.push(key);
    this.byCid.set(key, c);
  }

  /**
   * Read half of a turn: every connection that got datagrams (or a tick) reads and dispatches its
   * frames; a frame handler's writes, to this or any other connection, only queue. The send half
   * runs as a microtask queued after the reads, so after the promise continuations the handlers
   * resolved (still this turn, no extra loop iteration): one datagram per peer carries both the
   * data and the ACK. Writes made later (deeper continuations) get their own send pass.
   */
  private readonly runPass = (): void => {
    if (this.backlogScheduled) {
      // streams that used their read budget last turn: after this turn's datagrams (ACKs) were read
      this.backlogScheduled = false;
      for (const c of this.backlog) this.dirty.add(c);
      this.backlog.clear();
    }
    this.rxBatchOpen = false;
    this.counters.readPasses++;
    this.readBudget = C.READ_BUDGET_BYTES;
    this.readAll();
    this.scheduled = false;
    if (!this.sendScheduled) {
      this.sendScheduled = true;
      queueMicrotask(this.sendPass);
    }
  };

  private readAll(): void {
    // One sweep: a connection marked again while reading is read in the next half-pass.
    const list = this.dirty;
    this.dirty = this.spare;
    this.spare = list;
    try {
      for (const c of list) {
        c.serviceRead();
        this.outbox.add(c);
      }
    } finally {
      list.clear();
    }
  }

  /**
   * Send half: connections with data first, then the rest. A connection that would send only
   * the ACK of a single datagram waits up to ACK_DELAY_MS for data to ride with (quiche reports
   * the wait as ack_delay, so the peer's RTT estimate is not inflated); two datagrams or more
   * are acknowledged at once (RFC 9000 §13.2.2).
   */
  private readonly sendPass = (): void => {
    this.sendScheduled = false;
    this.rxBatchOpen = false;
    this.counters.sendPasses++;
    this.readAll();
    const list = this.outbox;
    this.outbox = this.outSpare;
    this.outSpare = list;
    try {
      for (const c of list) {
        if (c.hasQueuedWrites) {
          this.ackLater.delete(c);
          c.serviceSend();
        }
      }
      let now = 0;
      for (const c of list) {
        if (c.hasQueuedWrites) continue;
        if (c.ackMayWait) {
          // the deadline is the first waiting datagram's: a later one does not extend it
          if (!this.ackLater.has(c)) {
            c.ackDueMs = (now ||= performance.now()) + C.ACK_DELAY_MS;
            this.ackLater.add(c);
          }
          continue;
        }
        this.ackLater.delete(c);
        c.serviceSend();
      }
    } finally {
      list.clear();
    }
    this.armAckTimer();
  };

  /** One timer for the held ACKs, due at the earliest deadline. */
  private armAckTimer(): void {
    if (this.ackLater.size === 0 || this.ackTimer !== undefined) return;
    let due = Infinity;
    for (const c of this.ackLater) if (c.ackDueMs < due) due = c.ackDueMs;
    this.ackTimer = setTimeout(this.sendAcks, Math.max(1, Math.ceil(due - performance.now())));
  }

  /**
   * Send the held ACKs whose deadline has come (all of them when `force`). One whose connection
   * got data to send meanwhile has a send pass coming, which carries the ACK: it sends nothing here.
   */
  private readonly sendAcks = (force = false): void => {
    this.ackTimer = undefined;
    const now = performance.now();
    for (const c of this.ackLater) {
      if (c.hasQueuedWrites) {
        this.ackLater.delete(c);
        continue;
      }
      if (!force && c.ackDueMs > now + C.ACK_TIMER_SLACK_MS) continue;
      this.ackLater.delete(c);
      c.serviceSend();
    }
    this.armAckTimer();
  };

  private readonly onKeepAlive = (): void => {
    for (const c of this.live) if (c.ready) c.onKeepAlive();
  };

  /** Handshakes past their deadline; connections whose peer stopped answering while data was in flight. */
  private readonly onSweep = (): void => {
    const now = performance.now();
    this.acceptor?.sweep(now, this.handshakeTimeoutMs);
    const silence = this.peerSilenceMs;
    for (const c of this.live) {
      if (!c.ready || !c.peerSilentFor(silence, now)) continue;
      this.counters.peersSilentDropped++;
      const err = new MaculaError('timeout', `peer ${c.remoteAddress}:${c.remotePort} answered nothing for ${Math.round(now - c.awaitingSinceMs!)} ms (peerSilenceTimeoutMs ${silence})`, {
        details: { remoteNodeId: c.remoteNodeId },
      });
      c.shutdown(true, err.wireCode, err.code, err, 'release');
    }
  };

  private readonly onSocketError = (err: Error): void => {
    this.counters.socketErrors++;
    if (this.listenerCount('error') > 0) this.emit('error', new MaculaError('transport_error', `UDP socket: ${err.message}`, { cause: err }));
  };

  private readonly onMessage = (msg: Buffer, rinfo: dgram.RemoteInfo): void => {
    const counters = this.counters;
    counters.datagramsIn++;
    if (!this.rxBatchOpen) {
      this.rxBatchOpen = true;
      counters.receiveBatches++;
    }
    counters.bytesIn += msg.length;
    const len = msg.length;
    const b0 = len > 0 ? msg[0]! : 0;
    let key: string;
    if ((b0 & 0x80) === 0) {
      // Short header: our connection ids are always CID_BYTES long. The fixed bit must be set.
      if (len < 1 + CID_BYTES + 17 || (b0 & 0x40) === 0) {
        // Too short for one of our packets, but maybe a peer's stateless reset (≥ 21 bytes).
        if ((b0 & 0x40) === 0 || len < C.STATELESS_RESET_MIN_BYTES || !this.probeReset(msg, rinfo)) counters.droppedGarbage++;
        return;
      }
      key = msg.toString('latin1', 1, 1 + CID_BYTES);
    } else {
      const dcidLen = len > 5 ? msg[5]! : 0xff;
      if (dcidLen > CID_BYTES || len < 6 + dcidLen) {
        counters.droppedGarbage++;
        return;
      }
      key = msg.toString('latin1', 6, 6 + dcidLen);
    }
    const c = this.byCid.get(key);
    if (c !== undefined) {
      c.onDatagram(msg, rinfo);
      return;
    }
    if ((b0 & 0x80) === 0) {
      // A stateless reset carries no connection id of ours: it is known by its trailing token.
      if (this.probeReset(msg, rinfo)) return;
      counters.droppedUnknownConnection++;
      if (this.acceptor !== undefined && this.closePromise === undefined) this.acceptor.onUnknownShortHeader(msg, rinfo);
      return;
    }
    if (this.acceptor === undefined || this.closePromise !== undefined) {
      counters.droppedUnknownConnection++;
      return;
    }
    this.acceptor.onUnknownLongHeader(msg, rinfo);
  };

  /**
   * RFC 9000 §10.3.1: a datagram that routes to no connection may be a stateless reset for one of
   * our outgoing connections to that address; quiche checks its trailing token (one recv per
   * connection to that address, usually one). True when it reset one.
   */
  private probeReset(msg: Buffer, rinfo: dgram.RemoteInfo): boolean {
    const candidates = this.outgoing.get(`${rinfo.address}|${rinfo.port}`);
    if (candidates === undefined) return false;
    for (const c of candidates) if (c.probeStatelessReset(msg)) return true;
    return false;
  }

  private async doClose(force: boolean): Promise<void> {
    await this.startPromise?.catch(() => undefined);
    if (this.keepAliveTimer !== undefined) clearInterval(this.keepAliveTimer);
    if (this.sweepTimer !== undefined) clearInterval(this.sweepTimer);
    if (this.ackTimer !== undefined) clearTimeout(this.ackTimer);
    this.sendAcks(true);
    await Promise.all([...this.live].map((c) => c.close({ force })));
    // Let the last CONNECTION_CLOSE datagrams leave (dgram sends go out on the next tick).
    await new Promise((r) => setImmediate(r));
    await new Promise((r) => setImmediate(r));
    for (const c of [...this.byCid.values()]) c.release();
    if (this.startPromise !== undefined) {
      this.socketClosed = true;
      await new Promise<void>((resolve) => {
        try {
          this.socket.close(() => resolve());
        } catch {
          resolve();
        }
      });
    }
  }
}

/**
 * The address `hostname` resolves to. A name that does not resolve (ENOTFOUND, EAI_AGAIN) is a
 * typed, retryable transport_error naming the host, not a bare system error: callers decide to
 * retry, and a worker dialling it does not crash.
 */
async function resolveHost(hostname: string, family: 4 | 6): Promise<string> {
  try {
    return (await lookup(hostname, { family })).address;
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code ?? 'unknown';
    throw new MaculaError('transport_error', `cannot resolve ${hostname} (${code})`, { cause: err, details: { host: hostname, dns: code } });
  }
}
