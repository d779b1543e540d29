/**
 * Issue 10 through a real node (`macula-cluster up`, dist/ processes): the stated default on
 * loopback and beyond it (banner, /health, what loopback and remote clients may do), the hostile
 * `macula serve com.macula.diagnostics.info` of the issue refused while `macula info` keeps
 * answering with the node, the node's peer processes serving com.macula.**, providers told their
 * caller's node id, refusals on /metrics and in the gateway's log, and a `permissions` section in
 * the config file enforced by the gateway process.
 */
import { expect } from 'chai';
import { execa } from 'execa';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { packageRoot } from '../../lib/cluster/paths.js';
import { isMaculaError, type MaculaError } from '../../lib/errors/index.js';
import { generateIdentity } from '../../lib/identity/index.js';
import { RawClient, clientEndpoint } from '../broker/helpers.js';
import { requireNonLoopback } from '../broker/authHelpers.js';
import { killAllAndCheckOrphans, startNode, type TestNode } from '../helpers/cluster.js';
import { closeClients, eventually, FAST_ENV, healthUrl, nodeClient, quicUrl } from './messagingHelpers.js';

const WHOAMI = fileURLToPath(new URL('./fixtures/whoami-service.mjs', import.meta.url));
const MACULA = join(packageRoot(), 'dist', 'apps', 'macula', 'main.js');

async function health(node: TestNode): Promise<Record<string, unknown>> {
  return (await fetch(`${await healthUrl(node)}/health`)).json() as Promise<Record<string, unknown>>;
}

async function refusal(p: Promise<unknown>): Promise<MaculaError> {
  return p.then(
    () => expect.fail('expected a refusal'),
    (e: unknown) => {
      if (!isMaculaError(e)) throw e;
      return e;
    },
  );
}

/** Waits until the node printed its banner (once the tree is up; status may report ready first). */
async function bannerOf(node: TestNode): Promise<void> {
  const deadline = Date.now() + 10_000;
  while (!/\n {2}macula_root /.test(node.stdout)) {
    if (Date.now() > deadline) throw new Error(`no banner on stdout within 10 s:\n${node.stdout}`);
    await new Promise((r) => setTimeout(r, 25));
  }
}

const macula = async (node: TestNode, args: string[]) => execa(process.execPath, [MACULA, ...args, '--url', await quicUrl(node)], { reject: false, timeout: 20_000 });

