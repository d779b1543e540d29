/**
 * Shared helpers of the transport tests: fixture processes (started with `node --import tsx`,
 * readiness raced against early exit, SIGKILLed in afterEach and checked gone), identities,
 * and small waits.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { webcrypto } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { generateIdentity, type Identity } from '../../lib/identity/index.js';
import { openEndpoint, type QuicEndpoint } from '../../lib/transport/index.js';
import type { Connection, Stream } from '../../lib/transport/types.js';

const FIXTURE = fileURLToPath(new URL('./fixtures/peer.ts', import.meta.url));

export interface Fixture {
  proc: ChildProcess;
  /** Words of the readiness line after its first word. */
  words: string[];
  lines: string[];
}

const started: ChildProcess[] = [];

export function startFixture(config: Record<string, unknown>, readyWord = 'READY', timeoutMs = 15_000): Promise<Fixture> {
  const proc = spawn(process.execPath, ['--import', 'tsx', FIXTURE], {
    env: { ...process.env, MACULA_FIXTURE: JSON.stringify(config) },
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  started.push(proc);
  const lines: string[] = [];
  let stderr = '';
  proc.stderr!.on('data', (d: Buffer) => (stderr += d.toString()));
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`fixture not ready in ${timeoutMs} ms: ${stderr}`)), timeoutMs);
    let buf = '';
    proc.stdout!.on('data', (d: Buffer) => {
      buf += d.toString();
      let i: number;
      while ((i = buf.indexOf('\n')) >= 0) {
        const line = buf.slice(0, i);
        buf = buf.slice(i + 1);
        lines.push(line);
        const words = line.trim().split(/\s+/);
        if (words[0] === readyWord) {
          clearTimeout(timer);
          resolve({ proc, words: words.slice(1), lines });
        }
      }
    });
    proc.once('exit', (code, signal) => {
      clearTimeout(timer);
      reject(new Error(`fixture exited early (${code ?? signal}): ${stderr}`));
    });
  });
}

/** Ask an echo-server fixture for its stats (stats() plus rss / heapUsed). */
export function fixtureStats(f: Fixture, timeoutMs = 5000): Promise<Record<string, number>> {
  return new Promise((resolve, reject) => {
    let buf = '';
    const timer = setTimeout(() => {
      f.proc.stdout!.off('data', onData);
      reject(new Error('fixture sent no STATS in time'));
    }, timeoutMs);
    const onData = (d: Buffer): void => {
      buf += d.toString();
      const line = buf.split('\n').find((l) => l.startsWith('STATS '));
      if (line === undefined) return;
      clearTimeout(timer);
      f.proc.stdout!.off('data', onData);
      resolve(JSON.parse(line.slice(6)) as Record<string, number>);
    };
    f.proc.stdout!.on('data', onData);
    f.proc.stdin!.write('stats\n');
  });
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** SIGKILL every fixture started so far and wait until each pid is gone. */
export async function killFixtures(): Promise<void> {
  const procs = started.splice(0);
  await Promise.all(
    procs.map(async (p) => {
      if (p.exitCode === null && p.signalCode === null) {
        const gone = new Promise((r) => p.once('exit', r));
        p.kill('SIGKILL');
        await gone;
      }
      if (p.pid !== undefined && alive(p.pid)) throw new Error(`fixture pid ${p.pid} still alive`);
    }),
  );
}

/** Test identities: RSA 1024 keeps key generation fast; the transport does not care. */
export function identity(opts: Parameters<typeof generateIdentity>[0] = {}): Identity {
  return generateIdentity({ keyBits: 1024, ...opts });
}

export function nextFrame(s: Stream, timeoutMs = 5000): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const t = setTimeout(() => reject(new Error('no frame in time')), timeoutMs);
    s.once('frame', (f: Buffer) => {
      clearTimeout(t);
      resolve(f);
    });
  });
}

export function onceClose(x: Stream | Connection, timeoutMs = 5000): Promise<Error | undefined> {
  return new Promise((resolve, reject) => {
    const t = setTimeout(() => reject(new Error('no close in time')), timeoutMs);
    x.once('close', (err?: Error) => {
      clearTimeout(t);
      resolve(err);
    });
  });
}

export async function waitFor(cond: () => boolean, timeoutMs = 5000, what = 'condition'): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (!cond()) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 10));
  }
}

/** Crypto ops @matrixai/quic's own client wants. */
export const matrixClientCrypto = {
  ops: {
    randomBytes: async (data: ArrayBuffer): Promise<void> => {
      webcrypto.getRandomValues(new Uint8Array(data));
    },
  },
};

/**
 * Open endpoints through the returned function; every one is force-closed after each test.
 * Call inside a describe() before any afterEach that must run after the endpoints are gone.
 */
export function useEndpoints(): (...args: Parameters<typeof openEndpoint>) => Promise<QuicEndpoint> {
  const endpoints: QuicEndpoint[] = [];
  afterEach(async () => {
    await Promise.all(endpoints.splice(0).map((ep) => ep.close({ force: true })));
  });
  return async (...args) => {
    const ep = await openEndpoint(...args);
    endpoints.push(ep);
    return ep;
  };
}
