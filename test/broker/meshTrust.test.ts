/**
 * Issue 10 item 4: mesh_trust at a real node-link handshake between in-process Brokers
 * (127.0.0.1:0, distinct identities). Each mode on the side dialled (MeshPool.acceptLink) and on
 * the dialling side (when Connected arrives): a refusal is an explicit `not_trusted` with its
 * reason, sent before the close, counted on /metrics; nothing is held on either side.
 */
import { expect } from 'chai';
import { X509Certificate } from 'node:crypto';
import { Broker, type BrokerOptions } from '../../lib/broker/index.js';
import { MaculaError } from '../../lib/errors/index.js';
import type { MeshTrustOptions } from '../../lib/auth/index.js';
import { issue, selfSigned, type TestCert } from '../auth/certs.js';
import { rejection } from './authHelpers.js';
import { waitFor } from './helpers.js';

function refusedCount(text: string, side: 'accept' | 'dial'): number {
  const line = text.split('\n').find((l) => l.startsWith('macula_mesh_links_refused_total{') && l.includes('code="not_trusted"') && l.includes(`side="${side}"`));
  return line === undefined ? 0 : Number(line.slice(line.lastIndexOf(' ') + 1));
}

describe('broker: mesh_trust at the node-link handshake', function () {
  this.timeout(60_000);
  const brokers: Broker[] = [];
  let ca: TestCert;
  let signed: TestCert[];
  let plain: TestCert[];
  before(function () {
    this.timeout(60_000);
    ca = issue({ commonName: 'realm CA', ca: true });
    signed = [issue({ commonName: 'node-a' }, ca), issue({ commonName: 'node-b' }, ca)];
    plain = [selfSigned(), selfSigned()];
  });
  afterEach(async () => {
    await Promise.all(brokers.splice(0).map((b) => b.stop()));
  });
  const node = async (cert: TestCert, meshTrust?: MeshTrustOptions, opts: Partial<BrokerOptions> = {}): Promise<Broker> => {
    const b = new Broker({ tls: { certPem: cert.certPem, keyPem: cert.keyPem }, port: 0, meshTrust, ...opts });
    brokers.push(b);
    await b.start();
    return b;
  };
  const anchors = (): X509Certificate[] => [new X509Certificate(ca.certPem)];
  const refused = async (dialler: Broker, target: Broker, reason: string): Promise<MaculaError> => {
    const e = await rejection(dialler.mesh!.link(target.nodeId, target.url));
    expect(e.code, e.message).to.equal('not_trusted');
    expect(e.details.reason, e.message).to.equal(reason);
    expect(e.message).to.contain('mesh_trust');
    await waitFor(() => dialler.mesh!.size === 0 && target.mesh!.size === 0, 5000, 'no link held on either side');
    return e;
  };

  it('open (the default): any node whose certificate is its node id links, self-signed or CA-signed', async () => {
    const a = await node(plain[0]!);
    const b = await node(signed[0]!, { mode: 'open' });
    const link = await a.mesh!.link(b.nodeId, b.url);
    expect(link.closed).to.equal(false);
    await waitFor(() => b.mesh!.has(a.nodeId));
  });

  describe('allowlist', () => {
    it('the node dialled admits a listed node and refuses an unlisted one with not_trusted (not_in_allowlist) before closing', async () => {
      const listed = await node(plain[0]!);
      const stranger = await node(signed[0]!);
      const b = await node(plain[1]!, { mode: 'allowlist', allowlist: [listed.nodeId] });
      await listed.mesh!.link(b.nodeId, b.url);
      // the reason travelled in an Error frame (a bare close code carries no details)
      const e = await rejection(stranger.mesh!.link(b.nodeId, b.url));
      expect([e.code, e.details.reason, e.details.node_id]).to.deep.equal(['not_trusted', 'not_in_allowlist', stranger.nodeId]);
      expect(b.mesh!.nodeIds()).to.deep.equal([listed.nodeId]);
      expect(refusedCount(await b.metrics.render(), 'accept')).to.equal(1);
      expect(b.clients!.size).to.equal(0);
    });

    it('the dialler refuses a node it does not list once Connected arrives, says why, and neither side keeps the link', async () => {
      const b = await node(plain[1]!);
      const a = await node(plain[0]!, { mode: 'allowlist', allowlist: [signed[1]!.nodeId] });
      await refused(a, b, 'not_in_allowlist');
      expect(refusedCount(await a.metrics.render(), 'dial')).to.equal(1);
      // and it links to a node it does list
      const c = await node(signed[1]!);
      expect((await a.mesh!.link(c.nodeId, c.url)).closed).to.equal(false);
    });
  });

  describe('ca', () => {
    it('the node dialled admits a node signed by the realm CA and refuses the generated self-signed identity (not_signed_by_ca)', async () => {
      const b = await node(signed[1]!, { mode: 'ca', anchors: anchors() });
      const good = await node(signed[0]!);
      const selfSignedNode = await node(plain[0]!);
      expect((await good.mesh!.link(b.nodeId, b.url)).closed).to.equal(false);
      const e = await rejection(selfSignedNode.mesh!.link(b.nodeId, b.url));
      expect([e.code, e.details.reason]).to.deep.equal(['not_trusted', 'not_signed_by_ca']);
      expect(b.mesh!.nodeIds()).to.deep.equal([good.nodeId]);
    });

    it('the dialler in ca mode refuses a node that is not signed by its realm CA', async () => {
      const target = await node(plain[1]!);
      const a = await node(signed[0]!, { mode: 'ca', anchors: anchors() });
      await refused(a, target, 'not_signed_by_ca');
      const peer = await node(signed[1]!, { mode: 'ca', anchors: anchors() });
      expect((await a.mesh!.link(peer.nodeId, peer.url)).closed).to.equal(false);
    });
  });

  it('an untrusted node of another realm hears not_trusted, not realm_mismatch: it learns nothing about this node', async () => {
    const b = await node(plain[1]!, { mode: 'allowlist', allowlist: [signed[0]!.nodeId] }, { realms: ['org.alpha'] });
    const stranger = await node(plain[0]!, undefined, { realms: ['org.beta'] });
    const e = await rejection(stranger.mesh!.link(b.nodeId, b.url));
    expect(e.code).to.equal('not_trusted');
    expect(e.message).to.not.contain('org.alpha');
  });

  it('a node that says Goodbye with a code (as a refusing dialler does) closes the other side\'s link with that typed error', async () => {
    const [a, b] = [await node(plain[0]!), await node(plain[1]!)];
    const la = await a.mesh!.link(b.nodeId, b.url);
    await waitFor(() => b.mesh!.has(a.nodeId));
    const closed = new Promise<MaculaError | undefined>((resolve) => b.mesh!.get(a.nodeId)!.once('close', resolve));
    await la.close(new MaculaError('not_trusted', 'you are not on my list'));
    const err = await closed;
    expect(err?.code).to.equal('not_trusted');
    await waitFor(() => b.mesh!.size === 0);
  });
});
