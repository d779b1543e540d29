/**
 * Issue 3 item 4 / issue 4 items 8–10: a node does its job. One real node (`up --peers 1`,
 * MACULA_QUIC_PORT=0): the gateway process runs the broker, an SDK client and the `macula` CLI
 * publish, subscribe and call through it, /metrics is valid Prometheus text with the broker's
 * counters and every process's memory, and the seed's gateway crash scenarios hold for
 * connected clients (pubsub crash: they stay connected; quic_server crash: they reconnect).
 */
import { expect } from 'chai';
import { execa } from 'execa';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { connect, type Message } from '../../lib/client/index.js';
import { MaculaError } from '../../lib/errors/index.js';
import { CERT_FILE_NAME, KEY_FILE_NAME } from '../../lib/identity/constants.js';
import { CLI as MACULA, killAll as killClis, run, start } from '../cli/helpers.js';
import { killAllAndCheckOrphans, row, startNode, type TestNode } from '../helpers/cluster.js';
import { closeClients, eventually, FAST_ENV, healthUrl, nodeClient, quicUrl } from './messagingHelpers.js';

const GW = 'macula_gateway_system';
const PROMTOOL = '/usr/bin/promtool';

describe('messaging through a node (one node, --peers 1)', function () {
  this.timeout(30_000);
  let node: TestNode;

  before(async () => {
    if (!existsSync(MACULA)) throw new Error(`${MACULA} is missing: run npm run build`);
    node = await startNode({ args: ['--peers', '1'], env: FAST_ENV });
  });
  afterEach(async () => {
    await closeClients();
    await killClis();
  });
  after(async () => {
    const orphans = await killAllAndCheckOrphans();
    expect(orphans, 'processes that outlived root').to.deep.equal([]);
  });

  it('the gateway listens on QUIC: status reports the bound address and the banner shows it', async () => {
    const url = await quicUrl(node);
    expect(url).to.match(/^quic:\/\/127\.0\.0\.1:\d+$/);
    expect(node.stdout).to.match(/QUIC\s+quic:\/\/[\d.]+:\d+/);
    expect(node.stdout).not.to.contain('not implemented');
  });

  it('an SDK client pinned to the node id calls the diagnostics procedures (hello, echo, info)', async () => {
    const status = await node.status();
    const c = await nodeClient(node);
    expect(c.nodeId).to.equal(status.nodeId);
    const hello = await c.call<{ node_id: string }>('com.macula.diagnostics.hello');
    expect(hello.node_id).to.equal(status.nodeId);
    expect(await c.call('com.macula.diagnostics.echo', { x: [1, 'two'] })).to.deep.equal({ x: [1, 'two'] });
    const info = await c.call<{ node_id: string; realm: string; clients: number }>('com.macula.diagnostics.info');
    expect(info.node_id).to.equal(status.nodeId);
    expect(info.realm).to.equal('macula.default');
    // this client and peer1's connection
    expect(info.clients).to.be.at.least(2);
  });

  it('an SDK client publishes and another receives through the gateway (wildcards included)', async () => {
    const sub = await nodeClient(node);
    const pub = await nodeClient(node);
    const got: Message[] = [];
    await sub.subscribe('it.msg.*', (m) => void got.push(m));
    await pub.publish('it.msg.one', { n: 1 }, { ack: true });
    await pub.publish('it.other', { n: 2 }, { ack: true });
    await eventually(async () => expect(got).to.have.length(1), 5000, 'delivery');
    expect(got[0]!.topic).to.equal('it.msg.one');
    expect(got[0]!.json()).to.deep.equal({ n: 1 });
  });

  it('a client asking for a realm the node does not serve is refused with no_such_realm', async () => {
    const status = await node.status();
    const err = await connect(await quicUrl(node), { realm: 'no.such.realm', expectedNodeId: status.nodeId, reconnect: false }).then(
      (c) => (void c.close(), undefined),
      (e: unknown) => e,
    );
    expect(err).to.be.instanceOf(MaculaError);
    expect((err as MaculaError).code).to.equal('no_such_realm');
  });

  it('a client pinning another node id is refused with node_id_mismatch', async () => {
    const err = await connect(await quicUrl(node), { expectedNodeId: 'ab'.repeat(32), reconnect: false }).then(
      (c) => (void c.close(), undefined),
      (e: unknown) => e,
    );
    expect((err as MaculaError).code).to.equal('node_id_mismatch');
  });

  it('the macula CLI subscribes, publishes, calls and prints info against the node', async () => {
    const url = await quicUrl(node);
    const { nodeId } = await node.status();
    // the node's own key as the CLI's identity spares an RSA key generation per command
    const common = ['--url', url, '--node-id', nodeId, '--cert', join(node.dir, 'data', CERT_FILE_NAME), '--key', join(node.dir, 'data', KEY_FILE_NAME)];
    const sub = start(['sub', 'it.cli.**', '--count', '1', ...common]);
    await sub.waitErr('subscribed to');
    const pub = await run(['pub', 'it.cli.a.b', '{"hello":"world"}', ...common]);
    expect(pub.code, pub.stderr).to.equal(0);
    const subDone = await sub.done;
    expect(subDone.code, subDone.stderr).to.equal(0);
    expect(JSON.parse(subDone.stdout.trim())).to.deep.equal({ topic: 'it.cli.a.b', data: { hello: 'world' } });
    const call = await run(['call', 'com.macula.diagnostics.echo', '{"a":1}', ...common]);
    expect(call.code, call.stderr).to.equal(0);
    expect(JSON.parse(call.stdout)).to.deep.equal({ a: 1 });
    const info = await run(['info', ...common]);
    expect(info.code, info.stderr).to.equal(0);
    expect(JSON.parse(info.stdout).node_id).to.equal(nodeId);
    const missing = await run(['call', 'it.nobody.serves', ...common]);
    expect(missing.code).to.equal(76);
  });

  it('/metrics on the health port is valid Prometheus text (promtool) with clients, subscriptions, registrations, rpc counters and per-process memory', async () => {
    const c = await nodeClient(node);
    await c.subscribe('it.metrics.x', () => undefined);
    await c.advertise('it.metrics.proc', () => 1);
    await c.call('it.metrics.proc');
    const res = await fetch(`${await healthUrl(node)}/metrics`);
    expect(res.status).to.equal(200);
    const text = await res.text();
    const check = await execa(PROMTOOL, ['check', 'metrics'], { input: text, reject: false });
    expect(check.exitCode, `${check.stdout}${check.stderr}`).to.equal(0);
    const value = (name: string): number => {
      const m = new RegExp(`^${name}\\{[^}]*\\} (\\S+)$`, 'm').exec(text);
      if (!m) throw new Error(`no ${name} in\n${text}`);
      return Number(m[1]);
    };
    expect(value('macula_gateway_clients')).to.be.at.least(2);
    expect(value('macula_gateway_subscriptions')).to.be.at.least(1);
    expect(value('macula_gateway_registrations')).to.be.at.least(1);
    expect(value('macula_rpc_calls_total')).to.be.at.least(1);
    expect(value('macula_ready')).to.equal(1);
    for (const proc of ['root', 'routing', 'bootstrap', 'gateway', 'peer:1']) {
      const m = new RegExp(`^macula_process_resident_memory_bytes\\{process="${proc}"[^}]*\\} (\\d+)$`, 'm').exec(text);
      expect(m, `memory of ${proc}`).to.not.equal(null);
      expect(Number(m![1])).to.be.greaterThan(10 * 1024 * 1024);
    }
  });

  it('seed scenario 1: a gateway pubsub crash restarts pubsub, rpc and mesh; a connected client stays connected and its subscription still delivers', async () => {
    const sub = await nodeClient(node);
    const pub = await nodeClient(node);
    let disconnected = 0;
    sub.on('disconnected', () => disconnected++);
    const got: Message[] = [];
    await sub.subscribe('it.s1.*', (m) => void got.push(m));
    const before = await node.waitReady();
    const target = `${GW}/macula_gateway_workers_sup/macula_gateway_pubsub`;
    await node.control({ fault: { target } });
    await node.waitFor((s) => s.ready && row(s.tree, target).restarts === row(before.tree, target).restarts + 1, 10_000, 'pubsub restarted');
    await eventually(async () => {
      await pub.publish('it.s1.after', 1, { ack: true });
      expect(got.length).to.be.at.least(1);
    }, 5000, 'delivery after the pubsub restart');
    expect(disconnected).to.equal(0);
    expect(sub.state).to.equal('connected');
  });

  it('seed scenario 2: a gateway quic_server crash disconnects clients; the SDK reconnects to the same address and its subscription works again', async () => {
    const url = await quicUrl(node);
    const sub = await nodeClient(node);
    const pub = await nodeClient(node);
    const got: Message[] = [];
    await sub.subscribe('it.s2.*', (m) => void got.push(m));
    const reconnected = new Promise<void>((resolve) => sub.on('connected', (i) => i.reconnected && resolve()));
    await node.control({ fault: { target: `${GW}/macula_gateway_quic_server` } });
    await reconnected;
    expect(await quicUrl(node)).to.equal(url);
    await eventually(async () => {
      await pub.publish('it.s2.after', 2, { ack: true });
      expect(got.length).to.be.at.least(1);
    }, 10_000, 'delivery after the quic_server restart');
    expect(got[0]!.json()).to.equal(2);
  });
});
