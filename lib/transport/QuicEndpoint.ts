/**
 * The endpoint: ONE UDP socket for incoming and outgoing connections (a node has one address),
 * a map of connections keyed by the destination connection id read from the packet bytes, and
 * one service pass per event-loop turn over the connections that got datagrams, timer ticks or
 * writes (REFERENCE §4: no per-datagram flush, no await per datagram, never-reused send slabs).
 * Server side: version negotiation, stateless retry (always, or 'auto': once handshakes pile up),
 * a connection bound; anything that is not a
 * QUIC packet for a known connection is dropped and counted, never thrown.
 */
import dgram from 'node:dgram';
import { lookup } from 'node:dns/promises';
import { randomBytes } from 'node:crypto';
import { EventEmitter } from 'node:events';
import { isIP } from 'node:net';
import { MaculaError } from '../errors/index.js';
import { nodeIdFromCertPem } from '../identity/index.js';
import * as C from './constants.js';
import { QuicConnection, type ConnectionHost } from './QuicConnection.js';
import { RetryTokens } from './retryToken.js';
import { buildQuicheConfig, quiche, type QuicheConfig } from './tls.js';
import type { ConnectOptions, Endpoint, EndpointOptions, EndpointStats } from './types.js';

const CID_BYTES = 20;

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
    droppedGarbage: 0,
    droppedUnknownConnection: 0,
    droppedInvalid: 0,
    droppedInvalidInitial: 0,
    versionNegotiationsSent: 0,
    retriesSent: 0,
    streamsResetBadFrame: 0,
    socketErrors: 0,
  };
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

export class QuicEndpoint extends EventEmitter implements Endpoint, ConnectionHost {
  readonly nodeId: string;
  readonly maxFrameBytes: number;
  readonly highWaterBytes: number;
  readonly maxStreams: number;
  readonly closeTimeoutMs: number;
  readonly idleTimeoutMs: number;
  readonly acceptPeer?: (nodeId: string) => boolean;
  readonly readBuffer = Buffer.allocUnsafe(C.READ_BUFFER_BYTES);
  private readonly maxConnections: number;
  private readonly keepAliveMs: number;
  private readonly maxPayload: number;
  private readonly listen: boolean;
  private readonly retryMode: 'always' | 'auto' | 'never';
  /** Server-side handshakes in progress (drives retry: 'auto'). */
  private handshaking = 0;
  private readonly config: QuicheConfig;
  /** Same settings with bigger datagrams, for loopback peers. */
  private readonly loopbackConfig: QuicheConfig;
  private readonly loopbackPayload: number;
  private readonly socket: dgram.Socket;
  private readonly tokens = new RetryTokens(C.RETRY_TOKEN_LIFETIME_MS);
  private readonly byCid = new Map<string, QuicConnection>();
  /** Connections not yet gone (handshaking or open). */
  private readonly live = new Set<QuicConnection>();
  /** Connections to read in the next pass (datagrams, timer ticks, closes). */
  private dirty = new Set<QuicConnection>();
  private spare = new Set<QuicConnection>();
  /** Connections to send for in the next send pass. */
  private outbox = new Set<QuicConnection>();
  private outSpare = new Set<QuicConnection>();
  /** Connections whose only output is an ACK of one datagram, held until ACK_DELAY_MS or data. */
  private readonly ackLater = new Set<QuicConnection>();
  private ackTimer: NodeJS.Timeout | undefined;
  private scheduled = false;
  private sendScheduled = false;
  private socketClosed = false;
  private refusing = 0;
  private slab = Buffer.allocUnsafeSlow(C.SEND_SLAB_BYTES);
  private slabOff = 0;
  private local = { host: '127.0.0.1', port: 0 };
  private keepAliveTimer: NodeJS.Timeout | undefined;
  private startPromise: Promise<void> | undefined;
  private closePromise: Promise<void> | undefined;
  private readonly counters = newStats();

