import { expect } from 'chai';
import { killAllAndCheckOrphans, sleep, startNode } from '../helpers/cluster.js';

describe('scratch: two nodes join', function () {
  this.timeout(60_000);
  after(async () => {
    expect(await killAllAndCheckOrphans()).to.deep.equal([]);
  });
  it('B joins A', async () => {
    const a = await startNode({ env: { MACULA_QUIC_HOST: '127.0.0.1' } });
    const sa = await a.control({ status: {} });
    const port = sa.status!.bound!.quic!.split(':').pop();
    const b = await startNode({ env: { MACULA_QUIC_HOST: '127.0.0.1', MACULA_BOOTSTRAP_URL: `quic://127.0.0.1:${port}` } });
    for (let i = 0; i < 40; i++) {
      const h = await fetch(`http://${(await b.status()).health}/health`).then((r) => r.json() as Promise<any>);
      const ha = await fetch(`http://${(await a.status()).health}/health`).then((r) => r.json() as Promise<any>);
      console.log(JSON.stringify(h.details?.mesh ?? h.mesh ?? h), JSON.stringify(ha.details?.mesh ?? ha.mesh ?? ha));
      if ((h.details?.mesh?.contacts ?? h.mesh?.contacts) > 0 && (ha.details?.mesh?.contacts ?? ha.mesh?.contacts) > 0) break;
      await sleep(500);
    }
    console.log(b.stderr.slice(-3000));
  });
});
