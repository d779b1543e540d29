import { expect } from 'chai';
import { MeshPool } from '../../lib/broker/index.js';
import { openEndpoint, type QuicEndpoint } from '../../lib/transport/index.js';
import type { Connection } from '../../lib/transport/types.js';
import { identity, waitFor } from './helpers.js';

describe('broker: MeshPool (macula_gateway_mesh)', function () {
  this.timeout(30_000);
  const endpoints: QuicEndpoint[] = [];
  const pools: MeshPool[] = [];
  const open = async (listen: boolean): Promise<QuicEndpoint> => {
    const ep = await openEndpoint({ tls: identity(), listen });
    endpoints.push(ep);
    return ep;
  };
  const pool = async (ep: QuicEndpoint, max: number): Promise<MeshPool> => {
    const p = new MeshPool({ endpoint: () => ep, max });
    pools.push(p);
    await p.start();
    return p;
  };
  afterEach(async () => {
    await Promise.all(pools.splice(0).map((p) => p.stop()));
    await Promise.all(endpoints.splice(0).map((e) => e.close({ force: true })));
  });

  it('dials on demand, pins the node id, and reuses the pooled connection', async () => {
    const local = await open(true);
    const remote = await open(true);
    const p = await pool(local, 4);
    const url = `quic://127.0.0.1:${remote.port}`;
    const c1 = await p.get(remote.nodeId, url);
    expect(c1.remoteNodeId).to.equal(remote.nodeId);
    const c2 = await p.get(remote.nodeId, url);
    expect(c2).to.equal(c1);
    expect(p.size).to.equal(1);
    expect(local.stats().connectionsInitiated).to.equal(1);
  });

  it('concurrent gets for one node share one dial', async () => {
    const local = await open(true);
    const remote = await open(true);
    const p = await pool(local, 4);
    const url = `quic://127.0.0.1:${remote.port}`;
    const conns = await Promise.all([1, 2, 3, 4].map(() => p.get(remote.nodeId, url)));
    expect(new Set(conns).size).to.equal(1);
    expect(local.stats().connectionsInitiated).to.equal(1);
  });

  it('refuses a node that is not the one asked for (node_id_mismatch); nothing is pooled', async () => {
    const local = await open(true);
    const remote = await open(true);
    const p = await pool(local, 4);
    const wrongId = 'ab'.repeat(32);
    const err = await p.get(wrongId, `quic://127.0.0.1:${remote.port}`).then(() => undefined, (e: { code?: string }) => e);
    expect(err?.code).to.equal('node_id_mismatch');
    expect(p.size).to.equal(0);
  });

  it('holds at most `max` connections: the least recently used is evicted and closed', async () => {
    const local = await open(true);
    const remotes = await Promise.all([0, 1, 2].map(() => open(true)));
    const p = await pool(local, 2);
    const urls = remotes.map((r) => `quic://127.0.0.1:${r.port}`);
    const c0 = await p.get(remotes[0]!.nodeId, urls[0]!);
    const evictedConn = await p.get(remotes[1]!.nodeId, urls[1]!);
    await p.get(remotes[0]!.nodeId, urls[0]!); // 0 is now most recently used; 1 is the LRU
    const closed = new Promise<void>((r) => evictedConn.once('close', () => r()));
    await p.get(remotes[2]!.nodeId, urls[2]!);
    expect(p.size).to.equal(2);
    expect(p.has(remotes[1]!.nodeId)).to.equal(false);
    expect(p.has(remotes[0]!.nodeId)).to.equal(true);
    expect(p.evictions).to.equal(1);
    await closed;
    expect(evictedConn.closed).to.equal(true);
    expect(c0.closed).to.equal(false);
  });

  it('a connection closed by the remote leaves the pool; the next get dials again', async () => {
    const local = await open(true);
    const remote = await open(true);
    const accepted: Connection[] = [];
    remote.on('connection', (c: Connection) => accepted.push(c));
    const p = await pool(local, 4);
    const url = `quic://127.0.0.1:${remote.port}`;
    const c1 = await p.get(remote.nodeId, url);
    await waitFor(() => accepted.length === 1);
    await accepted[0]!.close();
    await waitFor(() => p.size === 0, 5000, 'dead connection removed');
    const c2 = await p.get(remote.nodeId, url);
    expect(c2).to.not.equal(c1);
    expect(p.size).to.equal(1);
  });

  it('stop closes every pooled connection; get on a stopped pool is process_unavailable', async () => {
    const local = await open(true);
    const remote = await open(true);
    const p = await pool(local, 4);
    const c = await p.get(remote.nodeId, `quic://127.0.0.1:${remote.port}`);
    await p.stop();
    await waitFor(() => c.closed);
    const err = await p.get(remote.nodeId, `quic://127.0.0.1:${remote.port}`).then(() => undefined, (e: { code?: string }) => e);
    expect(err?.code).to.equal('process_unavailable');
  });
});
