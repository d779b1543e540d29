/** Macula's transport (lib/transport) behind the benchmark's BenchConn / BenchStream shape. */
import { openEndpoint, type QuicEndpoint } from '../../lib/transport/index.js';
import type { Connection, Stream } from '../../lib/transport/types.js';
import type { BenchConn, BenchStream } from './framing.js';
import type { Pem } from './tlsBaseline.js';

const MAX_FRAME = 64 * 1024 * 1024;

export function benchStream(s: Stream): BenchStream {
  let handler: (f: Buffer) => void = () => undefined;
  s.on('frame', (f: Buffer) => handler(f));
  return {
    write: (f) => s.write(f),
    drain: () => (s.bufferedBytes === 0 ? Promise.resolve() : new Promise((r) => s.once('drain', () => r()))),
    onFrame: (cb) => {
      handler = cb;
    },
    end: () => s.end(),
  };
}

/** loopbackUdpPayloadBytes: undefined keeps the default (16 KiB to loopback peers). */
export async function maculaServer(id: Pem, onStream: (s: BenchStream) => void, loopbackUdpPayloadBytes?: number): Promise<{ port: number; endpoint: QuicEndpoint }> {
  const endpoint = await openEndpoint({ tls: id, listen: true, maxFrameBytes: MAX_FRAME, maxConnections: 100_000, loopbackUdpPayloadBytes });
  endpoint.on('connection', (c: Connection) => {
    c.on('stream', (s: Stream) => onStream(benchStream(s)));
    c.on('close', () => undefined);
  });
  return { port: endpoint.port, endpoint };
}

export async function maculaClientEndpoint(id: Pem, loopbackUdpPayloadBytes?: number): Promise<QuicEndpoint> {
  return openEndpoint({ tls: id, maxFrameBytes: MAX_FRAME, loopbackUdpPayloadBytes });
}

export async function maculaConnect(ep: QuicEndpoint, port: number): Promise<BenchConn> {
  const c = await ep.connect(`quic://127.0.0.1:${port}`);
  return {
    openStream: () => benchStream(c.openStream()),
    close: () => c.close({ force: true }),
  };
}
