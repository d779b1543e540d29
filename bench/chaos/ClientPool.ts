/**
 * The chaos run's client processes: spawned as compiled JS (`node dist/bench/chaos/client.js`),
 * one per slot, their report lines parsed and handed on, SIGKILLed and replaced on demand, and
 * stopped with SIGTERM at the end (each sends a last report first). A client's stdin is a pipe
 * from the run: if the run dies, every client exits by itself.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createInterface } from 'node:readline';
import { randomBytes } from 'node:crypto';
import { CLIENT_CONFIG_ENV, type ClientConfig, type ClientReport } from './protocol.js';

export interface ClientHandle {
  slot: number;
  tag: string;
  pid: number;
  proc: ChildProcess;
  /** epoch ms of its `ready` report. */
  readyAt?: number;
  exited: Promise<void>;
  gone: boolean;
  stderr: string;
}

export interface ClientPoolOptions {
  /** The compiled client entry. */
  file: string;
  /** Everything but slot and tag. */
  config: Omit<ClientConfig, 'slot' | 'tag' | 'topic'>;
  topicOf: (slot: number) => string;
  onReport: (client: ClientHandle, report: ClientReport) => void;
  /** A client exited without being asked to (it crashed). */
  onUnexpectedExit: (client: ClientHandle, code: number | null, signal: NodeJS.Signals | null) => void;
  readyBoundMs: number;
}

/** Tail of stderr kept per client for reports. */
const STDERR_TAIL_CHARS = 4_000;

export class ClientPool {
  private readonly live = new Map<number, ClientHandle>();
  private readonly expectedExit = new WeakSet<ClientHandle>();

  constructor(private readonly o: ClientPoolOptions) {}

  clients(): ClientHandle[] {
    return [...this.live.values()];
  }

  /** Start the client of `slot` and resolve once it reported ready (connected and subscribed). */
  start(slot: number): Promise<ClientHandle> {
    const tag = `c${slot}-${randomBytes(4).toString('hex')}`;
    const config: ClientConfig = { ...this.o.config, slot, tag, topic: this.o.topicOf(slot) };
    const proc = spawn(process.execPath, [this.o.file], {
      env: { ...process.env, [CLIENT_CONFIG_ENV]: JSON.stringify(config) },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let resolveExit!: () => void;
    const client: ClientHandle = { slot, tag, pid: proc.pid ?? 0, proc, exited: new Promise((r) => (resolveExit = r)), gone: false, stderr: '' };
    this.live.set(slot, client);
    proc.stderr!.on('data', (d: Buffer) => (client.stderr = (client.stderr + d.toString()).slice(-STDERR_TAIL_CHARS)));
    return new Promise<ClientHandle>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`client ${slot} not ready within ${this.o.readyBoundMs} ms: ${client.stderr}`)), this.o.readyBoundMs);
      createInterface({ input: proc.stdout! }).on('line', (line) => {
        let report: ClientReport;
        try {
          report = JSON.parse(line) as ClientReport;
        } catch {
          return; // not a report (a stray log line)
        }
        if (report.t === 'ready') {
          client.readyAt = report.at;
          clearTimeout(timer);
          resolve(client);
        }
        this.o.onReport(client, report);
      });
      proc.once('exit', (code, signal) => {
        client.gone = true;
        clearTimeout(timer);
        if (this.live.get(slot) === client) this.live.delete(slot);
        resolveExit();
        if (client.readyAt === undefined) reject(new Error(`client ${slot} exited before ready (${code ?? signal}): ${client.stderr}`));
        else if (!this.expectedExit.has(client)) this.o.onUnexpectedExit(client, code, signal);
      });
    });
  }

  /** SIGKILL the client of `slot` (no goodbye) and wait until it is gone. */
  async kill(slot: number): Promise<ClientHandle | undefined> {
    const client = this.live.get(slot);
    if (client === undefined) return undefined;
    this.expectedExit.add(client);
    this.live.delete(slot);
    client.proc.kill('SIGKILL');
    await client.exited;
    return client;
  }

  /** SIGTERM every client (each sends its last report), bounded; SIGKILL what is left. */
  async stopAll(boundMs: number): Promise<void> {
    const all = this.clients();
    for (const c of all) {
      this.expectedExit.add(c);
      c.proc.kill('SIGTERM');
    }
    let timer: NodeJS.Timeout | undefined;
    await Promise.race([Promise.all(all.map((c) => c.exited)), new Promise((r) => (timer = setTimeout(r, boundMs)))]);
    clearTimeout(timer);
    for (const c of all) if (!c.gone) c.proc.kill('SIGKILL');
    await Promise.all(all.map((c) => c.exited));
    this.live.clear();
  }
}
