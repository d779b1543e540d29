/**
 * Issue 9 item 7, identities: a client's RSA key is made off the event loop (the synchronous
 * generation blocked it ~290 ms per connect), the ephemeral one once per process and shared, and
 * createIdentity() / loadIdentity(dir) make or keep one per client.
 */
import { expect } from 'chai';
import { X509Certificate } from 'node:crypto';
import { existsSync, mkdtempSync, rmSync, statSync, unlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { connect, createIdentity, loadIdentity } from '../../lib/client/index.js';
import { ephemeralIdentity } from '../../lib/client/connect.js';
import { MaculaError } from '../../lib/errors/index.js';
import { nodeIdFromCertPem } from '../../lib/identity/index.js';
import { cleanup, startBroker } from './helpers.js';

/** The longest the event loop went without running a 2 ms interval while `work` ran. */
async function maxLoopGapMs(work: () => Promise<unknown>): Promise<number> {
  let last = performance.now();
  let max = 0;
  const timer = setInterval(() => {
    const now = performance.now();
    max = Math.max(max, now - last);
    last = now;
  }, 2);
  try {
    await work();
  } finally {
    clearInterval(timer);
  }
  return Math.max(max, performance.now() - last);
}

describe('client: identities made off the event loop (issue 9 item 7)', function () {
  this.timeout(30_000);
  afterEach(cleanup);

  it('createIdentity() generates keys without blocking the event loop (4 at once: the sync way blocks ≥ 180 ms)', async () => {
    let ids: Awaited<ReturnType<typeof createIdentity>>[] = [];
    const gap = await maxLoopGapMs(async () => (ids = await Promise.all([1, 2, 3, 4].map(() => createIdentity()))));
    expect(gap).to.be.below(100);
    expect(new Set(ids.map((i) => i.nodeId)).size).to.equal(4);
    for (const id of ids) {
      const cert = new X509Certificate(id.certPem);
      expect(cert.verify(cert.publicKey), 'self-signed').to.equal(true);
      expect(cert.subject).to.equal('CN=macula-node');
      expect(nodeIdFromCertPem(id.certPem)).to.equal(id.nodeId);
      expect(id.nodeId).to.match(/^[0-9a-f]{64}$/);
    }
  });

  it('a client with a created identity connects and presents it (its clientId is the identity node id)', async () => {
    const b = await startBroker();
    const id = await createIdentity();
    const c = await connect(b.url, { identity: id, expectedNodeId: b.nodeId });
    try {
      expect(c.clientId).to.equal(id.nodeId);
      expect(await c.call('com.macula.diagnostics.echo', 'ok')).to.equal('ok');
    } finally {
      await c.close();
    }
  });

  it('clients without an identity share one ephemeral identity, generated once per process', async () => {
    const b = await startBroker();
    expect(ephemeralIdentity()).to.equal(ephemeralIdentity());
    const clients = await Promise.all(Array.from({ length: 10 }, () => connect(b.url, { expectedNodeId: b.nodeId })));
    try {
      const eph = await ephemeralIdentity();
      expect(new Set(clients.map((c) => c.clientId))).to.deep.equal(new Set([eph.nodeId]));
      expect(new Set(clients.map((c) => c.sessionId)).size, 'the gateway still tells them apart').to.equal(10);
    } finally {
      await Promise.all(clients.map((c) => c.close()));
    }
  });

  it('loadIdentity(dir) creates cert.pem and key.pem (0600) on first use and loads the same identity afterwards', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'macula-id-'));
    try {
      const first = await loadIdentity(join(dir, 'client'));
      expect(first.generated).to.equal(true);
      expect(statSync(first.keyPath).mode & 0o777).to.equal(0o600);
      const again = await loadIdentity(join(dir, 'client'));
      expect(again.generated).to.equal(false);
      expect(again.nodeId).to.equal(first.nodeId);
      const b = await startBroker();
      const c = await connect(b.url, { identity: again, expectedNodeId: b.nodeId });
      expect(c.clientId).to.equal(first.nodeId);
      await c.close();
      unlinkSync(first.certPath);
      expect(existsSync(first.keyPath)).to.equal(true);
      const err = await loadIdentity(join(dir, 'client')).catch((e) => e);
      expect(err).to.be.instanceOf(MaculaError).with.property('code', 'identity_error');
      expect(err.message).to.contain('cert.pem');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
