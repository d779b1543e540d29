import { expect } from 'chai';
import { request } from 'node:http';
import { connect, type Socket } from 'node:net';
import { HealthServer, type HealthInfo } from '../../lib/health/index.js';
import { MaculaError } from '../../lib/errors/index.js';

interface Reply { status: number; headers: Record<string, string | string[] | undefined>; body: string }

function get(port: number, path: string, method = 'GET'): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path, method, agent: false }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (c: string) => (body += c));
      res.on('end', () => resolve({ status: res.statusCode!, headers: res.headers, body }));
    });
    req.on('error', reject);
    req.end();
  });
}

/** A raw TCP socket to the server, with everything it receives and a promise of its close. */
function rawSocket(port: number): Promise<{ socket: Socket; received: () => string; closed: Promise<void> }> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1');
    let data = '';
    socket.setEncoding('utf8');
    socket.on('data', (c: string) => (data += c));
    socket.on('error', () => {});
    const closed = new Promise<void>((r) => socket.on('close', () => r()));
    socket.once('connect', () => resolve({ socket, received: () => data, closed }));
    socket.once('error', reject);
  });
}

const within = <T>(p: Promise<T>, ms: number, what: string): Promise<T> =>
  Promise.race([p, new Promise<T>((_, reject) => setTimeout(() => reject(new Error(`${what} did not happen within ${ms} ms`)), ms))]);

