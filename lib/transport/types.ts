/**
 * The contract of lib/transport: Macula's QUIC transport, a lean driver over @matrixai/quic's
 * native quiche binding (REFERENCE §4). Everything above it (gateway, peers, SDK, mesh) uses only
 * these types. Frames are opaque bytes (each one length-delimited on the stream; the caller puts
 * a protobuf message in it).
 */
import type { EventEmitter } from 'node:events';

export interface TlsIdentity {
  certPem: string;
  keyPem: string;
}

export interface TransportLimits {
  /** Largest frame accepted or sent, in bytes. @default 1 MiB */
  maxFrameBytes?: number;
  /** Connections one endpoint holds at once (in + out); beyond it new ones are refused. @default 10_000 */
  maxConnections?: number;
  /** Concurrent streams per connection; beyond it new ones are refused. @default 1000 */
  maxStreamsPerConnection?: number;
  /** Idle timeout after which a silent peer is reaped. @default 60_000 */
  idleTimeoutMs?: number;
  /** Keep-alive interval. @default 20_000 */
  keepAliveMs?: number;
  /** Bytes a stream buffers for writing before write() returns false (backpressure). @default 1 MiB */
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
}

export interface ConnectOptions {
  /** Refuse the connection unless the server's node id is this one. */
  expectedNodeId?: string;
  /** Handshake deadline. @default 5000 */
  connectTimeoutMs?: number;
}

/**
 * One UDP socket serving both incoming and outgoing connections, so a node has one address.
 * Emits 'connection' (Connection) for each verified incoming connection.
 */
export interface Endpoint extends EventEmitter {
  readonly host: string;
  readonly port: number;
  readonly nodeId: string;
  /** url is `quic://host:port` */
  connect(url: string, options?: ConnectOptions): Promise<Connection>;
  /** Counters: connections, dropped datagrams (garbage, unknown connection), refused, … */
  stats(): Record<string, number>;
  /** Idempotent; one shared promise. force=false drains streams first. */
  close(options?: { force?: boolean }): Promise<void>;
}

/**
 * A verified QUIC connection (no application data flows before the peer's certificate verified).
 * Emits 'stream' (Stream) for each stream the peer opens and 'close' (error?: MaculaError) once,
 * when the connection is gone (closed by either side, idle timeout, or peer gone).
 */
export interface Connection extends EventEmitter {
  readonly remoteNodeId: string;
  readonly remoteAddress: string;
  readonly remotePort: number;
  readonly closed: boolean;
  openStream(): Stream;
  /** Idempotent. force=false: let queued data drain, then close. */
  close(options?: { force?: boolean; code?: number; reason?: string }): Promise<void>;
}

/**
 * A bidirectional stream of frames. Node-stream-like flow control:
 * write() returns false once buffered bytes exceed the high-water mark, 'drain' follows;
 * pause()/resume() stop/start reading so a slow reader slows its writer (QUIC flow control).
 * Emits 'frame' (Uint8Array), 'drain', 'end' (peer finished), 'close' (error?: MaculaError).
 * An oversized or malformed frame resets only this stream, with a typed error.
 */
export interface Stream extends EventEmitter {
  readonly id: number;
  readonly bufferedBytes: number;
  write(frame: Uint8Array): boolean;
  /** write() then wait for 'drain' if needed. */
  send(frame: Uint8Array): Promise<void>;
  pause(): void;
  resume(): void;
  /** Finish our side gracefully. */
  end(): void;
  /** Abort both directions with an application error code. */
  reset(code?: number): void;
}
