/**
 * Fuzzing a real node (`macula-cluster up`, every process a real OS process running dist/): its
 * gateway's QUIC port, its root's control socket, and its gateway's sibling socket (before the
 * hello: the node's token never leaves the node). The OS processes are the fault domains here:
 * `status` is read before, at intervals during and after the runs, and every process must keep
 * its pid and restart count (none died, none restarted) and the tree stay ready.
 */
import { connect } from 'node:net';
import { join } from 'node:path';
import { processNameOf } from '../../../lib/cluster/names.js';
import { SIBLING_DIR_NAME, siblingSocketPath } from '../../../lib/ipc/index.js';
import type { ChildDescription } from '../../../lib/supervisor/index.js';
import { DEFAULT_ATTEMPT_TIMEOUT_MS, MAX_ATTEMPTS } from '../../../lib/rpc/constants.js';
import { DEFAULT_MAX_FRAME_BYTES } from '../../../lib/transport/index.js';
import type { TestNode } from '../../helpers/cluster.js';
import { controlCaseArb } from './controlArbitraries.js';
import { runControlFuzz, type ControlFuzzReport } from './controlFuzz.js';
import { siblingCaseArb } from './ipcArbitraries.js';
import { runIpcFuzz, type IpcFuzzReport } from './ipcFuzz.js';
import { runQuicFuzz, type QuicFuzzReport } from './quicFuzz.js';

export interface NodeFuzzOptions {
  cases: { quic: number; control: number; siblings: number };
  seeds: { quic: number; control: number; siblings: number };
  endOnFailure?: boolean;
  /** Read `status` (pids) every this many cases. @default 100 */
  statusEvery?: number;
}

export interface NodeFuzzReport {
  quic: QuicFuzzReport;
  control: ControlFuzzReport;
  siblings: IpcFuzzReport;
  /** OS process → pid, the same before and after. */
  pids: Record<string, number>;
  /** The gateway process's RSS before and after the runs (bytes, from status). */
  gatewayRss: { before: number; after: number };
  /** Root's RSS before and after the runs (bytes, from status). */
  rootRss: { before: number; after: number };
}

interface ProcessRow {
  pid: number;
  restarts: number;
  memory: number;
}

/** OS processes of the tree (root as `root`): pid, restarts, RSS. */
function processes(tree: ChildDescription, rootPid: number): Map<string, ProcessRow> {
  const out = new Map<string, ProcessRow>([['root', { pid: rootPid, restarts: 0, memory: tree.memory ?? 0 }]]);
  const walk = (rows: ChildDescription[]): void => {
    for (const r of rows) {
      const name = processNameOf(r.id);
      if (name !== undefined) out.set(name, { pid: r.pid ?? 0, restarts: r.restarts, memory: r.memory ?? 0 });
      else walk(r.children ?? []);
    }
  };
  walk(tree.children ?? []);
  return out;
}

export async function fuzzNode(node: TestNode, o: NodeFuzzOptions): Promise<NodeFuzzReport> {
  const first = await node.status();
  const raw = (await node.control({ status: {} })).status!;
  const quic = raw.bound?.quic;
  if (!quic) throw new Error('the gateway reports no quic address');
  const url = `quic://127.0.0.1:${quic.split(':').pop()}`;
  const baseline = processes(first.tree, first.pid);
  if (!baseline.has('gateway')) throw new Error('no gateway process in status');
  const every = o.statusEvery ?? 100;

  /** Every OS process kept its pid and restart count, and the node is ready. */
  const compare = async (): Promise<string[]> => {
    const s = await node.status();
    const now = processes(s.tree, s.pid);
    const problems: string[] = [];
    if (!s.ready) problems.push('the node is not ready');
    for (const [name, b] of baseline) {
      const n = now.get(name);
      if (n === undefined || n.pid !== b.pid || n.restarts !== b.restarts) problems.push(`${name} was pid ${b.pid} (restarts ${b.restarts}), now ${n?.pid ?? 'gone'} (restarts ${n?.restarts ?? '-'})`);
    }
    return problems;
  };
  let calls = 0;
  const sometimes = async (): Promise<string[]> => (++calls % every === 0 ? compare() : []);

  // a call that may go to an offender that never answers: one attempt per provider, a margin
  const callBoundMs = MAX_ATTEMPTS * DEFAULT_ATTEMPT_TIMEOUT_MS + 3_000;
  const quicReport = await runQuicFuzz({
    url,
    gatewayNodeId: first.nodeId,
    realms: [raw.realm ?? 'macula.default'],
    maxFrameBytes: DEFAULT_MAX_FRAME_BYTES,
    callBoundMs,
    echoBoundMs: callBoundMs,
    numRuns: o.cases.quic,
    seed: o.seeds.quic,
    endOnFailure: o.endOnFailure,
    check: sometimes,
  });
  const afterQuic = await compare();
  if (afterQuic.length > 0) throw new Error(`after the QUIC run: ${afterQuic.join('; ')}`);

  const controlReport = await runControlFuzz({
    path: node.socket,
    numRuns: o.cases.control,
    seed: o.seeds.control,
    caseArb: controlCaseArb(true),
    probe: 'empty',
    neighbourIntervalMs: 50,
    endOnFailure: o.endOnFailure,
    check: sometimes,
  });

  // the gateway's own sibling socket, never authenticated (the token is the node's secret)
  const sibPath = siblingSocketPath(join(node.runtimeDir, SIBLING_DIR_NAME), 'gateway');
  const gatewayPid = baseline.get('gateway')!.pid;
  const siblingsReport = await runIpcFuzz(
    {
      boundary: 'siblings(node gateway)',
      self: 'gateway',
      rule: () => 'errorIfAddressed',
      flood: { requests: 200, bytes: 1024 },
      neighbourIntervalMs: 50,
      async open() {
        const socket = connect(sibPath);
        await new Promise<void>((resolve, reject) => {
          socket.once('connect', () => resolve());
          socket.once('error', reject);
        });
        return { socket, sibling: { token: 'not-the-node-token', tokenIsValid: false } };
      },
      async neighbourRound() {
        const s = await node.status();
        const gw = processes(s.tree, s.pid).get('gateway');
        if (gw?.pid !== gatewayPid) throw new Error(`the gateway is pid ${gw?.pid}, was ${gatewayPid}`);
      },
      drainReported: () => [],
    },
    { numRuns: o.cases.siblings, seed: o.seeds.siblings, endOnFailure: o.endOnFailure, caseArb: siblingCaseArb.map((c) => ({ ...c, start: 'unauthenticated' as const })) },
  );

  const last = await node.status();
  const problems = await compare();
  if (problems.length > 0) throw new Error(`after the runs: ${problems.join('; ')}`);
  const end = processes(last.tree, last.pid);
  return {
    quic: quicReport,
    control: controlReport,
    siblings: siblingsReport,
    pids: Object.fromEntries([...baseline].map(([k, v]) => [k, v.pid])),
    gatewayRss: { before: baseline.get('gateway')!.memory, after: end.get('gateway')!.memory },
    rootRss: { before: baseline.get('root')!.memory, after: end.get('root')!.memory },
  };
}
