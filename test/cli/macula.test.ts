import { expect } from 'chai';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Broker } from '../../lib/broker/index.js';
import type { MaculaClient } from '../../lib/client/index.js';
import { cleanup, client, clientIdentity, failure, sleep, startBroker, until } from '../client/helpers.js';
import { assertBuilt, DIST_EXAMPLES, killAll, run, start } from './helpers.js';

describe('macula CLI: usage, help and exit codes', function () {
  this.timeout(20_000);
  before(assertBuilt);
  afterEach(killAll);

  it('--help prints the commands and the exit-code table, exit 0', async () => {
    const r = await run(['--help']);
    expect(r.code).to.equal(0);
    for (const word of ['pub <topic> <json>', 'sub <pattern>', 'call <procedure>', 'serve <procedure>', 'info', 'Exit codes', '64', '69', '76']) {
      expect(r.stdout).to.contain(word);
    }
  });

  it('every command has its own --help', async () => {
    for (const cmd of ['pub', 'sub', 'call', 'serve', 'info', 'run']) {
      const r = await run([cmd, '--help']);
      expect(r.code, cmd).to.equal(0);
      expect(r.stdout, cmd).to.contain(`Usage: macula ${cmd}`);
    }
  });

  it('an unknown command, an unknown flag or a missing argument exits 64 with a clear message', async () => {
    const a = await run(['frobnicate']);
    expect(a.code).to.equal(64);
    expect(a.stderr).to.contain('unknown command "frobnicate"');
    const b = await run(['pub', 'a.b', '1', '--bogus']);
    expect(b.code).to.equal(64);
    expect(b.stderr).to.contain("Unknown option '--bogus'");
    const c = await run(['call']);
    expect(c.code).to.equal(64);
    expect(c.stderr).to.contain('missing argument');
    const e = await run(['info', '--cert', '/nonexistent.pem']);
    expect(e.code).to.equal(64);
    expect(e.stderr).to.contain('--cert and --key go together');
    const d = await run(['serve', 'a.b']);
    expect(d.code).to.equal(64);
    expect(d.stderr).to.contain('--echo or --exec');
  });

  it('an invalid topic exits 64 and bad JSON exits 65, before connecting', async () => {
    const a = await run(['pub', 'a..b', '1', '--url', 'quic://127.0.0.1:9']);
    expect(a.code).to.equal(64);
    expect(a.stderr).to.contain('invalid_topic');
    const b = await run(['call', 'a.b', '{oops', '--url', 'quic://127.0.0.1:9']);
    expect(b.code).to.equal(65);
    expect(b.stderr).to.contain('invalid_args');
  });

  it('no gateway at the URL exits 69 (unavailable)', async () => {
    const r = await run(['call', 'a.b', '1', '--timeout', '300'], { env: { MACULA_URL: 'quic://127.0.0.1:9' } });
    expect(r.code).to.equal(69);
    expect(r.stderr).to.contain('connection_refused');
  });
});