  constructor(private readonly options: EndpointOptions) {
    super();
    this.nodeId = nodeIdFromCertPem(options.tls.certPem);
    this.maxFrameBytes = positive('maxFrameBytes', options.maxFrameBytes, C.DEFAULT_MAX_FRAME_BYTES);
    if (this.maxFrameBytes > 0xffffffff) throw new MaculaError('invalid_config', 'maxFrameBytes must fit the 4-byte length prefix');
    this.highWaterBytes = positive('streamHighWaterBytes', options.streamHighWaterBytes, C.DEFAULT_STREAM_HIGH_WATER_BYTES);
    this.maxStreams = positive('maxStreamsPerConnection', options.maxStreamsPerConnection, C.DEFAULT_MAX_STREAMS_PER_CONNECTION);
    this.maxConnections = positive('maxConnections', options.maxConnections, C.DEFAULT_MAX_CONNECTIONS);
    this.closeTimeoutMs = positive('closeTimeoutMs', options.closeTimeoutMs, C.DEFAULT_CLOSE_TIMEOUT_MS);
    this.keepAliveMs = positive('keepAliveMs', options.keepAliveMs, C.DEFAULT_KEEP_ALIVE_MS);
    this.maxPayload = positive('maxUdpPayloadBytes', options.maxUdpPayloadBytes, C.DEFAULT_MAX_UDP_PAYLOAD_BYTES);
    const idleTimeoutMs = positive('idleTimeoutMs', options.idleTimeoutMs, C.DEFAULT_IDLE_TIMEOUT_MS);
    this.idleTimeoutMs = idleTimeoutMs;
    this.listen = options.listen ?? false;
    const retry = options.retry ?? 'auto';
    this.retryMode = retry === true ? 'always' : retry === false ? 'never' : retry;
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
    this.socket = dgram.createSocket({ type: isIP(host) === 6 ? 'udp6' : 'udp4', recvBufferSize: undefined });
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
    const address = isIP(hostname) !== 0 ? hostname : (await lookup(hostname, { family })).address;
    if (this.live.size >= this.maxConnections) {
      this.counters.connectionsRefused++;
      throw new MaculaError('too_many_connections', `endpoint holds ${this.live.size} connections (maxConnections)`);
    }
    const scid = randomBytes(CID_BYTES);
    const remote = { host: address, port };
    const n = quiche.Connection.connect(null, scid, this.local, remote, this.configFor(address));
    const c = new QuicConnection(n, 'client', this, remote, this.local, options.expectedNodeId);
    this.register(c, scid);
    this.live.add(c);
    this.counters.connectionsInitiated++;
    const ready = c.waitReady(options.connectTimeoutMs ?? C.DEFAULT_CONNECT_TIMEOUT_MS);
    this.markDirty(c);
    return ready;
  }

  stats(): EndpointStats {
    return { ...this.counters, connections: this.live.size };
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
    this.counters.datagramsOut++;
    this.counters.bytesOut += len;
    try {
      this.socket.send(buf, 0, len, port, host);
    } catch (err) {
      this.onSocketError(err as Error);
    }
  }

  verified(conn: QuicConnection): void {
    this.handshakeDone(conn);
    if (conn.role === 'server') {
      this.counters.connectionsAccepted++;
      this.emit('connection', conn);
    }
  }

  refused(_conn: QuicConnection): void {
    this.counters.connectionsRefused++;
  }

  gone(conn: QuicConnection): void {
    this.handshakeDone(conn);
    if (this.live.delete(conn)) this.counters.connectionsClosed++;
  }

  released(conn: QuicConnection): void {
    if (conn.refusing) {
      conn.refusing = false;
      this.refusing--;
    }
    for (const k of conn.keys) if (this.byCid.get(k) === conn) this.byCid.delete(k);
    this.dirty.delete(conn);
    this.outbox.delete(conn);
    this.ackLater.delete(conn);
  }

  badFrame(): void {
    this.counters.streamsResetBadFrame++;
  }

  invalidDatagram(): void {
    this.counters.droppedInvalid++;
  }

  // ---- internals ----

  private handshakeDone(conn: QuicConnection): void {
    if (conn.handshakeCounted) {
      conn.handshakeCounted = false;
      this.handshaking--;
    }
  }

