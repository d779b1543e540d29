/** Types shared by root, the OS children and the CLI. */
import type { NodeConfig, ServiceConfig } from '../config/types.js';
import type { IpcChannel, IpcHandler, BodyCase, Siblings } from '../ipc/index.js';
import type { Logger } from '../log/index.js';
import type { ChildDescription, ChildSpec, ExitReason, SupervisorEvent } from '../supervisor/index.js';
import type { Supervisor } from '../supervisor/Supervisor.js';
import type { WorkerRegistry } from '../supervisor/WorkerRegistry.js';

/** What root hands every OS child in MACULA_NODE_CONFIG: the resolved config plus the node id. */
export interface ChildConfig extends NodeConfig {
  nodeId: string;
  /** epoch ms root started (the node's uptime). */
  nodeStartedAt: number;
  /** Gateway only: the port an earlier incarnation bound, tried first so peers and clients find it again. */
  preferredQuicPort?: number;
  /** Peers only: the node's gateway as `quic://127.0.0.1:<bound port>` (root learns it from the gateway's Ready). */
  gatewayUrl?: string;
  /** Peers only: the service this peer runs (absent: a bare peer that holds its connection). */
  service?: ServiceConfig;
  /** Where every process's sibling socket lives (`<runtimeDir>/sib`) and the token that proves a dialer is of this node. */
  siblingDir: string;
  siblingToken: string;
}

/** The tree one OS process runs, as ChildRuntime drives it (lib/cluster/processTree.ts). */
export interface ProcessTree {
  start(): Promise<void>;
  stop(): Promise<void>;
  readonly exited: Promise<ExitReason>;
  describe(): ChildDescription;
  /** How long stop() can take at most (from the tree's specs). */
  stopBoundMs(): number;
}

/** Everything an OS child's tree builder gets. */
export interface ChildContext {
  processName: string;
  /** Full path of this process's tree, e.g. `macula_root/macula_gateway_system`. */
  supervisorPath: string;
  config: ChildConfig;
  registry: WorkerRegistry;
  logger: Logger;
  channel: IpcChannel;
  /** Direct channels to the node's other processes (lib/ipc/Siblings): the data path between them. */
  siblings: Siblings;
  /** Forward a supervisor report to root (which writes events.jsonl). */
  emit: (e: SupervisorEvent) => void;
  env: NodeJS.ProcessEnv;
}

/** What an app's builder returns. */
export interface ChildApp {
  /** The process's supervisor, or the spec of the one worker the process is (routing). */
  tree: Supervisor | ChildSpec;
  /** What this process bound, reported in Ready (e.g. `{ health: '127.0.0.1:43121' }`). */
  bound?: () => Record<string, string>;
  /** Extra IPC handlers (the gateway handles cluster_readiness). */
  handlers?: Partial<Record<BodyCase, IpcHandler>>;
}
