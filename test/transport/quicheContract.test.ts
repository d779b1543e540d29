/**
 * Contract of the native quiche binding (@matrixai/quic 2.0.9, quiche 0.18) as lib/transport
 * relies on it: every call the driver makes and every pitfall REFERENCE §4 lists, one named test
 * each, so an upgrade that changes one fails here rather than somewhere in the gateway. A client
 * and a server Connection are pumped against each other in memory (no sockets).
 */
import { expect } from 'chai';
import { randomBytes } from 'node:crypto';
import { buildQuicheConfig, quiche, type QuicheConfig } from '../../lib/transport/tls.js';
import { ALPN, INITIAL_MAX_STREAM_DATA_BYTES } from '../../lib/transport/constants.js';
import { identity } from './helpers.js';

type Native = ReturnType<typeof quiche.Connection.accept>;
const S = { host: '127.0.0.1', port: 4433 };
const CL = { host: '127.0.0.1', port: 5544 };
const IDLE_MS = 60_000;
const STREAMS = 4;

function config(idleMs = IDLE_MS): QuicheConfig {
  const id = identity();
  return buildQuicheConfig({ certPem: id.certPem, keyPem: id.keyPem, idleTimeoutMs: idleMs, maxUdpPayloadBytes: 1350, maxStreamsPerConnection: STREAMS });
}

const serverConfig = config();
const clientConfig = config();

/** Move every datagram each side has until neither has any; returns how many moved. */
function pump(c: Native, s: Native, rounds = 50): number {
  const buf = Buffer.alloc(65_536);
  let moved = 0;
  for (let i = 0; i < rounds; i++) {
    let any = false;
    for (const [from, to, info] of [[c, s, { from: CL, to: S }], [s, c, { from: S, to: CL }]] as const) {
      for (;;) {
        const r = from.send(buf);
        if (r === null) break;
        any = true;
        moved++;
        try {
          to.recv(Buffer.from(buf.subarray(0, r[0])), info);
        } catch {
          // a closing peer may refuse late packets
        }
      }
    }
    if (!any) break;
  }
  return moved;
}

/** An established client/server pair; `token` is the server's stateless reset token. */
function pair(token?: Buffer, sc = serverConfig, cc = clientConfig): { c: Native; s: Native; scid: Buffer } {
  const scid = randomBytes(20);
  if (token !== undefined) sc.setStatelessResetToken(BigInt(`0x${token.toString('hex')}`));
  const c = quiche.Connection.connect(null, randomBytes(20), CL, S, cc);
  const s = quiche.Connection.accept(scid, null, S, CL, sc);
  pump(c, s);
  return { c, s, scid };
}

/** Read everything readable on `id`. */
function drain(n: Native, id: number): { bytes: number; fin: boolean } {
  const buf = Buffer.alloc(65_536);
  let bytes = 0;
  let fin = false;
  for (;;) {
    const r = n.streamRecv(id, buf);
    if (r === null) break;
    bytes += r[0];
    fin ||= r[1];
  }
  return { bytes, fin };
}

