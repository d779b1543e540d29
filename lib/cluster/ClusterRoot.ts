/**
 * Root: the `macula_root` OS process of a node (seed §1). Loads the identity, starts the tree —
 * macula_root [one_for_one 10/5 s] → macula_routing_server, macula_bootstrap_system,
 * macula_gateway_system (each an OS process) and macula_peers_sup [simple_one_for_one] (peers as
 * OS processes `peer<N>`) — writes every supervisor report of every process to events.jsonl and
 * the structured log, serves the control socket, pushes cluster readiness to the gateway, and
 * stops the tree in reverse order on SIGTERM/SIGINT/`down`.
 *
 * Exit codes: 0 after an orderly stop; 78 when the identity cannot be used; 1 when the tree gave up (max restart intensity, with a
 * report naming the child on stderr and in events.jsonl) or failed to start.
 */
import { randomBytes } from 'node:crypto';
import { mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { MaculaError } from '../errors/index.js';
import { SIBLING_DIR_NAME, siblingSocketPath } from '../ipc/index.js';
import { loadOrCreateIdentity } from '../identity/index.js';
import type { NodeConfig } from '../config/types.js';
import type { Logger } from '../log/index.js';
import {
  MAX_RESTART_INTENSITY_REPORT,
  NORMAL_REASONS,
  Supervisor,
  startProcess,
  supervisorChild,
  type ChildDescription,
  type ChildHandle,
  type ChildSpec,
  type ChildType,
  type StartContext,
  type SupervisorEvent,
} from '../supervisor/index.js';
import * as C from './constants.js';
import { ControlServer } from './ControlServer.js';
import { controlHandlers } from './controlHandlers.js';
import { EventLog, type ClusterEvent } from './EventLog.js';
import { IpcHub, type AttachedProcess } from './IpcHub.js';
import { processNameOf } from './names.js';
import { appEntry, controlSocketPath, eventLogPath, type AppName } from './paths.js';
import { BARE_PEERS, PeerReconciler } from './PeerReconciler.js';
import { processMemory } from './processMemory.js';
import { describeStartFailure, eventLogLevel } from './startFailure.js';
import { errorFromWire } from '../ipc/index.js';
import type { ChildConfig } from './types.js';

export interface ClusterRootOptions {
  config: NodeConfig;
  logger: Logger;
  env?: NodeJS.ProcessEnv;
  /** @default READY_TIMEOUT_MS or env MACULA_READY_TIMEOUT_MS */
  readyTimeoutMs?: number;
  /** @default PROCESS_SHUTDOWN_MS or env MACULA_SHUTDOWN_TIMEOUT_MS */
  shutdownMs?: number;
  /** Called once the whole tree is up (banner, sd_notify). */
  onUp?: (root: ClusterRoot) => void | Promise<void>;
  /** Where the start-failure and gave-up reports go. @default stderr */
  report?: (text: string) => void;
  /** Called once an orderly stop begins (sd_notify STOPPING=1). */
  onStopping?: () => void | Promise<unknown>;
}

function allRunning(rows: readonly ChildDescription[]): boolean {
  return rows.every((r) => r.state === 'running' && allRunning(r.children ?? []));
}

const PEERS_SUP_PATH = `${C.ROOT_SUPERVISOR}/${C.PEERS_SUP}`;

export class ClusterRoot {
  readonly config: NodeConfig;
  readonly logger: Logger;
  readonly env: NodeJS.ProcessEnv;
  readonly hub: IpcHub;
  readonly startedAt = Date.now();
  readonly faultsEnabled: boolean;
  nodeId = '';
  peersSup?: Supervisor;
  private readonly readyTimeoutMs: number;
  private sup?: Supervisor;
  private events?: EventLog;
  private control?: ControlServer;
  private childConfig?: ChildConfig;
  private stopRequested?: (why: string) => void;
  private stopping = false;
  private lastPush?: { channel: unknown; ready: boolean };
  private gatewayHealthPort?: number;
  private gatewayQuicPort?: number;
  private gatewayQuic?: string;
  /** peer<N> → the service it runs (absent: a bare peer). Pruned when a peer stops for good or its macula_peers_sup restarts. */
  readonly peerServices = new Map<string, string>();
  /** The desired peers (configured, then as `scale` set them) and what converges macula_peers_sup to them. */
  readonly peers: PeerReconciler;
  private escalation?: SupervisorEvent;
  /** Why a process's last start failed, as it told root (start_error), until it is spawned again. */
  private readonly startErrors = new Map<string, MaculaError>();
  private peerCounter = 0;
  /** IPC of each OS child (latest incarnation), by process name. */
  private readonly attached = new Map<string, AttachedProcess>();
  /** OS process name → its live logical processes (supervisor/child → row), in start order. */
  private readonly logical = new Map<string, Map<string, { supervisor: string; child: string; pid?: number }>>();
  private readonly shutdownOverrideMs: number | undefined;

  private readonly report: (text: string) => void;

  constructor(private readonly options: ClusterRootOptions) {
    this.report = options.report ?? ((text) => process.stderr.write(text));
    this.config = options.config;
    this.logger = options.logger;
    this.env = options.env ?? process.env;
    this.faultsEnabled = this.env[C.TEST_FAULTS_ENV] === '1';
    this.readyTimeoutMs = options.readyTimeoutMs ?? options.config.readyTimeoutMs ?? C.READY_TIMEOUT_MS;
    this.shutdownOverrideMs = options.shutdownMs ?? options.config.shutdownTimeoutMs;
    this.peers = new PeerReconciler(
      {
        sup: () => this.peersSup,
        startPeer: (sup, service) => this.startPeer(sup, service),
        keyOf: (id) => this.peerServices.get(id) ?? BARE_PEERS,
        forget: (id) => void this.peerServices.delete(id),
        changed: () => this.pushReadiness(),
        failed: (sup, error) => this.peersUnreconciled(sup, error),
      },
      [[BARE_PEERS, this.config.peers], ...this.config.services.map((s): [string, number] => [s.name, s.instances])],
    );
    this.hub = new IpcHub({
      logger: this.logger,
      onEvent: (proc, e) => this.record(proc, e),
      onReady: (proc) => this.onProcessReady(proc),
      onGone: (proc) => this.announceSibling(proc, false),
      requests: {
        describeRequest: (proc) => processMemory(this, proc),
        startError: (proc, env) => void this.startErrors.set(proc, errorFromWire(env.startError)),
      },
    });
  }

  get supervisor(): Supervisor {
    if (!this.sup) throw new MaculaError('process_unavailable', 'the node is still starting (identity, tree)');
    return this.sup;
  }

  /** Run the node until it is stopped; resolves with the process exit code. */
  async run(): Promise<number> {
    const { dataDir, runtimeDir } = this.config;
    mkdirSync(dataDir, { recursive: true, mode: 0o700 });
    mkdirSync(runtimeDir, { recursive: true, mode: 0o700 });
    this.control = new ControlServer(controlSocketPath(runtimeDir), controlHandlers(this), this.logger);
    await this.control.start();
    this.events = new EventLog(eventLogPath(runtimeDir));
    this.events.rotate();
    try {
      const identity = loadOrCreateIdentity({
        dataDir,
        certPath: this.config.certPath,
        keyPath: this.config.keyPath,
        keyBits: this.config.certKeyBits,
        validityDays: this.config.certValidityDays,
      });
      this.nodeId = identity.nodeId;
      const siblingDir = join(runtimeDir, SIBLING_DIR_NAME);
      rmSync(siblingDir, { recursive: true, force: true });
      mkdirSync(siblingDir, { recursive: true, mode: 0o700 });
      this.childConfig = { ...this.config, nodeId: identity.nodeId, nodeStartedAt: this.startedAt, siblingDir, siblingToken: randomBytes(32).toString('hex') };
      this.append({ ts: Date.now(), kind: 'node_starting', proc: C.ROOT_NAME_IPC, pid: process.pid, message: `node ${identity.nodeId}` });

      const stopped = new Promise<string>((resolve) => (this.stopRequested = resolve));
      const onSignal = (sig: string) => () => this.requestStop(sig);
      process.on('SIGTERM', onSignal('SIGTERM'));
      process.on('SIGINT', onSignal('SIGINT'));
      this.watchParent();

      this.sup = this.buildTree();
      await this.sup.start();
      // macula_peers_sup's start began converging it to the configured peers
      await this.peers.whenFirstSettled();
      this.pushReadiness();
      await this.options.onUp?.(this);

      const outcome = await Promise.race([stopped.then((why) => ({ stop: why })), this.sup.exited.then((reason) => ({ exited: reason }))]);
      if ('stop' in outcome) {
        this.stopping = true;
        await this.options.onStopping?.();
        this.logger.info({ why: outcome.stop }, 'stopping the tree in reverse start order');
        await this.sup.stop();
        this.append({ ts: Date.now(), kind: 'node_stopped', proc: C.ROOT_NAME_IPC, reason: 'shutdown', message: outcome.stop });
        return C.EXIT_OK;
      }
      return this.reportGaveUp(outcome.exited);
    } catch (err) {
      const failure = describeStartFailure(err);
      this.report(`macula_root failed to start: ${failure.line}\n`);
      this.append({ ts: Date.now(), kind: 'node_start_failed', proc: C.ROOT_NAME_IPC, reason: failure.line });
      if (this.sup) await this.sup.stop();
      return failure.exitCode;
    } finally {
      await this.control.stop();
    }
  }

  /**
   * Start one more peer process under `peers` (only PeerReconciler calls this: every change of
   * the peer set goes through its queue). Numbers come from root, not from macula_peers_sup, so
   * they are never reused, even by a restarted macula_peers_sup.
   */
  private async startPeer(peers: Supervisor, service: string): Promise<string> {
    const id = `${C.PEER_ID_PREFIX}${++this.peerCounter}`;
    if (service !== BARE_PEERS) this.peerServices.set(id, service);
    try {
      const started = await peers.startChild(undefined, { id });
      return started.id;
    } catch (err) {
      this.peerServices.delete(id);
      throw err;
    }
  }

  /** A new macula_peers_sup: its predecessor's peers are gone with it; bring the desired ones back. */
  private onPeersSupStarted(sup: Supervisor): void {
    this.peersSup = sup;
    this.peerServices.clear();
    this.peers.started(sup);
  }

  /**
   * A restarted macula_peers_sup could not get its peers back (a service module broken on disk
   * since `up`, a peer failing its start): it is a failed start of that incarnation, so it dies
   * and root restarts it, counting against root's intensity as a failed restart does.
   */
  private peersUnreconciled(sup: Supervisor, error: MaculaError): void {
    this.append({ ts: Date.now(), kind: 'child_restart_failed', supervisor: C.ROOT_SUPERVISOR, child: C.PEERS_SUP, proc: C.ROOT_NAME_IPC, reason: `its peers could not be started: ${error.message}` });
    if (this.peersSup === sup) sup.kill();
  }

  /**
   * `quic://…` of the node's own gateway as a local process reaches it: known from its first
   * Ready on, and kept while it restarts (a restarted gateway binds the same port), so a peer
   * started meanwhile still gets it.
   */
  gatewayUrl(): string | undefined {
    const quic = this.hub.bound('gateway').quic ?? this.gatewayQuic;
    const port = quic?.split(':').pop();
    if (!quic || !port) return undefined;
    const host = quic.slice(0, quic.length - port.length - 1);
    // a wildcard listener is reached on loopback
    const local = host === '0.0.0.0' || host === '' ? '127.0.0.1' : host === '::' || host === '[::]' ? '[::1]' : host.includes(':') && !host.startsWith('[') ? `[${host}]` : host;
    return `quic://${local}:${port}`;
  }

  /** Ask the running node to stop (SIGTERM, SIGINT, `down`). */
  requestStop(why: string): void {
    this.stopping = true;
    this.stopRequested?.(why);
  }

  /**
   * A supervisor of root (foreman, a shell) that dies without stopping us must not leave the node
   * running unattended: when root is re-parented, stop the tree in order as on SIGTERM.
   */
  private watchParent(): void {
    const parent = process.ppid;
    const timer = setInterval(() => {
      if (process.ppid !== parent) {
        clearInterval(timer);
        this.requestStop(`parent process ${parent} exited`);
      }
    }, C.PARENT_POLL_MS);
    timer.unref();
  }

  /** The whole tree is up: every supervisor and OS process of root running and Ready, and every desired peer back. */
  isUp(): boolean {
    if (!this.sup || !this.peers.settled || this.stopping) return false;
    if (this.sup.describe().state !== 'running') return false;
    const rows = this.sup.whichChildren();
    if (!allRunning(rows)) return false;
    const procs = rows.flatMap((r) => (r.id === C.PEERS_SUP ? (r.children ?? []).map((p) => p.id) : [r.id]));
    return procs.every((id) => this.hub.isReady(processNameOf(id) ?? id));
  }

  private buildTree(): Supervisor {
    const root = this;
    const peerTemplate: ChildSpec = {
      id: C.PEER_ID_PREFIX,
      type: 'supervisor',
      restart: this.config.peerRestart,
      // one shared timer for every peer (simple_one_for_one): the longest bound a live peer reported
      get shutdown() {
        return root.stopBoundOf(root.hub.processes().map((p) => p.name).filter((n) => n.startsWith('peer:')));
      },
      start: (_extra?: unknown, ctx?: StartContext) => {
        const id = ctx?.id ?? C.PEER_ID_PREFIX;
        return this.spawn(id, processNameOf(id) ?? id, 'peer');
      },
    };
    return new Supervisor({
      name: C.ROOT_SUPERVISOR,
      flags: { strategy: 'one_for_one', intensity: C.ROOT_INTENSITY, periodMs: C.ROOT_PERIOD_MS },
      children: [
        this.osChild(C.ROUTING_SERVER, 'routing', 'worker'),
        this.osChild(C.BOOTSTRAP_SYSTEM, 'bootstrap', 'supervisor'),
        this.osChild(C.GATEWAY_SYSTEM, 'gateway', 'supervisor'),
        supervisorChild(C.PEERS_SUP, { strategy: 'simple_one_for_one', intensity: C.SUBSYSTEM_INTENSITY, periodMs: C.SUBSYSTEM_PERIOD_MS }, () => [peerTemplate], {
          onStarted: (sup) => this.onPeersSupStarted(sup),
        }),
      ],
      onEvent: (e) => this.record(C.ROOT_NAME_IPC, e),
    });
  }

  private osChild(id: string, app: AppName, type: ChildType): ChildSpec {
    const root = this;
    return {
      id,
      type,
      restart: 'permanent',
      // read when the child is stopped: the bound its current incarnation reported
      get shutdown() {
        return root.stopBoundOf([app]);
      },
      start: () => this.spawn(id, app, app),
    };
  }

  /**
   * How long root lets OS processes stop before killing them: the stop bound their own trees
   * reported in Ready (derived from their child specs: Supervisor.stopBoundMs) plus
   * PROCESS_EXIT_MARGIN_MS for the process to exit; PROCESS_SHUTDOWN_MS while none reported one.
   * MACULA_SHUTDOWN_TIMEOUT_MS (or the shutdownMs option) replaces it.
   */
  stopBoundOf(processNames: readonly string[]): number {
    if (this.shutdownOverrideMs !== undefined) return this.shutdownOverrideMs;
    const reported = processNames.map((n) => this.attached.get(n)?.stopBoundMs() ?? 0).filter((b) => b > 0);
    return reported.length === 0 ? C.PROCESS_SHUTDOWN_MS : Math.max(...reported) + C.PROCESS_EXIT_MARGIN_MS;
  }

  /**
   * Start one OS child. Its exit is reported only once its pipe is drained, so the supervisor
   * reports a child sent just before dying are written before root's own report of its exit. The
   * exit reason is the one the child announced (its tree's: `shutdown` after max restart
   * intensity, `crash: …`) when it exited on its own, and every logical process it still held
   * (SIGKILL, a crash that escaped every worker) is reported stopped with `killed` first.
   */
  private async spawn(id: string, processName: string, app: AppName): Promise<ChildHandle> {
    let attached: AttachedProcess | undefined;
    this.startErrors.delete(processName);
    const handle = await startProcess({
      id,
      file: appEntry(app),
      env: this.childEnv(processName),
      readyTimeoutMs: this.readyTimeoutMs,
      onSpawn: (proc) => {
        attached = this.hub.attach(processName, proc);
        this.attached.set(processName, attached);
      },
      ready: (proc) => this.hub.waitReady(proc),
    }).catch(async (err: unknown) => {
      // the child's own account of why (start_error) may still be in the pipe: read it first
      await Promise.race([attached?.closed, new Promise((resolve) => setTimeout(resolve, C.PIPE_DRAIN_MS).unref())]);
      const why = this.startErrors.get(processName);
      if (why === undefined) throw err;
      throw new MaculaError('start_failed', `${id}: ${why.message}`, { cause: why, details: { child: id, process: processName } });
    });
    const exited = handle.exited.then(async (reason) => {
      let timer: NodeJS.Timeout | undefined;
      await Promise.race([attached?.closed, new Promise((resolve) => (timer = setTimeout(resolve, C.PIPE_DRAIN_MS)))]);
      clearTimeout(timer);
      this.reportOrphanedStops(processName);
      // peer numbers are never reused: an exited incarnation's entry is not needed again
      if (this.attached.get(processName) === attached) this.attached.delete(processName);
      const words = attached?.lastWords();
      return words !== undefined && reason !== 'shutdown' && reason !== 'killed' ? words : reason;
    });
    return { pid: handle.pid, exited, shutdown: () => handle.shutdown(), kill: () => handle.kill() };
  }

  /** The logical processes a dead OS process still held: each is reported stopped (`killed`), latest started first. */
  private reportOrphanedStops(processName: string): void {
    const held = this.logical.get(processName);
    this.logical.delete(processName);
    for (const e of [...(held?.values() ?? [])].reverse()) {
      this.append({ ts: Date.now(), kind: 'child_stopped', supervisor: e.supervisor, child: e.child, pid: e.pid, reason: 'killed', proc: processName });
    }
  }

  private childEnv(processName: string): Record<string, string> {
    const config = { ...(this.childConfig as ChildConfig) };
    if (processName === 'gateway' && this.gatewayHealthPort !== undefined) config.healthPort = this.gatewayHealthPort;
    // a restarted gateway binds the first incarnation's QUIC port if it can, so peers and clients find it again
    if (processName === 'gateway' && this.gatewayQuicPort !== undefined) config.preferredQuicPort = this.gatewayQuicPort;
    if (processName.startsWith('peer:')) {
      const url = this.gatewayUrl();
      if (url !== undefined) config.gatewayUrl = url;
      const service = this.config.services.find((s) => s.name === this.peerServices.get(`${C.PEER_ID_PREFIX}${processName.slice('peer:'.length)}`));
      if (service !== undefined) config.service = service;
    }
    return { [C.NODE_CONFIG_ENV]: JSON.stringify(config), [C.PROCESS_NAME_ENV]: processName };
  }

  /**
   * Sibling channels are set up through root: when a process is Ready every other one learns its
   * socket (and it learns theirs); when it goes, every other one learns it is down.
   */
  private announceSibling(proc: string, up: boolean): void {
    const dir = this.childConfig?.siblingDir;
    if (dir === undefined) return;
    const others = this.hub.processes().filter((p) => p.name !== proc);
    for (const { name } of others) this.hub.trySend(name, { siblingStatus: { name: proc, up, path: up ? siblingSocketPath(dir, proc) : '' } });
    if (up) for (const { name } of others) this.hub.trySend(proc, { siblingStatus: { name, up: true, path: siblingSocketPath(dir, name) } });
  }

  private onProcessReady(proc: string): void {
    this.announceSibling(proc, true);
    if (proc === 'gateway') {
      const port = Number(this.hub.bound('gateway').health?.split(':').pop());
      // keep the first incarnation's port so a node started with HEALTH_PORT=0 keeps one address
      if (Number.isInteger(port) && port > 0) this.gatewayHealthPort ??= port;
      this.gatewayQuic = this.hub.bound('gateway').quic ?? this.gatewayQuic;
      this.pushGatewayAddress();
      const quicPort = Number(this.hub.bound('gateway').quic?.split(':').pop());
      if (Number.isInteger(quicPort) && quicPort > 0) this.gatewayQuicPort ??= quicPort;
    }
    this.pushReadiness();
  }

  /**
   * Tell every peer where the gateway listens: a gateway that could not bind its earlier port
   * (port 0, taken meanwhile) moved, and peers pointed at the old address reconnect to the new one.
   */
  private pushGatewayAddress(): void {
    const url = this.gatewayUrl();
    if (url === undefined) return;
    for (const { name } of this.hub.processes()) if (name.startsWith('peer:')) this.hub.trySend(name, { gatewayAddress: { url } });
  }

  /** Tell the gateway whether the whole tree is up, when that changes (or it is a new incarnation). */
  private pushReadiness(): void {
    const ready = this.isUp();
    let channel: unknown;
    try {
      channel = this.hub.channel('gateway');
    } catch {
      return;
    }
    if (this.lastPush && this.lastPush.channel === channel && this.lastPush.ready === ready) return;
    if (this.hub.trySend('gateway', { clusterReadiness: { ready } })) this.lastPush = { channel, ready };
  }

  private record(proc: string, e: SupervisorEvent): void {
    if (proc !== C.ROOT_NAME_IPC && e.child !== undefined) this.track(proc, e);
    if (e.kind === 'child_exited' && e.supervisor === PEERS_SUP_PATH && e.child !== undefined && !this.restartsPeer(e.reason)) this.peers.exitedForGood(e.child);
    this.append({ ...e, proc });
    if (e.kind === 'max_restart_intensity' && e.supervisor === C.ROOT_SUPERVISOR) this.escalation = e;
    this.pushReadiness();
  }

  /** Which logical processes of an OS child are alive, from the reports it forwards. */
  private track(proc: string, e: SupervisorEvent): void {
    let held = this.logical.get(proc);
    const key = `${e.supervisor}/${e.child}`;
    if (e.kind === 'child_started') {
      if (held === undefined) this.logical.set(proc, (held = new Map()));
      held.delete(key);
      held.set(key, { supervisor: e.supervisor, child: e.child as string, pid: e.pid });
    } else if (e.kind === 'child_exited' || e.kind === 'child_stopped') {
      held?.delete(key);
    }
  }

  /** What macula_peers_sup decides for an exited peer (Supervisor.onChildExit): restart it or not. */
  private restartsPeer(reason: string | undefined): boolean {
    const restart = this.config.peerRestart;
    return restart === 'permanent' || (restart === 'transient' && !NORMAL_REASONS.has(reason ?? ''));
  }

  private append(e: ClusterEvent): void {
    this.events?.append(e);
    this.logger[eventLogLevel(e.kind)]({ event: e }, `${e.kind} ${e.supervisor ?? e.proc ?? ''}${e.child ? ` ${e.child}` : ''}${e.reason ? ` (${e.reason})` : ''}`);
  }

  private reportGaveUp(reason: string): number {
    const child = this.escalation?.child ?? 'unknown';
    const message =
      `macula_root gave up: ${MAX_RESTART_INTENSITY_REPORT}: more than ${C.ROOT_INTENSITY} restarts within ${C.ROOT_PERIOD_MS / 1000} s, ` +
      `last by ${child} (${this.escalation?.reason ?? '?'}); stopped every child in reverse start order`;
    this.report(`${message}\n`);
    this.append({ ts: Date.now(), kind: 'node_gave_up', proc: C.ROOT_NAME_IPC, child, reason, message });
    return C.EXIT_FAILURE;
  }
}
