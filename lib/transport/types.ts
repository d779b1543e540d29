/**
 * The contract of lib/transport: Macula's QUIC transport, a lean driver over @matrixai/quic's
 * native quiche binding (REFERENCE §4). Everything above it (gateway, peers, SDK, mesh) uses only
 * these types. Frames are opaque bytes; on the stream each one is a 4-byte unsigned big-endian
 * length followed by that many bytes (the caller puts a protobuf message in it).
 *
 * Security: TLS 1.3, ALPN `macula`, both sides present a certificate; the peer's node id is the
 * SHA-256 of its certificate's SubjectPublicKeyInfo (lib/identity). No 'connection', 'stream' or
 * 'frame' is surfaced before the peer's certificate verified.
 */
import type { EventEmitter } from 'node:events';
import type { MaculaError } from '../errors/index.js';

export interface TlsIdentity {
  certPem: string;
  keyPem: string;
}

export interface TransportLimits {
  /** Largest frame accepted or sent, in bytes. @default 1 MiB */
  maxFrameBytes?: number;
  /** Connections one endpoint holds at once (in + out); beyond it new ones are refused. @default 10_000 */
  maxConnections?: number;
  /** Concurrent streams per connection (advertised to the peer as QUIC MAX_STREAMS); beyond it new ones are refused. @default 1000 */
  maxStreamsPerConnection?: number;
  /** Idle timeout after which a silent peer is reaped (the smaller of both sides applies). @default 60_000 */
  idleTimeoutMs?: number;
  /** Keep-alive interval: an ack-eliciting PING on every connection. @default 20_000 */
  keepAliveMs?: number;
  /**
   * Bytes a stream buffers for writing before write() returns false (backpressure). A write that
   * would take the buffer past highWater + maxFrameBytes throws 'slow_consumer' instead of queueing.
   * @default 1 MiB
   */
  streamHighWaterBytes?: number;
}

export interface EndpointOptions extends TransportLimits {
  /** @default '127.0.0.1' */
  host?: string;
  /** 0 picks a free port. @default 0 */
  port?: number;
  tls: TlsIdentity;
  /** Accept incoming connections (server side). @default false */
  listen?: boolean;
  /** Extra check of an incoming peer after its certificate verified; false refuses it. */
  verifyPeer?: (remoteNodeId: string) => boolean;
  /**
   * Stateless retry (address validation before a server keeps any state, RFC 9000 §8.1.2):
   * 'always' (or true), 'never' (or false), or 'auto' — only while RETRY_WHEN_HANDSHAKING (16) or
   * more handshakes are in progress, i.e. under a flood; it costs a round trip otherwise.
   * @default 'auto'
   */
  retry?: boolean | 'always' | 'auto' | 'never';
  /** UDP payload size. @default 1350 */
  maxUdpPayloadBytes?: number;
  /** UDP payload size with a loopback peer (127.0.0.0/8, ::1); set it to maxUdpPayloadBytes to disable. @default 16384 */
  loopbackUdpPayloadBytes?: number;
  /** Kernel send/receive buffer of the UDP socket. @default 8 MiB */
  socketBufferBytes?: number;
  /** Graceful close waits at most this long for queued data to be acknowledged, then forces. @default 1000 */
  closeTimeoutMs?: number;
  /** Graceful close drops what is queued once the peer has answered nothing for this long (a dead peer). @default 500 */
  closeSilenceMs?: number;
  /**
   * A connection whose peer answers nothing for this long while data is in flight is closed with
   * 'timeout' (queues freed). An idle silent peer is found by the next keep-alive. @default 10_000
   */
  peerSilenceTimeoutMs?: number;
  /** Server side: an incoming handshake not verified within this time is dropped. @default 5000 */
  handshakeTimeoutMs?: number;
}

export interface ConnectOptions {
  /** Refuse the connection unless the server's node id is this one. */
  expectedNodeId?: string;
  /** Handshake deadline. @default 5000 */
  connectTimeoutMs?: number;
}

