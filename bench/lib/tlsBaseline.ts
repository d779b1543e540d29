/** node:tls over TCP carrying the same framing: the benchmark's baseline. Mutual TLS 1.3. */
import tls from 'node:tls';
import type { AddressInfo } from 'node:net';
import { CoalescingFramer, FrameDecoder, type BenchConn, type BenchStream } from './framing.js';

const MAX_FRAME = 64 * 1024 * 1024;

export interface Pem {
  certPem: string;
  keyPem: string;
}

function framedSocket(socket: tls.TLSSocket): BenchStream {
  let needDrain = false;
  const framer = new CoalescingFramer((chunk) => {
    if (!socket.write(chunk)) needDrain = true;
  });
  const decoder = new FrameDecoder(MAX_FRAME);
  let handler: (f: Buffer) => void = () => undefined;
  socket.on('data', (d: Buffer) => {
    decoder.push(d, (f) => {
      handler(f);
      return true;
    });
  });
  return {
    write(frame) {
      framer.write(frame);
      return !needDrain && socket.writableLength < 1024 * 1024;
    },
    drain() {
      framer.flush();
      needDrain = false;
      if (socket.writableLength === 0) return Promise.resolve();
      return new Promise((r) => socket.once('drain', () => r()));
    },
    onFrame(cb) {
      handler = cb;
    },
    end() {
      framer.flush();
      socket.end();
    },
  };
}

export function tlsServer(id: Pem, onStream: (s: BenchStream) => void): Promise<{ port: number; server: tls.Server }> {
  const server = tls.createServer(
    { cert: id.certPem, key: id.keyPem, requestCert: true, rejectUnauthorized: false, minVersion: 'TLSv1.3' },
    (socket) => {
      socket.setNoDelay(true);
      socket.on('error', () => undefined);
      onStream(framedSocket(socket));
    },
  );
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve({ port: (server.address() as AddressInfo).port, server })));
}

export function tlsConnect(port: number, id: Pem): Promise<BenchConn> {
  return new Promise((resolve, reject) => {
    const socket = tls.connect({ host: '127.0.0.1', port, cert: id.certPem, key: id.keyPem, rejectUnauthorized: false, minVersion: 'TLSv1.3' }, () => {
      socket.setNoDelay(true);
      let used = false;
      resolve({
        openStream() {
          if (used) throw new Error('one stream per TLS connection');
          used = true;
          return framedSocket(socket);
        },
        close: () =>
          new Promise<void>((r) => {
            socket.once('close', () => r());
            socket.destroy();
          }),
      });
    });
    socket.once('error', reject);
  });
}
