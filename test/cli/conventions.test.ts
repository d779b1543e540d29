/**
 * Issue 9 items 3 and 6, as a user types them (`macula …` through a shell, the bin npm installs):
 * global flags anywhere, quic:// and https:// URLs, --version, validated numbers and node ids,
 * numbers JSON cannot carry refused, topic errors in words, the frame limit as a limit (76).
 */
import { expect } from 'chai';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Broker } from '../../lib/broker/index.js';
import type { MaculaClient, Message } from '../../lib/client/index.js';
import { DEFAULT_MAX_FRAME_BYTES } from '../../lib/transport/constants.js';
import { cleanup, client, clientIdentity, sleep, startBroker } from '../client/helpers.js';
import { assertInstalled, sh, shAsync } from '../ops/shell.js';

const version = (JSON.parse((await import('node:fs')).readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string }).version;

describe('macula CLI conventions (through a shell)', function () {
  this.timeout(30_000);
  let broker: Broker;
  let sdk: MaculaClient;
  let seen: Message[];
  const dir = mkdtempSync(join(tmpdir(), 'macula-conv-'));
  const id = `--cert ${join(dir, 'cert.pem')} --key ${join(dir, 'key.pem')}`;
  const port = (): string => broker.url.split(':').pop()!;

  before(() => {
    assertInstalled();
    const ident = clientIdentity(4);
    writeFileSync(join(dir, 'cert.pem'), ident.certPem);
    writeFileSync(join(dir, 'key.pem'), ident.keyPem, { mode: 0o600 });
  });
  after(() => rmSync(dir, { recursive: true, force: true }));
  beforeEach(async () => {
    broker = await startBroker();
    sdk = await client(broker);
    seen = [];
    await sdk.subscribe('conv.**', (m) => void seen.push(m));
  });
  afterEach(cleanup);

  async function received(n: number): Promise<unknown[]> {
    const deadline = Date.now() + 5000;
    while (seen.length < n && Date.now() < deadline) await sleep(20);
    return seen.map((m) => m.json());
  }

  it('global flags go before or after the command, as with `nats`', async () => {
    const before = await shAsync(`macula --url ${broker.url} ${id} pub conv.a '{"n":1}'`);
    expect(before.status, before.stderr).to.equal(0);
    const mixed = await shAsync(`macula ${id} pub --url=${broker.url} conv.b '{"n":2}'`);
    expect(mixed.status, mixed.stderr).to.equal(0);
    expect(await received(2)).to.deep.equal([{ n: 1 }, { n: 2 }]);
    const stray = await shAsync(`macula --count 1 pub conv.c 1`);
    expect(stray.status).to.equal(64);
    expect(stray.stderr).to.contain('unknown option --count before the command');
  });

  it('https://host:port (the seed\'s form) and quic://host:port both reach the gateway; anything else is a usage error', async () => {
    expect((await shAsync(`macula pub conv.https 1 --url https://127.0.0.1:${port()} ${id}`)).status).to.equal(0);
    expect((await shAsync(`MACULA_URL=quic://127.0.0.1:${port()} macula pub conv.quic 2 ${id}`)).status).to.equal(0);
    expect(await received(2)).to.deep.equal([1, 2]);
    const bad = await shAsync(`macula info --url ftp://127.0.0.1:${port()}`);
    expect(bad.status).to.equal(64);
    expect(bad.stderr).to.contain('--url must be quic://host:port or https://host:port, got "ftp://');
    const env = await shAsync('MACULA_URL=localhost:9443 macula info');
    expect(env.status).to.equal(64);
    expect(env.stderr).to.contain('MACULA_URL must be quic://host:port');
  });

  it('--version (and -V, and macula-cluster --version) print the package version', async () => {
    for (const cmd of ['macula --version', 'macula -V', 'macula-cluster --version']) {
      const r = await shAsync(cmd);
      expect(r.status, cmd).to.equal(0);
      expect(r.stdout.trim(), cmd).to.match(new RegExp(`^macula(-cluster)? ${version.replaceAll('.', '\\.')}$`));
    }
  });

  it('numbers are whole and in range, node ids are 64 hex characters: clear usage errors (64), nothing sent', async () => {
    const negative = await shAsync(`macula call conv.x 1 --timeout -5 --url ${broker.url}`);
    expect(negative.status).to.equal(64);
    expect(negative.stderr).to.contain('--timeout must be a whole number of milliseconds from 1 to 300000, got "-5"').and.not.contain('ambiguous');
    for (const [flag, value] of [['--timeout', '1e3'], ['--timeout', '0'], ['--timeout', '999999999']] as const) {
      const r = await shAsync(`macula call conv.x 1 ${flag} ${value} --url ${broker.url}`);
      expect(r.status, `${flag} ${value}`).to.equal(64);
      expect(r.stderr).to.contain(`got "${value}"`);
    }
    const count = await shAsync(`macula sub 'conv.*' --count -1 --url ${broker.url}`);
    expect(count.status).to.equal(64);
    expect(count.stderr).to.contain('--count must be a whole number of messages');
    const nodeId = await shAsync(`macula info --node-id abc --url ${broker.url}`);
    expect(nodeId.status).to.equal(64);
    expect(nodeId.stderr).to.contain('--node-id must be a node id: 64 hex characters').and.contain('"abc" (3 characters)');
    const upper = await shAsync(`macula info --node-id ${broker.nodeId.toUpperCase()} --url ${broker.url} ${id}`);
    expect(upper.status, upper.stderr).to.equal(0);
  });

  it('a number JSON cannot carry as written (1e400, 1e-400, an integer past 2^53) is refused (65), not sent as null', async () => {
    for (const [text, shows] of [['{"x":1e400}', 'too large'], ['-1e-400', 'too small'], ['[12345678901234567890]', 'beyond 2^53']] as const) {
      const r = await shAsync(`macula pub conv.num '${text}' --url ${broker.url} ${id}`);
      expect(r.status, text).to.equal(65);
      expect(r.stderr, text).to.contain(shows).and.contain('send it as a string');
    }
    expect((await shAsync(`macula pub conv.ok '{"s":"1e400","f":1.5e300,"i":9007199254740991}' --url ${broker.url} ${id}`)).status).to.equal(0);
    expect(await received(1)).to.deep.equal([{ s: '1e400', f: 1.5e300, i: 9007199254740991 }]);
  });

  it('a topic error says which segment is wrong and why, in words', async () => {
    const cases: Array<[string, string]> = [
      ['bad..topic', 'invalid topic "bad..topic": the 2nd segment is empty (two dots in a row, after "bad")'],
      ['.lead', 'the 1st segment is empty (the name starts with a dot)'],
      ['a.b.*', 'the 3rd segment "*" is a wildcard: only a subscription pattern may use * or **'],
      ['a.b c', 'the 2nd segment "b c" has " ": segments use only A-Z a-z 0-9 _ -'],
    ];
    for (const [topic, says] of cases) {
      const r = await shAsync(`macula pub '${topic}' 1`);
      expect(r.status, topic).to.equal(64);
      expect(r.stderr, topic).to.contain(says);
    }
  });

  it('a message over the 1 MiB frame limit exits 76 (limit_exceeded) naming the limit and where it is set; nothing arrives', async () => {
    const big = JSON.stringify('x'.repeat(DEFAULT_MAX_FRAME_BYTES));
    const r = await shAsync(`macula pub conv.big - --url ${broker.url} ${id}`, { input: big });
    expect(r.status, r.stderr).to.equal(76);
    expect(r.stderr).to.contain('limit_exceeded').and.contain('1 MiB').and.contain('DEFAULT_MAX_FRAME_BYTES');
    // just under the payload bound, over the frame once the topic and envelope are added
    const edge = JSON.stringify('y'.repeat(DEFAULT_MAX_FRAME_BYTES - 10));
    const e = await shAsync(`macula pub conv.edge - --url ${broker.url} ${id}`, { input: edge });
    expect(e.status, e.stderr).to.equal(76);
    expect(e.stderr).to.contain('limit_exceeded');
    const call = await shAsync(`macula call conv.proc - --url ${broker.url} ${id}`, { input: big });
    expect(call.status).to.equal(76);
    expect(call.stderr).to.contain('the call args: ');
    await sleep(200);
    expect(seen).to.deep.equal([]);
  });

  it('--help documents the global options and every per-client limit', async () => {
    const r = await shAsync('macula --help');
    expect(r.status).to.equal(0);
    expect(r.stdout).to.contain('Global options (before or after the command)').and.contain('https://host:port').and.contain('-V, --version');
    expect(r.stdout).to.contain('Limits (per client)').and.contain('1 MiB').and.contain('subscriptions per client').and.contain('10,000');
  });
});

describe('macula-cluster conventions (through a shell)', () => {
  it('--data-dir / --runtime-dir go before or after the command', () => {
    const d = mkdtempSync(join(tmpdir(), 'macula-conv-'));
    try {
      for (const cmd of [`macula-cluster --data-dir ${d} status`, `macula-cluster status --data-dir ${d}`, `macula-cluster --runtime-dir ${d}/r status --json`]) {
        const r = sh(cmd);
        expect(r.status, cmd).to.equal(69);
        expect(r.stderr, cmd).to.contain('no node running at');
      }
      const r = sh('macula-cluster --bogus status');
      expect(r.status).to.equal(64);
    } finally {
      rmSync(d, { recursive: true, force: true });
    }
  });
});