/** Endpoint counters (monotonic unless noted). */
export interface EndpointStats {
  /** Current verified + handshaking connections (gauge). */
  connections: number;
  connectionsAccepted: number;
  connectionsInitiated: number;
  connectionsClosed: number;
  /** Refused: over maxConnections, failed verification, or refused by verifyPeer. */
  connectionsRefused: number;
  datagramsIn: number;
  datagramsOut: number;
  bytesIn: number;
  bytesOut: number;
  /**
   * Socket send calls: one `sendmsg` system call each (Node cannot batch UDP sends). Equal to
   * datagramsOut while every datagram is sent on its own.
   */
  sendCalls: number;
  /**
   * Event-loop turns in which the socket delivered datagrams. libuv reads until EAGAIN, so the
   * `recvmsg` calls are about datagramsIn + receiveBatches.
   */
  receiveBatches: number;
  /** Datagrams sent of at most 64 bytes: nothing but acknowledgements or a ping (or a few bytes of stream data). */
  smallDatagramsOut: number;
  /** Read passes over connections with input, and send passes over connections with output. */
  readPasses: number;
  sendPasses: number;
  /** Application frames received (decoded off streams) and written (handed to a stream). */
  framesIn: number;
  framesOut: number;
  /** Datagrams that are not QUIC (header does not parse). */
  droppedGarbage: number;
  /** Datagrams for a connection id we do not know (and not a new Initial). */
  droppedUnknownConnection: number;
  /** Datagrams quiche refused (truncated, undecryptable, …). */
  droppedInvalid: number;
  /** Initials that do not decrypt as a client's (junk), carry a bad or expired retry token, or are too short. */
  droppedInvalidInitial: number;
  /** Initials dropped because MAX_HANDSHAKES server handshakes were in progress. */
  droppedHandshakeLimit: number;
  /** Server handshakes holding native state now (gauge). */
  handshakesInProgress: number;
  /** Incoming handshakes dropped for not completing within handshakeTimeoutMs. */
  handshakesTimedOut: number;
  /** quiche connections not yet freed (gauge; the binding frees one when V8 collects its wrapper). */
  nativeConnections: number;
  /** Full V8 collections the endpoint asked for to free closed native connections (nativeMemory.ts). */
  nativeCollections: number;
  /** Connections closed because the peer answered nothing for peerSilenceTimeoutMs. */
  peersSilentDropped: number;
  /** Graceful closes that stopped waiting (deadline passed, or the peer was silent) and dropped what was queued. */
  gracefulClosesForced: number;
  /** Stateless resets sent (server: a packet for a connection this incarnation does not hold). */
  statelessResetsSent: number;
  /** Stateless resets not sent because of the rate limit. */
  statelessResetsRateLimited: number;
  /** Connections closed by a valid stateless reset from their peer. */
  statelessResetsReceived: number;
  versionNegotiationsSent: number;
  retriesSent: number;
  /** Streams reset because of a bad frame (too large / malformed). */
  streamsResetBadFrame: number;
  /** Socket errors (also emitted as 'error' when someone listens). */
  socketErrors: number;
}

/**
 * One UDP socket serving both incoming and outgoing connections, so a node has one address.
 * Emits 'connection' (Connection) for each verified incoming connection and 'error' (MaculaError)
 * for socket failures.
 */
export interface Endpoint extends EventEmitter {
  readonly host: string;
  readonly port: number;
  readonly nodeId: string;
  /** url is `quic://host:port` */
  connect(url: string, options?: ConnectOptions): Promise<Connection>;
  stats(): EndpointStats;
  /** Idempotent; one shared promise. force=false drains streams first (bounded by closeTimeoutMs). */
  close(options?: { force?: boolean }): Promise<void>;
}

/**
 * A verified QUIC connection (no application data flows before the peer's certificate verified).
 * Emits 'stream' (Stream) for each stream the peer opens and 'close' (error?: MaculaError) once,
 * when the connection is gone: closed by either side (no error when closed gracefully with code 0),
 * idle timeout or a peer silent past peerSilenceTimeoutMs ('timeout': the peer is gone), a
 * stateless reset ('stateless_reset': the peer restarted and lost the connection; reconnect now),
 * refused ('peer_verification_failed', …).
 */
export interface Connection extends EventEmitter {
  readonly remoteNodeId: string;
  readonly remoteAddress: string;
  readonly remotePort: number;
  /** The peer's certificate chain (DER, leaf first) as the handshake verified it; null before verification. */
  readonly peerCertChain: readonly Uint8Array[] | null;
  readonly closed: boolean;
  /** Throws MaculaError 'too_many_streams' beyond maxStreamsPerConnection or the peer's limit. */
  openStream(): Stream;
  /** Idempotent. force=false: let queued data drain (bounded by closeTimeoutMs), then close. */
  close(options?: { force?: boolean; code?: number; reason?: string }): Promise<void>;
}

/**
 * A bidirectional stream of frames. Node-stream-like flow control:
 * write() returns false once buffered bytes exceed the high-water mark, 'drain' follows;
 * pause()/resume() stop/start reading so a slow reader slows its writer (QUIC flow control).
 * Emits 'frame' (Buffer), 'drain', 'end' (peer finished), 'close' (error?: MaculaError).
 * An oversized or malformed frame resets only this stream, with a typed error
 * ('frame_too_large' / 'malformed_frame'; on the wire its MaculaError wireCode).
 * A written frame is referenced, not copied, when larger than 16 KiB: do not mutate it afterwards.
 */
export interface Stream extends EventEmitter {
  readonly id: number;
  readonly bufferedBytes: number;
  readonly closed: boolean;
  write(frame: Uint8Array): boolean;
  /** write() of the frame `head` + `body` without concatenating them first (`head` is copied). */
  writeParts(head: Uint8Array, body: Uint8Array): boolean;
  /** write() then wait for 'drain' if needed. */
  send(frame: Uint8Array): Promise<void>;
  pause(): void;
  resume(): void;
  /**
   * Emit 'below' once, as soon as bufferedBytes falls under `bytes` (quiche took queued data):
   * how a writer that stopped its producers learns it may let them go (0 cancels).
   */
  watchBelow(bytes: number): void;
  /** Finish our side gracefully (after queued frames). */
  end(): void;
  /** Abort both directions with an application error code (default: 'stream_reset' wire code). */
  reset(code?: number): void;
}

export type CloseListener = (error?: MaculaError) => void;
