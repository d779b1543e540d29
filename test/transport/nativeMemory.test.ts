import { expect } from 'chai';
import { randomBytes } from 'node:crypto';
import { NATIVE_GARBAGE_GC_THRESHOLD } from '../../lib/transport/constants.js';
import { NativeTally } from '../../lib/transport/nativeMemory.js';
import { buildQuicheConfig, quiche } from '../../lib/transport/tls.js';
import { identity, waitFor } from './helpers.js';

describe('transport: native connections are freed when V8 collects them (nativeMemory.ts)', function () {
  this.timeout(20_000);

  it(`past ${NATIVE_GARBAGE_GC_THRESHOLD} released native connections, one full collection frees them (the tally falls)`, async () => {
    const id = identity();
    const cfg = buildQuicheConfig({ certPem: id.certPem, keyPem: id.keyPem, idleTimeoutMs: 60_000, maxUdpPayloadBytes: 1350, maxStreamsPerConnection: 10 });
    const tally = new NativeTally();
    const n = NATIVE_GARBAGE_GC_THRESHOLD + 100;
    // Created and dropped in a function: nothing keeps a wrapper reachable.
    (() => {
      for (let i = 0; i < n; i++) tally.created(quiche.Connection.connect(null, randomBytes(20), { host: '127.0.0.1', port: 1 }, { host: '127.0.0.1', port: 2 }, cfg));
    })();
    expect(tally.alive).to.equal(n);
    for (let i = 0; i < n; i++) tally.released();
    // Exactly one collection: the next ones wait NATIVE_GC_MIN_INTERVAL_MS.
    expect(tally.collections).to.equal(1);
    expect(tally.held).to.equal(0);
    await waitFor(() => tally.alive <= n - NATIVE_GARBAGE_GC_THRESHOLD, 5000, 'finalizers of the collected wrappers');
  });
});