  private configFor(address: string): QuicheConfig {
    return isLoopback(address) ? this.loopbackConfig : this.config;
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
      for (const c of list) {
        if (c.hasQueuedWrites) continue;
        if (c.ackMayWait) {
          this.ackLater.add(c);
          continue;
        }
        this.ackLater.delete(c);
        c.serviceSend();
      }
    } finally {
      list.clear();
    }
    if (this.ackLater.size > 0 && this.ackTimer === undefined) this.ackTimer = setTimeout(this.sendAcks, C.ACK_DELAY_MS);
  };

  private readonly sendAcks = (): void => {
    this.ackTimer = undefined;
    for (const c of this.ackLater) c.serviceSend();
    this.ackLater.clear();
  };

  private readonly onKeepAlive = (): void => {
    for (const c of this.live) if (c.ready) c.onKeepAlive();
  };

  private readonly onSocketError = (err: Error): void => {
    this.counters.socketErrors++;
    if (this.listenerCount('error') > 0) this.emit('error', new MaculaError('transport_error', `UDP socket: ${err.message}`, { cause: err }));
  };

  private readonly onMessage = (msg: Buffer, rinfo: dgram.RemoteInfo): void => {
    const counters = this.counters;
    counters.datagramsIn++;
    counters.bytesIn += msg.length;
    const len = msg.length;
    const b0 = len > 0 ? msg[0]! : 0;
    let key: string;
    if ((b0 & 0x80) === 0) {
      // Short header: our connection ids are always CID_BYTES long. The fixed bit must be set.
      if (len < 1 + CID_BYTES + 17 || (b0 & 0x40) === 0) {
        counters.droppedGarbage++;
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
    if ((b0 & 0x80) === 0 || !this.listen || this.closePromise !== undefined) {
      counters.droppedUnknownConnection++;
      return;
    }
    this.onNewLongHeader(msg, rinfo);
  };

  /** A long-header packet for no known connection: maybe a new client. */
  private onNewLongHeader(msg: Buffer, rinfo: dgram.RemoteInfo): void {
    const counters = this.counters;
    let header: ReturnType<typeof quiche.Header.fromSlice>;
    try {
      header = quiche.Header.fromSlice(msg, quiche.MAX_CONN_ID_LEN);
    } catch {
      counters.droppedGarbage++;
      return;
    }
    if (!quiche.versionIsSupported(header.version)) {
      const buf = this.sendBuffer();
      try {
        const n = quiche.negotiateVersion(header.scid, header.dcid, buf);
        this.transmit(buf, n, rinfo.port, rinfo.address);
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
    if (msg.length < quiche.MIN_CLIENT_INITIAL_LEN) {
      counters.droppedInvalidInitial++;
      return;
    }
    let odcid: Buffer | null = null;
    let scid: Buffer;
    const token = header.token;
    if (token !== undefined && token.length > 0) {
      // The client answers our Retry: its token must be ours, fresh, for this address and id.
      odcid = header.dcid.length === CID_BYTES ? this.tokens.validate(token, header.dcid, rinfo.address, rinfo.port) : null;
      if (odcid === null) {
        counters.droppedInvalidInitial++;
        return;
      }
      scid = Buffer.from(header.dcid);
    } else if (this.retryMode === 'always' || (this.retryMode === 'auto' && this.handshaking >= C.RETRY_WHEN_HANDSHAKING)) {
      const newScid = randomBytes(CID_BYTES);
      const t = this.tokens.mint(header.dcid, newScid, rinfo.address, rinfo.port);
      const buf = this.sendBuffer();
      try {
        const n = quiche.retry(header.scid, header.dcid, newScid, t, header.version, buf);
        this.transmit(buf, n, rinfo.port, rinfo.address);
        counters.retriesSent++;
      } catch {
        counters.droppedInvalidInitial++;
      }
      return;
    } else {
      scid = randomBytes(CID_BYTES);
    }
    const remote = { host: rinfo.address, port: rinfo.port };
    let n: ReturnType<typeof quiche.Connection.accept>;
    try {
      n = quiche.Connection.accept(scid, odcid, this.local, remote, this.configFor(rinfo.address));
    } catch {
      counters.droppedInvalidInitial++;
      return;
    }
    const c = new QuicConnection(n, 'server', this, remote, this.local);
    this.register(c, scid);
    // Without a Retry the client keeps using its own destination id until our first packet.
    if (odcid === null) this.register(c, header.dcid);
    if (this.live.size >= this.maxConnections) {
      // Refused, not queued. A CONNECTION_CLOSE sent now would travel in the Handshake epoch the
      // client cannot read yet, so the refusal is sent once the handshake is done; the client
      // learns why from the close reason. At most MAX_PENDING_REFUSALS such handshakes at once.
      if (this.refusing >= C.MAX_PENDING_REFUSALS) {
        c.release();
        counters.connectionsRefused++;
        return;
      }
      this.refusing++;
      c.refuseWith(new MaculaError('too_many_connections', `endpoint holds ${this.live.size} connections (maxConnections)`));
    } else {
      this.live.add(c);
      this.handshaking++;
      c.handshakeCounted = true;
    }
    c.onDatagram(msg, rinfo);
  }

  private async doClose(force: boolean): Promise<void> {
    await this.startPromise?.catch(() => undefined);
    if (this.keepAliveTimer !== undefined) clearInterval(this.keepAliveTimer);
    if (this.ackTimer !== undefined) clearTimeout(this.ackTimer);
    this.sendAcks();
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
