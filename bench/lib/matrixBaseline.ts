/**
 * The high-level @matrixai/quic classes (QUICServer / QUICClient / QUICStream over WHATWG
 * streams) carrying the same framing: what Macula's lean driver replaces.
 */
import { createHmac, timingSafeEqual, webcrypto } from 'node:crypto';
import { QUICClient, QUICServer } from '@matrixai/quic';
import Logger, { LogLevel } from '@matrixai/logger';
import { CoalescingFramer, FrameDecoder, type BenchConn, type BenchStream } from './framing.js';
import type { Pem } from './tlsBaseline.js';

const MAX_FRAME = 64 * 1024 * 1024;
const logger = new Logger('matrixai-quic', LogLevel.SILENT);
const IDLE_MS = 30_000;

type QStream = ReturnType<QUICClient['connection']['newStream']>;

function framedStream(st: QStream): BenchStream {
  const writer = st.writable.getWriter();
  writer.closed.catch(() => undefined);
  const framer = new CoalescingFramer((chunk) => {
    writer.write(new Uint8Array(chunk)).catch(() => undefined);
  });
  const decoder = new FrameDecoder(MAX_FRAME);
  let handler: (f: Buffer) => void = () => undefined;
  void (async () => {
    const reader = st.readable.getReader();
    try {
      for (;;) {
        const { value, done } = await reader.read();
        if (done) return;
        decoder.push(Buffer.from(value.buffer, value.byteOffset, value.byteLength), (f) => {
          handler(f);
          return true;
        });
      }
    } catch {
      // stream closed
    }
  })();
  return {
    write(frame) {
      framer.write(frame);
      return (writer.desiredSize ?? 0) > 0;
    },
    async drain() {
      framer.flush();
      await writer.ready;
    },
    onFrame(cb) {
      handler = cb;
    },
    end() {
      framer.flush();
      writer.close().catch(() => undefined);
    },
  };
}

const serverKey = webcrypto.getRandomValues(new Uint8Array(32));

export async function matrixServer(id: Pem, onStream: (s: BenchStream) => void): Promise<{ port: number; server: QUICServer }> {
  const server = new QUICServer({
    crypto: {
      key: serverKey.buffer,
      ops: {
        sign: async (key: ArrayBuffer, data: ArrayBuffer) => {
          const mac = createHmac('sha256', Buffer.from(key)).update(Buffer.from(data)).digest();
          return mac.buffer.slice(mac.byteOffset, mac.byteOffset + mac.byteLength);
        },
        verify: async (key: ArrayBuffer, data: ArrayBuffer, sig: ArrayBuffer) => {
          const mac = createHmac('sha256', Buffer.from(key)).update(Buffer.from(data)).digest();
          return mac.length === sig.byteLength && timingSafeEqual(mac, Buffer.from(sig));
        },
      },
    },
    config: {
      key: id.keyPem,
      cert: id.certPem,
      verifyPeer: true,
      verifyCallback: async () => undefined,
      applicationProtos: ['macula'],
      maxIdleTimeout: IDLE_MS,
    },
    logger,
  });
  server.addEventListener('EventQUICServerConnection', (evt: Event) => {
    const conn = (evt as unknown as { detail: QUICClient['connection'] }).detail;
    conn.addEventListener('EventQUICConnectionStream', (e: Event) => {
      onStream(framedStream((e as unknown as { detail: QStream }).detail));
    });
  });
  await server.start({ host: '127.0.0.1', port: 0 });
  return { port: server.port, server };
}

export async function matrixConnect(port: number, id: Pem): Promise<BenchConn> {
  const client = await QUICClient.createQUICClient({
    host: '127.0.0.1',
    port,
    crypto: {
      ops: {
        randomBytes: async (data: ArrayBuffer) => {
          webcrypto.getRandomValues(new Uint8Array(data));
        },
      },
    },
    config: { key: id.keyPem, cert: id.certPem, verifyPeer: true, verifyCallback: async () => undefined, applicationProtos: ['macula'], maxIdleTimeout: IDLE_MS },
    logger,
  });
  return {
    openStream: () => framedStream(client.connection.newStream()),
    close: async () => {
      await client.destroy({ force: true });
    },
  };
}