describe('HealthServer', () => {
  let info: HealthInfo;
  let server: HealthServer;
  let port: number;
  const sockets: Socket[] = [];

  async function startWith(extra: Partial<ConstructorParameters<typeof HealthServer>[0]> = {}): Promise<void> {
    server = new HealthServer({ host: '127.0.0.1', port: 0, info: () => info, ...extra });
    port = (await server.start()).port;
  }

  beforeEach(() => {
    info = { ready: true, nodeId: 'ab'.repeat(32), realm: 'io.test' };
  });
  afterEach(async () => {
    for (const s of sockets.splice(0)) s.destroy();
    await server?.stop();
  });

  it('start() on port 0 resolves the actual port, and a second start() gets the same promise', async () => {
    server = new HealthServer({ host: '127.0.0.1', port: 0, info: () => info });
    const a = server.start();
    expect(server.start()).to.equal(a);
    const address = await a;
    expect(address.host).to.equal('127.0.0.1');
    expect(address.port).to.be.greaterThan(0);
  });

  it('GET /live answers 200 {"status":"alive"} even when not ready', async () => {
    info.ready = false;
    await startWith();
    const r = await get(port, '/live');
    expect(r.status).to.equal(200);
    expect(JSON.parse(r.body)).to.deep.equal({ status: 'alive' });
    expect(r.headers['content-type']).to.match(/^application\/json/);
  });

  it('GET /ready answers 200 when info().ready and 503 otherwise, read fresh per request', async () => {
    await startWith();
    expect((await get(port, '/ready')).status).to.equal(200);
    info.ready = false;
    expect((await get(port, '/ready')).status).to.equal(503);
    info.ready = true;
    expect((await get(port, '/ready?probe=1')).status).to.equal(200);
  });

  it('GET /health answers 200 healthy with uptime, node_id and realm when ready', async () => {
    await startWith({ startedAt: Date.now() - 3_500 });
    info.details = { processes: 5 };
    const r = await get(port, '/health');
    expect(r.status).to.equal(200);
    expect(JSON.parse(r.body)).to.deep.equal({ processes: 5, status: 'healthy', ready: true, uptime: 3, node_id: 'ab'.repeat(32), realm: 'io.test' });
  });

  it('GET /health states the access default and lists warnings (status unchanged); no warnings, no key', async () => {
    await startWith();
    info.access = 'no permissions section: …';
    info.warnings = ['listening beyond loopback with no permissions'];
    let r = await get(port, '/health');
    expect(r.status).to.equal(200);
    expect(JSON.parse(r.body)).to.include({ status: 'healthy', access: 'no permissions section: …' });
    expect(JSON.parse(r.body).warnings).to.deep.equal(['listening beyond loopback with no permissions']);
    info.warnings = [];
    r = await get(port, '/health');
    expect(JSON.parse(r.body)).to.not.have.property('warnings');
  });

  it('GET /health answers 503 "starting" while starting and 503 "unhealthy" when not ready', async () => {
    await startWith();
    info = { ...info, ready: false, starting: true };
    let r = await get(port, '/health');
    expect(r.status).to.equal(503);
    expect(JSON.parse(r.body)).to.include({ status: 'starting', ready: false });
    info = { ...info, starting: false };
    r = await get(port, '/health');
    expect(r.status).to.equal(503);
    expect(JSON.parse(r.body)).to.include({ status: 'unhealthy', ready: false });
  });

  it('a throwing info() reads as unhealthy / not ready, and /live is unaffected', async () => {
    server = new HealthServer({ host: '127.0.0.1', port: 0, info: () => { throw new Error('boom'); } });
    port = (await server.start()).port;
    const r = await get(port, '/health');
    expect(r.status).to.equal(503);
    expect(JSON.parse(r.body)).to.include({ status: 'unhealthy', error: 'boom' });
    expect((await get(port, '/ready')).status).to.equal(503);
    expect((await get(port, '/live')).status).to.equal(200);
  });

  it('GET /metrics serves the provider\'s Prometheus text (sync or async)', async () => {
    await startWith({ metrics: async () => '# TYPE macula_up gauge\nmacula_up 1\n' });
    const r = await get(port, '/metrics');
    expect(r.status).to.equal(200);
    expect(r.headers['content-type']).to.match(/^text\/plain; version=0\.0\.4/);
    expect(r.body).to.equal('# TYPE macula_up gauge\nmacula_up 1\n');
    await server.stop();
    await startWith({ metrics: () => 'x 2\n' });
    expect((await get(port, '/metrics')).body).to.equal('x 2\n');
  });

  it('GET /metrics is 404 without a provider and 500 when the provider fails', async () => {
    await startWith();
    expect((await get(port, '/metrics')).status).to.equal(404);
    await server.stop();
    await startWith({ metrics: () => Promise.reject(new Error('registry gone')) });
    const r = await get(port, '/metrics');
    expect(r.status).to.equal(500);
    expect(JSON.parse(r.body)).to.include({ error: 'internal', message: 'registry gone' });
  });

  it('an unknown path is a 404 JSON error; a non-GET method on a known path is 405 with Allow: GET', async () => {
    await startWith();
    const nf = await get(port, '/nope');
    expect(nf.status).to.equal(404);
    expect(JSON.parse(nf.body)).to.include({ error: 'not_found' });
    for (const method of ['POST', 'PUT', 'DELETE', 'HEAD']) {
      const r = await get(port, '/health', method);
      expect(r.status, method).to.equal(405);
      expect(r.headers.allow).to.equal('GET');
    }
  });

  it('bounds connections: beyond maxConnections a new connection is closed at once, existing ones keep working', async () => {
    await startWith({ maxConnections: 2 });
    const a = await rawSocket(port);
    const b = await rawSocket(port);
    sockets.push(a.socket, b.socket);
    const c = await rawSocket(port);
    sockets.push(c.socket);
    await within(c.closed, 2000, 'the third connection being closed');
    expect(c.received()).to.equal('');
    a.socket.write('GET /live HTTP/1.1\r\nHost: x\r\n\r\n');
    await within(new Promise<void>((r) => a.socket.once('data', () => r())), 2000, 'a reply on an existing connection');
    expect(a.received()).to.match(/^HTTP\/1\.1 200/);
  });

  it('bounds the request head: a header larger than maxHeaderBytes gets 431', async () => {
    await startWith({ maxHeaderBytes: 1024 });
    const s = await rawSocket(port);
    sockets.push(s.socket);
    s.socket.write(`GET /live HTTP/1.1\r\nHost: x\r\nX-Big: ${'a'.repeat(4096)}\r\n\r\n`);
    await within(s.closed, 2000, 'the connection being closed');
    expect(s.received()).to.match(/^HTTP\/1\.1 431/);
  });

  it('bounds time: a request head that never completes is answered 408 and closed after headersTimeoutMs', async () => {
    await startWith({ headersTimeoutMs: 200, requestTimeoutMs: 200 });
    const s = await rawSocket(port);
    sockets.push(s.socket);
    const t0 = Date.now();
    s.socket.write('GET /live HTTP/1.1\r\nHost: x\r\n');
    await within(s.closed, 3000, 'the slow connection being closed');
    expect(Date.now() - t0).to.be.lessThan(2000);
    expect(s.received()).to.match(/^HTTP\/1\.1 408/);
  });

  it('stop() is idempotent (one shared promise) and closes idle keep-alive connections', async () => {
    await startWith({ keepAliveTimeoutMs: 60_000 });
    const s = await rawSocket(port);
    sockets.push(s.socket);
    s.socket.write('GET /live HTTP/1.1\r\nHost: x\r\nConnection: keep-alive\r\n\r\n');
    await within(new Promise<void>((r) => s.socket.once('data', () => r())), 2000, 'a reply');
    const p = server.stop();
    expect(server.stop()).to.equal(p);
    await within(p, 1000, 'stop() with an idle keep-alive client');
    await within(s.closed, 1000, 'the keep-alive socket being closed');
    const err = await get(port, '/live').then(() => undefined, (e: Error) => e);
    expect(err).to.be.instanceOf(Error);
  });

  it('stop() before start() resolves, and start() after stop() rejects', async () => {
    server = new HealthServer({ host: '127.0.0.1', port: 0, info: () => info });
    await server.stop();
    const err = await server.start().then(() => undefined, (e: unknown) => e);
    expect(err).to.be.instanceOf(MaculaError);
  });

  it('start() on a port in use rejects with start_failed', async () => {
    await startWith();
    const other = new HealthServer({ host: '127.0.0.1', port, info: () => info });
    const err = await other.start().then(() => undefined, (e: unknown) => e);
    expect(err).to.be.instanceOf(MaculaError);
    expect((err as MaculaError).code).to.equal('start_failed');
    await other.stop();
  });
});
