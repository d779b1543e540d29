/**
 * An in-process ControlServer (the real server, on a unix socket in a temp dir) with a dispatch
 * table shaped like root's (lib/cluster/controlHandlers.ts) but without its effects: `status`
 * answers a tree, `down` answers ok and stops nothing, `scale` checks its arguments as root does
 * (peers or a service, an integer count in range; `usage` naming what was asked) and starts
 * nothing; `fault` and `ping` are absent, as on a node without MACULA_TEST_FAULTS.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ControlServer } from '../../../lib/cluster/ControlServer.js';
import { MAX_PEERS } from '../../../lib/config/constants.js';
import { MaculaError } from '../../../lib/errors/index.js';
import { silentLogger } from '../../../lib/log/index.js';

export async function startControlServer(): Promise<{ path: string; stop(): Promise<void> }> {
  const dir = mkdtempSync(join(tmpdir(), 'macula-fuzz-ctl-'));
  const tree = {
    id: 'macula_root',
    type: 'supervisor',
    state: 'running',
    pid: process.pid,
    children: ['macula_routing_server', 'macula_bootstrap_system', 'macula_gateway_system', 'macula_peers_sup'].map((id, i) => ({ id, type: 'supervisor', state: 'running', pid: 1000 + i, restarts: 0 })),
  };
  const server = new ControlServer(
    join(dir, 'control.sock'),
    {
      status: () => ({ status: { nodeId: 'f'.repeat(64), realm: 'macula.default', pid: process.pid, startedAt: Date.now(), ready: true, tree } }),
      down: () => ({ ok: { message: 'stopping (not really: fuzz)' } }),
      scale: (req) => {
        const what = req.scale?.what ?? '';
        const count = req.scale?.count ?? 0;
        if (what !== 'peers') throw new MaculaError('usage', `cannot scale ${JSON.stringify(what)}: expected peers=N (the node runs no services)`);
        if (!Number.isInteger(count) || count < 0 || count > MAX_PEERS) throw new MaculaError('usage', `${what} must be an integer 0–${MAX_PEERS}`);
        return { scale: { started: [], stopped: [] } };
      },
    },
    silentLogger(),
  );
  await server.start();
  return {
    path: server.path,
    async stop() {
      await server.stop();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
