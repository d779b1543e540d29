/**
 * The mapping between the seed's logical tree and the node's OS processes:
 * `macula_routing_server` ↔ `routing`, `macula_bootstrap_system` ↔ `bootstrap`,
 * `macula_gateway_system` ↔ `gateway`, `peer<N>` (under `macula_peers_sup`) ↔ `peer:<N>`.
 */
import { MaculaError } from '../errors/index.js';
import { BOOTSTRAP_SYSTEM, GATEWAY_SYSTEM, PEER_ID_PREFIX, PEERS_SUP, ROOT_SUPERVISOR, ROUTING_SERVER } from './constants.js';

export const STATIC_PROCESSES: Readonly<Record<string, string>> = {
  [ROUTING_SERVER]: 'routing',
  [BOOTSTRAP_SYSTEM]: 'bootstrap',
  [GATEWAY_SYSTEM]: 'gateway',
};

const PEER_ID = new RegExp(`^${PEER_ID_PREFIX}([1-9][0-9]*)$`);
const PEER_NAME = /^peer:([1-9][0-9]*)$/;

/** `peer3` → `peer:3`; a static child id → its process name; otherwise undefined. */
export function processNameOf(childId: string): string | undefined {
  const m = PEER_ID.exec(childId);
  if (m) return `peer:${m[1]}`;
  return STATIC_PROCESSES[childId];
}

/** `peer:3` → `peer3`; `gateway` → `macula_gateway_system`. */
export function childIdOf(processName: string): string | undefined {
  const m = PEER_NAME.exec(processName);
  if (m) return `${PEER_ID_PREFIX}${m[1]}`;
  return Object.entries(STATIC_PROCESSES).find(([, name]) => name === processName)?.[0];
}

export function isProcessName(name: string): boolean {
  return childIdOf(name) !== undefined;
}

/** Full supervisor path of the tree an OS process runs, e.g. `macula_root/macula_gateway_system`. */
export function supervisorPathOf(processName: string): string {
  const id = childIdOf(processName);
  if (!id) throw new MaculaError('no_such_process', `unknown process name ${processName}`);
  return PEER_NAME.test(processName) ? `${ROOT_SUPERVISOR}/${PEERS_SUP}/${id}` : `${ROOT_SUPERVISOR}/${id}`;
}

/**
 * A fault target → the OS process and the worker path inside it ('' = the process itself).
 * Accepts `routing`, `peer:1`, `macula_gateway_system/macula_gateway_workers_sup/macula_gateway_pubsub`,
 * `peer1/macula_rpc_handler`, with or without a leading `macula_root/` or `macula_peers_sup/`.
 */
export function resolveFaultTarget(target: string): { process: string; path: string } {
  if (isProcessName(target)) return { process: target, path: '' };
  const parts = target.split('/').filter((p) => p !== '');
  if (parts[0] === ROOT_SUPERVISOR) parts.shift();
  if (parts[0] === PEERS_SUP) parts.shift();
  const head = parts.shift() ?? '';
  const proc = processNameOf(head);
  if (!proc) {
    throw new MaculaError('no_such_process', `no process or worker ${target}: start with routing, bootstrap, gateway, peer:<N>, ${Object.keys(STATIC_PROCESSES).join(', ')} or peer<N>/`, {
      details: { target },
    });
  }
  return { process: proc, path: parts.join('/') };
}