describe('trust model through a real node', function () {
  this.timeout(90_000);
  afterEach(async () => {
    await closeClients();
    const orphans = await killAllAndCheckOrphans();
    expect(orphans, 'processes that outlived root').to.deep.equal([]);
  });

  it('no permissions, listening on loopback: the banner and /health state the default without a warning; clients may do anything but use com.macula.**, which the node\'s peers may; providers learn their caller', async () => {
    const node = await startNode({ args: ['--quic-host', '127.0.0.1', '--service', `who=${WHOAMI}`], env: FAST_ENV, readyTimeoutMs: 30_000 });
    const { nodeId } = await node.status();
    await bannerOf(node);
    expect(node.stdout).to.match(/Access {4}no permissions section, listening on loopback only/);
    expect(node.stdout).to.not.contain('WARNING');
    const h = await health(node);
    expect(h.access).to.contain('listening on loopback only');
    expect(h).to.not.have.property('warnings');

    const me = generateIdentity({ keyBits: 1024 });
    const client = await nodeClient(node, { identity: me });
    const got: string[] = [];
    await client.subscribe('**', (m) => void got.push(m.topic));
    await client.publish('demo.news', { n: 1 }, { ack: true });
    await client.advertise('demo.echo', (args: unknown) => args);
    expect(await client.call('demo.echo', { x: 1 })).to.deep.equal({ x: 1 });
    expect(got).to.include('demo.news');

    const e = await refusal(client.advertise('com.macula.diagnostics.info', () => ({ node_id: 'evil' })));
    expect([e.code, e.details.reason, e.details.action]).to.deep.equal(['permission_denied', 'reserved', 'advertise']);
    expect(await refusal(client.publish('com.macula.events.up', 1, { ack: true }))).to.have.property('code', 'permission_denied');
    // the node's own identity (its peer process) may serve com.macula.**; callers are disclosed by node id
    expect(await eventually(() => client.call('com.macula.test.peer'), 10_000, 'the peer serving com.macula.test.peer')).to.deep.equal({ from: 'a peer process of the node' });
    expect(await client.call('test.whoami')).to.deep.equal({ caller: me.nodeId });

    // the attack: a hostile provider of com.macula.diagnostics.info is refused, info keeps answering with the node
    const serve = await macula(node, ['serve', 'com.macula.diagnostics.info', '--exec', 'echo {"node_id":"evil"}']);
    expect(serve.exitCode, serve.stderr).to.not.equal(0);
    expect(serve.stderr).to.contain('only the node itself may advertise names under com.macula.**');
    for (let i = 0; i < 8; i++) {
      const info = await macula(node, ['info']);
      expect(info.exitCode, info.stderr).to.equal(0);
      expect(JSON.parse(info.stdout)).to.include({ node_id: nodeId });
    }

    const metrics = await (await fetch(`${await healthUrl(node)}/metrics`)).text();
    const line = metrics.split('\n').find((l) => l.startsWith('macula_gateway_permission_denied_total{') && l.includes('action="advertise"') && l.includes('reason="reserved"'));
    expect(Number(line?.split(' ').pop()), line).to.equal(2);
    // logged by the gateway process at warn (pino level 40) with who and what
    const logged = node.stderr.split('\n').filter((l) => l.includes('"code":"permission_denied"')).map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(logged.length).to.be.at.least(2);
    expect(logged[0]).to.include({ level: 40, name: 'gateway', action: 'advertise', target: 'com.macula.diagnostics.info', reason: 'reserved', node_id: me.nodeId });
  });

  it('no permissions, listening beyond loopback (the default 0.0.0.0): a loud warning in the banner and /health; loopback clients still work, a client from another address is refused every action', async function () {
    const addr = requireNonLoopback(this);
    const node = await startNode({ env: FAST_ENV });
    const port = (await quicUrl(node)).split(':').pop();
    await bannerOf(node);
    expect(node.stdout).to.contain('WARNING').and.to.contain(`0.0.0.0:${port}`);
    const h = await health(node);
    expect(h.status).to.equal('healthy');
    expect(h.access).to.contain('clients beyond loopback are refused every action');
    expect((h.warnings as string[])[0]).to.contain(`0.0.0.0:${port}`).and.to.contain('docs/SECURITY.md');

    const local = await nodeClient(node);
    await local.advertise('demo.local', () => 'ok');
    expect(await local.call('demo.local')).to.equal('ok');

    const ep = await clientEndpoint({ host: addr });
    try {
      const remote = await RawClient.connect(ep, `quic://${addr}:${port}`);
      const e = await refusal(remote.call('demo.local', {}));
      expect([e.code, e.details.reason, e.details.remote_address]).to.deep.equal(['permission_denied', 'remote_without_permissions', addr]);
      expect((await refusal(remote.subscribe('**'))).code).to.equal('permission_denied');
      expect((await refusal(remote.publishAcked('demo.x', 1))).code).to.equal('permission_denied');
      expect((await refusal(remote.advertise('demo.y'))).code).to.equal('permission_denied');
      expect(remote.isClosed).to.equal(false);
    } finally {
      await ep.close({ force: true });
    }
  });

  it('a permissions section in the config file is enforced by the gateway process: the listed identity gets its rule, others the default; no warning on 0.0.0.0', async () => {
    const alice = generateIdentity({ keyBits: 1024 });
    const dir = mkdtempSync(join(tmpdir(), 'macula-perm-'));
    try {
      const config = join(dir, 'macula.json');
      writeFileSync(config, JSON.stringify({
        cert_key_bits: 1024,
        permissions: {
          rules: [{ identity: alice.nodeId, name: 'alice', publish: ['orders.*'], subscribe: ['orders.**'], call: ['**'] }],
          default: { call: ['com.macula.diagnostics.*'] },
        },
      }));
      const node = await startNode({ args: ['--config', config], env: FAST_ENV });
      const h = await health(node);
      expect(h.access).to.contain('permissions: 1 rule');
      expect(h).to.not.have.property('warnings');
      expect(node.stderr).to.not.contain('not enforced');

      const a = await nodeClient(node, { identity: alice });
      const seen: string[] = [];
      await a.subscribe('orders.**', (m) => void seen.push(m.topic));
      await a.publish('orders.eu', 1, { ack: true });
      expect((await refusal(a.publish('billing.x', 1, { ack: true }))).details).to.include({ action: 'publish', name: 'billing.x', reason: 'not_allowed' });

      const bob = await nodeClient(node, { identity: generateIdentity({ keyBits: 1024 }) });
      expect(await bob.call('com.macula.diagnostics.hello')).to.have.property('node_id');
      expect((await refusal(bob.publish('orders.eu', 1, { ack: true }))).details).to.include({ reason: 'not_allowed' });
      expect((await refusal(bob.subscribe('orders.**', () => undefined))).details).to.include({ action: 'subscribe' });
      // alice's session is untouched by the refusals
      await a.publish('orders.us', 2, { ack: true });
      expect(seen).to.deep.equal(['orders.eu', 'orders.us']);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
