/**
 * The servers under test: nats-server (Debian package) on a free port; Macula as a real node
 * (`macula-cluster up`, its gateway OS process found in `status`) or the gateway broker alone in a
 * child process (dist/bench/fixtures/brokerProcess.js: the same Broker tree the gateway runs).
 * Each target names the server process (for its CPU time and system calls) and, for Macula, reads
 * its QUIC endpoint's counters (the node's /metrics, or the broker process over IPC).
 */
import { fork, spawn } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { connect as tcpConnect } from 'node:net';
import type { EndpointStats } from '../../../lib/transport/types.js';
import { BenchNode, freePort, sleep, walk } from '../node.js';
import { BROKER, READY_TIMEOUT_MS, profileArgs, profiling, track } from './procs.js';

export const NATS_SERVER = process.env.NATS_SERVER ?? '/usr/sbin/nats-server';

/** What a server's transport counted (a subset of EndpointStats: /metrics carries only some). */
export type ServerTransport = Partial<EndpointStats>;

export interface Target {
  url: string;
  describe: string;
  /** The OS process that serves the clients (the gateway; nats-server). */
  serverPid: number;
  /** The server's QUIC counters now (undefined for NATS: TCP). */
  transport(): Promise<ServerTransport | undefined>;
  stop(): Promise<void>;
  /** A real node's handle (control socket, data dir), for mesh benchmarks. */
  node?: BenchNode;
}

/** `extraArgs`: more nats-server flags (a cluster's --cluster / --routes: bench/mesh.ts). */
export async function startNats(extraArgs: string[] = []): Promise<Target> {
  const port = await freePort();
  const proc = track(spawn(NATS_SERVER, ['-a', '127.0.0.1', '-p', String(port), ...extraArgs], { stdio: ['ignore', 'ignore', 'pipe'] }));
  let stderr = '';
  proc.stderr!.on('data', (d: Buffer) => (stderr = (stderr + d.toString()).slice(-4000)));
  const deadline = Date.now() + 10_000;
  for (;;) {
    const ok = await new Promise<boolean>((r) => {
      const s = tcpConnect(port, '127.0.0.1', () => (s.destroy(), r(true)));
      s.once('error', () => r(false));
    });
    if (ok) break;
    if (proc.exitCode !== null || Date.now() > deadline) throw new Error(`nats-server did not start: ${stderr}`);
    await sleep(20);
  }
  const version = await new Promise<string>((r) => {
    const v = spawn(NATS_SERVER, ['--version'], { stdio: ['ignore', 'pipe', 'ignore'] });
    let out = '';
    v.stdout.on('data', (d: Buffer) => (out += d.toString()));
    v.once('exit', () => r(out.trim()));
    v.once('error', () => r('nats-server'));
  });
  return {
    url: `nats://127.0.0.1:${port}`,
    describe: `${version} on 127.0.0.1:${port}, nats.js client`,
    serverPid: proc.pid!,
    transport: async () => undefined,
    stop: async () => {
      proc.kill('SIGTERM');
      await Promise.race([new Promise((r) => proc.once('exit', r)), sleep(3000)]);
      proc.kill('SIGKILL');
    },
  };
}

/** The gateway broker alone in a child process; `permissions` (config-file JSON) for it to enforce. */
export async function startBrokerProcess(permissions?: unknown): Promise<Target> {
  const args = permissions === undefined ? [] : [JSON.stringify(permissions)];
  const proc = track(fork(BROKER, args, { execArgv: profileArgs('macula-broker'), stdio: ['ignore', 'inherit', 'inherit', 'ipc'] }));
  const { url } = await new Promise<{ url: string }>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('broker process not ready')), READY_TIMEOUT_MS);
    proc.once('message', (m: { url: string }) => (clearTimeout(timer), resolve(m)));
    proc.once('exit', (c) => reject(new Error(`broker process exited with ${c}`)));
  });
  return {
    url,
    describe: `gateway broker (lib/broker Broker) alone in a child process at ${url}${permissions === undefined ? '' : ', with a permissions section'}`,
    serverPid: proc.pid!,
    transport: () =>
      new Promise((resolve) => {
        const timer = setTimeout(() => resolve(undefined), 5000);
        proc.once('message', (m: { transport?: EndpointStats }) => (clearTimeout(timer), resolve(m.transport)));
        proc.send({ cmd: 'stats' });
      }),
    stop: async () => {
      const exited = new Promise((r) => proc.once('exit', r));
      proc.disconnect();
      await Promise.race([exited, sleep(5000)]);
      proc.kill('SIGKILL');
    },
  };
}

/** /metrics series of the transport: `macula_transport_<name>{…direction="in"…} value`. */
function scrapeTransport(text: string): ServerTransport {
  const read = (series: string, label: string): number => {
    const re = new RegExp(`^macula_transport_${series}\\{[^}]*${label}[^}]*\\} (\\S+)$`, 'm');
    const m = re.exec(text);
    return m === null ? NaN : Number(m[1]);
  };
  return {
    datagramsIn: read('datagrams_total', 'direction="in"'),
    datagramsOut: read('datagrams_total', 'direction="out"'),
    bytesIn: read('bytes_total', 'direction="in"'),
    bytesOut: read('bytes_total', 'direction="out"'),
  };
}

/** A real node; undefined when its gateway does not (yet) report a QUIC address. `extraArgs`/`extraEnv`: e.g. --bootstrap-url (bench/mesh.ts). */
export async function startNode(extraArgs: string[] = [], extraEnv: Record<string, string> = {}): Promise<Target | undefined> {
  const env: Record<string, string> = { ...(profiling.dir === undefined ? {} : { NODE_OPTIONS: `--cpu-prof --cpu-prof-dir=${profiling.dir}` }), ...extraEnv };
  if (profiling.dir !== undefined) mkdirSync(profiling.dir, { recursive: true });
  const { node } = await BenchNode.start({ peers: 0, env, extraArgs });
  track(node.proc);
  const stop = async (): Promise<void> => {
    await node.stop();
    node.removeDataDir();
  };
  let quic: string | undefined;
  let gatewayPid = 0;
  for (let i = 0; i < 50 && (quic === undefined || gatewayPid === 0); i++) {
    const s = await node.status().catch(() => undefined);
    quic = s?.bound?.quic;
    if (s?.tree !== undefined && s.tree !== null) gatewayPid = walk(s.tree).find((w) => w.node.id === 'macula_gateway_system')?.node.pid ?? 0;
    if (quic === undefined || gatewayPid === 0) await sleep(100);
  }
  if (quic === undefined || gatewayPid === 0) {
    await stop();
    return undefined;
  }
  const url = quic.startsWith('quic://') ? quic : `quic://${quic}`;
  return {
    url,
    describe: `real node (macula-cluster up, --peers 0), gateway at ${url} (pid ${gatewayPid})`,
    serverPid: gatewayPid,
    node,
    transport: async () => {
      try {
        const res = await fetch(`http://127.0.0.1:${node.healthPort}/metrics`, { signal: AbortSignal.timeout(5000) });
        return scrapeTransport(await res.text());
      } catch {
        return undefined;
      }
    },
    stop,
  };
}
