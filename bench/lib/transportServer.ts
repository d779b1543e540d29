/**
 * Server side of bench/transport.ts, in its own process (forked with IPC). argv[2] picks the
 * transport: macula | tls | matrix; argv[3] (macula) a loopback UDP payload size, 0 = default. Every stream's first frame picks its role:
 *   'echo' — echo every frame;
 *   'sink' — count frames and bytes; an empty frame asks for the totals (frames u32, bytes f64).
 * IPC: {cmd:'cpu'} → process.cpuUsage(); {cmd:'mem'} → memoryUsage after GC.
 */
import { generateIdentity } from '../../lib/identity/index.js';
import type { BenchStream } from './framing.js';
import { maculaServer } from './maculaBench.js';
import { matrixServer } from './matrixBaseline.js';
import { tlsServer, type Pem } from './tlsBaseline.js';

const kind = process.argv[2] as 'macula' | 'tls' | 'matrix';
const id: Pem = process.env.BENCH_TLS !== undefined ? (JSON.parse(process.env.BENCH_TLS) as Pem) : generateIdentity();

function serve(s: BenchStream): void {
  let role: 'echo' | 'sink' | undefined;
  let frames = 0;
  let bytes = 0;
  s.onFrame((f) => {
    if (role === 'echo') {
      if (!s.write(f)) void s.drain();
      return;
    }
    if (role === 'sink') {
      if (f.length === 0) {
        const r = Buffer.allocUnsafe(12);
        r.writeUInt32BE(frames, 0);
        r.writeDoubleBE(bytes, 4);
        s.write(r);
        frames = 0;
        bytes = 0;
        return;
      }
      frames++;
      bytes += f.length;
      return;
    }
    role = f.toString() === 'sink' ? 'sink' : 'echo';
  });
}

const payload = Number(process.argv[3] ?? 0);
const { port } =
  kind === 'macula' ? await maculaServer(id, serve, payload > 0 ? payload : undefined) : await (kind === 'tls' ? tlsServer : matrixServer)(id, serve);
process.on('message', (m: { cmd: string }) => {
  if (m.cmd === 'cpu') process.send!({ cpu: process.cpuUsage() });
  else if (m.cmd === 'mem') {
    for (let i = 0; i < 3; i++) (globalThis as { gc?: () => void }).gc?.();
    process.send!({ mem: process.memoryUsage() });
  }
});
process.on('disconnect', () => process.exit(0));
process.send!({ port });
