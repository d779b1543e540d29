import { expect } from 'chai';
import { MaculaError } from '../../lib/errors/index.js';
import { PROTOCOL_VERSION, fromWireError, wire } from '../../lib/protocol/index.js';
import { useBroker } from './fixture.js';
import { crashAndWait, waitFor } from './helpers.js';

const code = (f: { error?: { code?: number | null; codeName?: string | null } | null }): string => fromWireError(f.error!).code;

describe('broker: session handshake and frame handling (macula_gateway)', function () {
  this.timeout(20_000);
  const h = useBroker();

  it('answers connect with connected: session id, negotiated version, realms, heartbeat, gateway node id', async () => {
    const { broker, open } = await h.start({ realms: ['macula.default', 'org.example'], pingIntervalMs: 1234 });
    const c = await open();
    const f = await c.handshake('org.example');
    expect(f.connected, JSON.stringify(f.toJSON())).to.not.equal(null);
    expect(f.connected!.sessionId).to.match(/^[0-9a-f]{16}$/);
    expect(f.connected!.protocolVersion).to.equal(PROTOCOL_VERSION);
    expect(f.connected!.realms).to.deep.equal(['macula.default', 'org.example']);
    expect(f.connected!.heartbeatMs).to.equal(1234);
    expect(f.connected!.nodeId).to.equal(broker.nodeId).and.to.have.length(64);
    expect(broker.clients!.size).to.equal(1);
    expect(broker.clients!.get(f.connected!.sessionId!)!.realm).to.equal('org.example');
  });

  it('an empty realm means macula.default', async () => {
    const { broker, connect } = await h.start();
    const c = await connect('');
    expect(broker.clients!.get(c.sessionId)!.realm).to.equal('macula.default');
  });

  it('unknown realm → no_such_realm naming the served realms, then the connection closes; another client is unaffected', async () => {
    const { broker, open, connect } = await h.start({ realms: ['org.a'] });
    const good = await connect('org.a');
    const bad = await open();
    const f = await bad.handshake('org.nope');
    const err = fromWireError(f.error!);
    expect(err.code).to.equal('no_such_realm');
    expect(err.details).to.deep.include({ realm: 'org.nope', realms: ['org.a'] });
    const closeErr = await bad.closed;
    expect(closeErr?.code).to.equal('no_such_realm');
    expect(broker.clients!.size).to.equal(1);
    // the other client still works
    good.send({ ping: { seq: 7 } });
    expect((await good.next('pong')).pong!.seq).to.equal(7);
  });

  it('a refused handshake is final: a second connect sent right after it is never admitted', async () => {
    const { broker, open } = await h.start({ realms: ['org.a'] });
    const c = await open();
    c.send({ connect: { protocolVersion: 1, realm: 'org.nope' } });
    c.send({ connect: { protocolVersion: 1, realm: 'org.a' } });
    expect((await c.closed)?.code).to.equal('no_such_realm');
    expect(c.received('connected')).to.have.length(0);
    expect(broker.clients!.size).to.equal(0);
  });

  it('protocol_version_unsupported (client speaks only a newer version) then close', async () => {
    const { broker, open } = await h.start();
    const c = await open();
    const f = await c.handshake('', { protocolVersion: 9, minProtocolVersion: 5 });
    const err = fromWireError(f.error!);
    expect(err.code).to.equal('protocol_version_unsupported');
    expect(err.details).to.deep.include({ supported: { min: 1, max: 1 } });
    expect((await c.closed)?.code).to.equal('protocol_version_unsupported');
    expect(broker.clients!.size).to.equal(0);
  });

  it('a newer client that also speaks version 1 is answered with version 1', async () => {
    const { open } = await h.start();
    const c = await open();
    const f = await c.handshake('', { protocolVersion: 7, minProtocolVersion: 1 });
    expect(f.connected!.protocolVersion).to.equal(1);
  });

  it('a first frame that is not connect → not_connected, dropped; connect afterwards still works', async () => {
    const { broker, open } = await h.start();
    const c = await open();
    c.send({ subscribe: { correlationId: 5, pattern: 'a.b' } });
    const f = await c.next('error');
    expect(code(f)).to.equal('not_connected');
    expect(f.error!.correlationId).to.equal(5);
    const ok = await c.handshake();
    expect(ok.connected).to.not.equal(null);
    expect(broker.clients!.size).to.equal(1);
    expect(broker.clients!.subscriptionCount).to.equal(0);
  });

  it('bounds the frames before connect: beyond maxFramesBeforeConnect → not_connected and close', async () => {
    const { broker, open } = await h.start({ maxFramesBeforeConnect: 3 });
    const c = await open();
    for (let i = 0; i < 4; i++) c.send({ ping: { seq: i } });
    expect((await c.closed)?.code).to.equal('not_connected');
    expect(c.received('error').map((f) => fromWireError(f.error!).code)).to.include('not_connected');
    expect(broker.clients!.size).to.equal(0);
  });

  it('closes a connection that sends no connect within the handshake timeout', async () => {
    const { broker, open } = await h.start({ handshakeTimeoutMs: 300 });
    const c = await open();
    c.send({ ping: { seq: 1 } }); // opens the stream; not a connect
    expect((await c.closed)?.code).to.equal('timeout');
    expect(broker.coordinator!.connectionCount).to.equal(0);
  });

  it('malformed bytes → malformed_frame (correlation 0) to that client only; its session continues', async () => {
    const { connect } = await h.start();
    const c = await connect();
    const other = await connect();
    c.sendBytes(Buffer.from([0xff, 0xff, 0xff, 0xff, 0x0f]));
    const f = await c.next('error');
    expect(code(f)).to.equal('malformed_frame');
    expect(f.error!.correlationId).to.equal(0);
    c.send({ ping: { seq: 2 } });
    expect((await c.next('pong')).pong!.seq).to.equal(2);
    expect(other.received('error')).to.have.length(0);
    expect(c.isClosed).to.equal(false);
  });

  it('unknown message type (empty body, newer body, or gateway→client body) → unknown_message_type; session continues', async () => {
    const { connect } = await h.start();
    const c = await connect();
    // an empty Frame (no body), and a frame with an unknown field number 99 (a newer protocol's body)
    c.sendBytes(new Uint8Array(0));
    expect(code(await c.next('error'))).to.equal('unknown_message_type');
    c.sendBytes(Buffer.from([0x9a, 0x06, 0x00])); // field 99, wire type 2, length 0
    expect(code(await c.next('error'))).to.equal('unknown_message_type');
    c.send({ event: { subscriptionId: 1, topic: 'a' } }); // wrong direction
    const f = await c.next('error');
    expect(code(f)).to.equal('unknown_message_type');
    expect(fromWireError(f.error!).details).to.deep.equal({ type: 'event' });
    c.send({ ping: { seq: 3 } });
    expect((await c.next('pong')).pong!.seq).to.equal(3);
  });

  it('answers ping with pong carrying the same seq, and records when the client was last seen', async () => {
    const { connect, broker } = await h.start();
    const c = await connect();
    const record = broker.clients!.get(c.sessionId)!;
    const seen = record.lastSeenMs;
    await new Promise((r) => setTimeout(r, 20));
    for (const seq of [1, 2, 0xffff_ffff]) {
      c.send({ ping: { seq } });
      expect((await c.next('pong')).pong!.seq).to.equal(seq);
    }
    expect(record.lastSeenMs).to.be.above(seen);
  });

  it('max_clients_reached beyond the limit, then close; the admitted clients are unaffected', async () => {
    const { broker, open, connect } = await h.start({ maxClients: 2 });
    const a = await connect();
    const b = await connect();
    const c = await open();
    const f = await c.handshake();
    const err = fromWireError(f.error!);
    expect(err.code).to.equal('max_clients_reached');
    expect(err.details).to.deep.equal({ limit: 2 });
    expect((await c.closed)?.code).to.equal('max_clients_reached');
    for (const x of [a, b]) {
      x.send({ ping: { seq: 9 } });
      expect((await x.next('pong')).pong!.seq).to.equal(9);
    }
    // a leaving client frees its place
    await a.close();
    await waitFor(() => broker.clients!.size === 1);
    await connect();
    expect(broker.clients!.size).to.equal(2);
  });

  it('goodbye closes the session and removes the client', async () => {
    const { broker, connect } = await h.start();
    const c = await connect();
    c.send({ goodbye: { reason: 'bye' } });
    await c.closed;
    await waitFor(() => broker.clients!.size === 0);
  });

  it('a second stream is refused (version 1 carries a session on one stream); the session continues', async () => {
    const { connect } = await h.start();
    const c = await connect();
    const s2 = c.connection.openStream();
    const reset = new Promise<MaculaError | undefined>((r) => s2.once('close', r));
    s2.write(Buffer.from(wire.Frame.encode({ ping: { seq: 1 } }).finish()));
    expect((await reset)?.code).to.equal('not_supported');
    c.send({ ping: { seq: 4 } });
    expect((await c.next('pong')).pong!.seq).to.equal(4);
  });

  it('a listener crash disconnects every client; the restarted listener serves on the same port', async () => {
    const { broker, connect } = await h.start();
    const c = await connect();
    const url = broker.url;
    await crashAndWait(broker, 'listener');
    await c.closed;
    expect(broker.url).to.equal(url);
    expect(broker.clients!.size).to.equal(0);
    const again = await connect();
    again.send({ ping: { seq: 5 } });
    expect((await again.next('pong')).pong!.seq).to.equal(5);
  });

});