describe('macula CLI against a gateway', function () {
  this.timeout(30_000);
  let broker: Broker;
  let sdk: MaculaClient;
  // A client identity on disk (--cert/--key) spares each CLI process an RSA key generation.
  const dir = mkdtempSync(join(tmpdir(), 'macula-cli-'));
  const url = (): string[] => ['--url', broker.url, '--cert', join(dir, 'cert.pem'), '--key', join(dir, 'key.pem')];

  before(() => {
    assertBuilt();
    const id = clientIdentity(3);
    writeFileSync(join(dir, 'cert.pem'), id.certPem);
    writeFileSync(join(dir, 'key.pem'), id.keyPem, { mode: 0o600 });
  });
  after(() => rmSync(dir, { recursive: true, force: true }));
  beforeEach(async () => {
    broker = await startBroker();
    sdk = await client(broker);
  });
  afterEach(async () => {
    await killAll();
    await cleanup();
  });

  it('pub and sub: sub prints {topic, data} JSON lines and exits after --count', async () => {
    const sub = start(['sub', 'demo.*', '--count', '2', ...url()]);
    await sub.waitErr('subscribed to demo.*');
    expect((await run(['pub', 'demo.a', '{"n":1}', ...url()])).code).to.equal(0);
    expect((await run(['pub', 'demo.b', '[1,"two"]', ...url()])).code).to.equal(0);
    const r = await sub.done;
    expect(r.code).to.equal(0);
    expect(r.stdout.trim().split('\n').map((l) => JSON.parse(l))).to.deep.equal([
      { topic: 'demo.a', data: { n: 1 } },
      { topic: 'demo.b', data: [1, 'two'] },
    ]);
  });

  it('sub --queue: two members of a group share the messages, each message once; a bad group name is a usage error', async () => {
    const members = [start(['sub', 'jobs.*', '--queue', 'workers', '--count', '2', ...url()]), start(['sub', 'jobs.*', '--queue', 'workers', '--count', '2', ...url()])];
    for (const m of members) await m.waitErr('subscribed to jobs.* in queue group workers');
    for (let n = 0; n < 4; n++) await sdk.publish(`jobs.j${n}`, { n }, { ack: true });
    const outs = await Promise.all(members.map((m) => m.done));
    for (const r of outs) expect(r.code).to.equal(0);
    const got = outs.flatMap((r) => r.stdout.trim().split('\n').map((l) => (JSON.parse(l) as { data: { n: number } }).data.n));
    expect(got.sort()).to.deep.equal([0, 1, 2, 3]);
    const bad = await run(['sub', 'jobs.*', '--queue', 'a b', ...url()]);
    expect(bad.code).to.equal(64);
    expect(bad.stderr).to.contain('queue');
  });

  it('sub with ** runs until SIGINT and exits 0; pub reads JSON from stdin with -', async () => {
    const sub = start(['sub', 'logs.**', ...url()]);
    await sub.waitErr('subscribed to logs.**');
    expect((await run(['pub', 'logs.app.web', '-', ...url()], { stdin: '{"level":"info"}' })).code).to.equal(0);
    await sdk.publish('logs', 'root', { ack: true });
    const deadline = Date.now() + 5000;
    while (sub.stdout().split('\n').length < 3 && Date.now() < deadline) await sleep(20);
    sub.proc.kill('SIGINT');
    const r = await sub.done;
    expect(r.code).to.equal(0);
    expect(r.stdout.trim().split('\n').map((l) => JSON.parse(l))).to.deep.equal([
      { topic: 'logs.app.web', data: { level: 'info' } },
      { topic: 'logs', data: 'root' },
    ]);
  });

  it('call prints the JSON result; handler errors exit 70, no providers 76, timeouts 75', async () => {
    await sdk.advertise('demo.add', (a: { x: number; y: number }) => ({ sum: a.x + a.y }));
    await sdk.advertise('demo.fail', () => {
      throw new Error('no such account');
    });
    await sdk.advertise('demo.slow', () => sleep(3000));
    const ok = await run(['call', 'demo.add', '{"x":2,"y":40}', ...url()]);
    expect(ok.code).to.equal(0);
    expect(JSON.parse(ok.stdout)).to.deep.equal({ sum: 42 });
    const fail = await run(['call', 'demo.fail', '{}', ...url()]);
    expect(fail.code).to.equal(70);
    expect(fail.stderr).to.contain('handler_error').and.contain('no such account');
    const none = await run(['call', 'demo.none', ...url()]);
    expect(none.code).to.equal(76);
    expect(none.stderr).to.contain('no_providers');
    const slow = await run(['call', 'demo.slow', '{}', '--timeout', '300', ...url()]);
    expect(slow.code).to.equal(75);
    expect(slow.stderr).to.contain('timeout');
  });

  it('an unknown realm exits 76, a wrong --node-id 77; --realm and MACULA_REALM are used', async () => {
    const realm = await run(['info', '--realm', 'com.nowhere', ...url()]);
    expect(realm.code).to.equal(76);
    expect(realm.stderr).to.contain('no_such_realm');
    const env = await run(['info', ...url()], { env: { MACULA_REALM: 'com.nowhere' } });
    expect(env.code).to.equal(76);
    const pinned = await run(['info', '--node-id', 'ab'.repeat(32), ...url()]);
    expect(pinned.code, pinned.stderr).to.equal(77);
    const right = await run(['info', '--node-id', broker.nodeId, ...url()]);
    expect(right.code).to.equal(0);
  });

  it('SIGINT stops a one-shot call that is still waiting, with exit 130', async () => {
    await sdk.advertise('demo.hang', () => sleep(10_000));
    const call = start(['call', 'demo.hang', '{}', ...url()]);
    await until(() => broker.counts().pendingCalls === 1, 10_000, 'the call reached the gateway');
    call.proc.kill('SIGINT');
    const r = await call.done;
    expect(r.code).to.equal(130);
  });

  it('info prints the gateway diagnostics', async () => {
    const r = await run(['info', ...url()]);
    expect(r.code).to.equal(0);
    const info = JSON.parse(r.stdout) as { node_id: string; realm: string };
    expect(info.node_id).to.equal(broker.nodeId);
    expect(info.realm).to.equal('macula.default');
  });

  it('serve --echo answers calls until SIGTERM, then the procedure is gone', async () => {
    const srv = start(['serve', 'cli.echo', '--echo', ...url()]);
    await srv.waitErr('serving cli.echo');
    expect(await sdk.call('cli.echo', { a: [1, 2, 3] })).to.deep.equal({ a: [1, 2, 3] });
    srv.proc.kill('SIGTERM');
    expect((await srv.done).code).to.equal(0);
    expect(await sdk.call('cli.echo', 1).catch((e) => e.code)).to.equal('no_providers');
  });

  it('serve --exec pipes the args JSON to the command and returns its stdout, JSON if it parses', async () => {
    const up = start(['serve', 'cli.upper', '--exec', 'tr a-z A-Z', ...url()]);
    const text = start(['serve', 'cli.text', '--exec', 'echo "caller=$MACULA_PROCEDURE"', ...url()]);
    await Promise.all([up.waitErr('serving cli.upper'), text.waitErr('serving cli.text')]);
    expect(await sdk.call('cli.upper', 'hello')).to.equal('HELLO');
    expect(await sdk.call('cli.upper', { k: 'v' })).to.deep.equal({ K: 'V' });
    expect(await sdk.call('cli.text')).to.equal('caller=cli.text');
  });

  it('serve --exec: a failing command is a handler error with its stderr; a slow one is killed', async () => {
    const bad = start(['serve', 'cli.bad', '--exec', 'echo "disk on fire" >&2; exit 3', ...url()]);
    const slow = start(['serve', 'cli.sleepy', '--exec', 'sleep 5', '--exec-timeout', '200', ...url()]);
    await Promise.all([bad.waitErr('serving cli.bad'), slow.waitErr('serving cli.sleepy')]);
    const e1 = await failure(sdk.call('cli.bad', {}));
    expect(e1.code).to.equal('handler_error');
    expect(e1.message).to.contain('disk on fire');
    const t0 = Date.now();
    const e2 = await failure(sdk.call('cli.sleepy', {}));
    expect(e2.code).to.equal('handler_error');
    expect(e2.message).to.contain('timed out');
    expect(Date.now() - t0).to.be.below(3000);
  });

  it('serve --exec runs at most --concurrency commands at once', async () => {
    const srv = start(['serve', 'cli.one', '--exec', 'sleep 0.2; echo 1', '--concurrency', '1', ...url()]);
    await srv.waitErr('serving cli.one');
    const t0 = Date.now();
    const results = await Promise.all([1, 2, 3].map(() => sdk.call('cli.one')));
    expect(results).to.deep.equal([1, 1, 1]);
    expect(Date.now() - t0).to.be.at.least(550);
  });

  it('run starts a service module (the echo example) until SIGINT', async () => {
    const svc = start(['run', `${DIST_EXAMPLES}echo-service.js`, ...url()]);
    await svc.waitErr('macula: running');
    expect(await sdk.call('demo.uppercase', 'cli')).to.equal('CLI');
    svc.proc.kill('SIGINT');
    expect((await svc.done).code).to.equal(0);
  });
});