describe('quiche binding contract (@matrixai/quic 2.0.9)', () => {
  describe('module and constants', () => {
    it('exports Config, Connection, Header, negotiateVersion, retry, versionIsSupported and the enums the driver uses', () => {
      for (const f of ['negotiateVersion', 'retry', 'versionIsSupported'] as const) expect(typeof quiche[f], f).to.equal('function');
      expect(typeof quiche.Config.withBoringSslCtx).to.equal('function');
      expect(typeof quiche.Connection.connect).to.equal('function');
      expect(typeof quiche.Connection.accept).to.equal('function');
      expect(typeof quiche.Header.fromSlice).to.equal('function');
      expect(quiche.Type.Initial).to.equal(0);
      expect(quiche.Type.Retry).to.equal(1);
      expect(quiche.Type.Short).to.equal(5);
      expect(quiche.Shutdown.Read).to.equal(0);
      expect(quiche.Shutdown.Write).to.equal(1);
      expect(quiche.CongestionControlAlgorithm.CUBIC).to.equal(1);
    });

    it('MAX_CONN_ID_LEN is 20, MIN_CLIENT_INITIAL_LEN 1200, crypto errors 0x100..0x1ff', () => {
      expect(quiche.MAX_CONN_ID_LEN).to.equal(20);
      expect(quiche.MIN_CLIENT_INITIAL_LEN).to.equal(1200);
      expect(quiche.CRYPTO_ERROR_START).to.equal(0x100);
      expect(quiche.CRYPTO_ERROR_STOP).to.equal(0x1ff);
    });

    it('versionIsSupported: QUIC v1 only (the Initial check in initialPacket.ts assumes it)', () => {
      expect(quiche.versionIsSupported(1)).to.equal(true);
      expect(quiche.versionIsSupported(0xff00001d)).to.equal(false);
      expect(quiche.versionIsSupported(0x6b3343cf)).to.equal(false);
    });
  });

  describe('Config', () => {
    it('every setter buildQuicheConfig calls exists, and setStatelessResetToken takes a u128 bigint', () => {
      const setters = [
        'setApplicationProtos', 'grease', 'setMaxIdleTimeout', 'setMaxRecvUdpPayloadSize', 'setMaxSendUdpPayloadSize', 'setInitialMaxData',
        'setInitialMaxStreamDataBidiLocal', 'setInitialMaxStreamDataBidiRemote', 'setInitialMaxStreamDataUni', 'setInitialMaxStreamsBidi',
        'setInitialMaxStreamsUni', 'setMaxStreamWindow', 'setMaxConnectionWindow', 'setDisableActiveMigration', 'setCcAlgorithm', 'setStatelessResetToken',
      ] as const;
      const cfg = config();
      for (const name of setters) expect(typeof cfg[name], name).to.equal('function');
      cfg.setStatelessResetToken(2n ** 128n - 1n);
      cfg.setStatelessResetToken(1n);
    });

    it('withBoringSslCtx(verifyPeer, verifyAllowFail) accepts self-signed certificates both ways and negotiates ALPN macula', () => {
      const { c, s } = pair();
      expect(c.isEstablished()).to.equal(true);
      expect(s.isEstablished()).to.equal(true);
      expect(Buffer.from(c.applicationProto()).toString()).to.equal(ALPN);
    });
  });

  describe('Connection', () => {
    it('connect: the first send() is a padded client Initial that Header.fromSlice reads (type, version, a dcid quiche picked)', () => {
      const c = quiche.Connection.connect(null, randomBytes(20), CL, S, clientConfig);
      const buf = Buffer.alloc(2000);
      const r = c.send(buf);
      expect(r).to.not.equal(null);
      expect(r![0]).to.be.at.least(1200);
      expect(r![1].to).to.deep.equal(S);
      const h = quiche.Header.fromSlice(buf.subarray(0, r![0]), 20);
      expect(h.ty).to.equal(quiche.Type.Initial);
      expect(h.version).to.equal(1);
      // quiche chooses the client's first destination id itself (16 bytes); the server routes it by length byte.
      expect(h.dcid.length).to.be.within(8, 20);
      expect(h.token === undefined || h.token.length === 0).to.equal(true);
    });

    it('Header.fromSlice throws on bytes that are not a QUIC header', () => {
      expect(() => quiche.Header.fromSlice(Buffer.from([0xc0, 0, 0]), 20)).to.throw();
    });

    it('accept + recv complete a handshake; sourceId/destinationId match the chosen ids; peerCertChain is DER, leaf first, on both sides', () => {
      const { c, s, scid } = pair();
      expect(Buffer.from(s.sourceId()).equals(scid)).to.equal(true);
      expect(Buffer.from(c.destinationId()).equals(scid)).to.equal(true);
      for (const n of [c, s]) {
        const chain = n.peerCertChain();
        expect(chain).to.be.an('array').with.length.at.least(1);
        expect(chain![0]![0]).to.equal(0x30); // DER SEQUENCE
      }
    });

    it('recv() decrypts the datagram in place (a datagram must not be reused after recv)', () => {
      const c = quiche.Connection.connect(null, randomBytes(20), CL, S, clientConfig);
      const s = quiche.Connection.accept(randomBytes(20), null, S, CL, serverConfig);
      const buf = Buffer.alloc(2000);
      const r = c.send(buf)!;
      const pkt = Buffer.from(buf.subarray(0, r[0]));
      const copy = Buffer.from(pkt);
      s.recv(pkt, { from: CL, to: S });
      expect(pkt.equals(copy)).to.equal(false);
    });

    it('recv() of junk as the first packet of an accepted connection throws and closes it (the server allocated a connection first)', () => {
      const s = quiche.Connection.accept(randomBytes(20), null, S, CL, serverConfig);
      const junk = Buffer.concat([Buffer.from([0xc0, 0, 0, 0, 1, 8]), randomBytes(8), Buffer.from([8]), randomBytes(8), Buffer.from([0, 0x44, 0xb0]), randomBytes(1200)]);
      expect(() => s.recv(junk, { from: CL, to: S })).to.throw();
      expect(s.isClosed()).to.equal(true);
    });

    it('stats().peerMaxIdleTimeout is the peer\'s idle timeout in ms; peerStreamsLeftBidi its stream limit', () => {
      const { c } = pair();
      expect(c.stats().peerMaxIdleTimeout).to.equal(IDLE_MS);
      expect(c.peerStreamsLeftBidi()).to.equal(STREAMS);
    });

    it('streamSend returns the bytes accepted, and null (not 0) once it accepts nothing (flow control)', () => {
      const { c } = pair();
      const big = Buffer.alloc(INITIAL_MAX_STREAM_DATA_BYTES + 512 * 1024);
      const n = c.streamSend(0, big, false);
      expect(n).to.be.a('number');
      expect(n!).to.be.above(0).and.at.most(INITIAL_MAX_STREAM_DATA_BYTES);
      expect(c.streamSend(0, Buffer.alloc(1), false)).to.equal(null);
    });

    it('streamSend(id, empty, fin) returns a number (0) when it takes the FIN; the peer reads fin', () => {
      const { c, s } = pair();
      expect(c.streamSend(0, Buffer.from('hi'), false)).to.equal(2);
      expect(c.streamSend(0, new Uint8Array(0), true)).to.equal(0);
      pump(c, s);
      expect(s.streamReadable(0)).to.equal(true);
      expect([...s.readable()]).to.include(0);
      expect(drain(s, 0)).to.deep.equal({ bytes: 2, fin: true });
      expect(s.streamRecv(0, Buffer.alloc(10))).to.equal(null);
    });

    it('streamReadable is false for a stream never opened, and streamRecv on it throws InvalidStreamState (the driver reads only readable streams)', () => {
      const { s } = pair();
      expect(s.streamReadable(0)).to.equal(false);
      expect(() => s.streamRecv(0, Buffer.alloc(10))).to.throw(/InvalidStreamState/);
    });

    it('streamShutdown(Write, code) makes the peer\'s streamRecv throw an error whose message matches StreamReset(<code>)', () => {
      const { c, s } = pair();
      c.streamSend(0, Buffer.from('x'), false);
      pump(c, s);
      drain(s, 0);
      c.streamShutdown(0, quiche.Shutdown.Write, 77);
      pump(c, s);
      expect(() => s.streamRecv(0, Buffer.alloc(10))).to.throw(/StreamReset\(77\)/);
    });

    it('streamShutdown(Read, code) makes the peer\'s streamSend throw StreamStopped(<code>)', () => {
      const { c, s } = pair();
      c.streamSend(0, Buffer.from('x'), false);
      pump(c, s);
      s.streamShutdown(0, quiche.Shutdown.Read, 78);
      pump(c, s);
      expect(() => c.streamSend(0, Buffer.from('y'), false)).to.throw(/StreamStopped\(78\)/);
    });

    it('streamSend on a stream beyond the peer\'s MAX_STREAMS throws an error naming StreamLimit', () => {
      const { c } = pair();
      expect(() => c.streamSend(STREAMS * 4, Buffer.from('x'), false)).to.throw(/StreamLimit/);
    });

    it('timeout() is a number of ms while a timer runs; onTimeout() past the idle timeout closes with isTimedOut', async () => {
      const cfg = config(50);
      const { c } = pair(undefined, serverConfig, cfg);
      const t = c.timeout();
      expect(t).to.be.a('number');
      // quiche's idle timer is max(idle timeout, 3 PTO) (RFC 9000 §10.1): wait for whatever it says.
      expect(t!).to.be.below(1000);
      const t0 = performance.now();
      for (let i = 0; i < 5 && !c.isClosed(); i++) {
        await new Promise((r) => setTimeout(r, Math.ceil(c.timeout() ?? 0) + 5));
        c.onTimeout();
      }
      expect(c.isClosed()).to.equal(true);
      expect(c.isTimedOut()).to.equal(true);
      expect(performance.now() - t0).to.be.below(1000);
    });

    it('sendAckEliciting() makes the next send() produce a packet', () => {
      const { c, s } = pair();
      pump(c, s);
      expect(c.send(Buffer.alloc(2000))).to.equal(null);
      c.sendAckEliciting();
      expect(c.send(Buffer.alloc(2000))).to.not.equal(null);
    });

    it('close(app, code, reason): the peer sees peerError {isApp, errorCode, reason}; the closer drains, then isClosed after its timer', async () => {
      const { c, s } = pair();
      c.close(true, 42, Buffer.from('bye'));
      expect(c.localError()).to.deep.include({ isApp: true, errorCode: 42 });
      pump(c, s);
      expect(c.isDraining()).to.equal(true);
      const pe = s.peerError();
      expect(pe).to.not.equal(null);
      expect(pe!.isApp).to.equal(true);
      expect(pe!.errorCode).to.equal(42);
      expect(Buffer.from(pe!.reason).toString()).to.equal('bye');
      expect(s.isDraining()).to.equal(true);
      for (let i = 0; i < 5 && !c.isClosed(); i++) {
        await new Promise((r) => setTimeout(r, Math.ceil(c.timeout() ?? 0) + 5));
        c.onTimeout();
      }
      expect(c.isClosed()).to.equal(true);
      expect(() => c.close(true, 1, Buffer.alloc(0))).to.not.throw(); // a second close: no throw (returns null: Done)
    });
  });

  describe('stateless reset (quiche 0.18 is_stateless_reset)', () => {
    const token = randomBytes(16);
    const reset = (tok: Buffer, len = 43) => Buffer.concat([Buffer.from([0x40 | 0x15]), randomBytes(len - 17), tok]);

    it('a client closes on a datagram ending in the token its server advertised: isClosed, no peer or local error, not timed out', () => {
      const { c } = pair(token);
      c.recv(reset(token), { from: S, to: CL });
      expect(c.isClosed()).to.equal(true);
      expect(c.peerError()).to.equal(null);
      expect(c.localError()).to.equal(null);
      expect(c.isTimedOut()).to.equal(false);
    });

    it('a datagram ending in another token is dropped without an exception; one shorter than 21 bytes is never a reset', () => {
      const { c } = pair(token);
      expect(() => c.recv(reset(randomBytes(16)), { from: S, to: CL })).to.not.throw();
      c.recv(reset(token, 20), { from: S, to: CL });
      expect(c.isClosed()).to.equal(false);
      c.recv(reset(token, 21), { from: S, to: CL });
      expect(c.isClosed()).to.equal(true);
    });

    it('accept() copies the Config\'s token: a token set after accept() does not change an existing connection\'s', () => {
      const first = randomBytes(16);
      const { c } = pair(first);
      serverConfig.setStatelessResetToken(BigInt(`0x${randomBytes(16).toString('hex')}`));
      c.recv(reset(first), { from: S, to: CL });
      expect(c.isClosed()).to.equal(true);
    });
  });

  describe('server helpers', () => {
    it('negotiateVersion writes a version negotiation packet (version 0) for the client\'s ids', () => {
      const buf = Buffer.alloc(1500);
      const n = quiche.negotiateVersion(randomBytes(8), randomBytes(8), buf);
      expect(n).to.be.above(0);
      expect(buf.readUInt32BE(1)).to.equal(0);
    });

    it('retry writes a Retry packet that Header.fromSlice reads back with the new id as scid', () => {
      const buf = Buffer.alloc(1500);
      const newScid = randomBytes(20);
      const n = quiche.retry(randomBytes(8), randomBytes(20), newScid, Buffer.from('token'), 1, buf);
      const h = quiche.Header.fromSlice(buf.subarray(0, n), 20);
      expect(h.ty).to.equal(quiche.Type.Retry);
      expect(Buffer.from(h.scid).equals(newScid)).to.equal(true);
    });
  });
});
