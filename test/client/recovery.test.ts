/**
 * Issue 14 item 3, against a real node (OS processes, MACULA_TEST_FAULTS=1): an application
 * whose loop is `for (;;) { try { await c.call(...) } catch {} }`, with the SDK's defaults, is
 * calling successfully again within 500 ms of the node being ready after a
 * `macula_gateway_health` fault (rest_for_one restarts health, diagnostics, quic_server, gateway
 * and workers_sup) and after a `macula_gateway_quic_server` fault (seed scenario 2). Calls issued
 * while the client reconnects wait and complete (the reconnect is faster than their timeout), and
 * the bound on waiting operations holds. (Before: the loop's synchronous `not_connected`
 * rejections starved the reconnect for good.)
 */
import { expect } from 'chai';
import { connect, type MaculaClient } from '../../lib/client/index.js';
import type { MaculaError } from '../../lib/errors/index.js';
import { killAllAndCheckOrphans, row, startNode, type TestNode } from '../helpers/cluster.js';
import { quicUrl } from '../integration/messagingHelpers.js';

const GW = 'macula_gateway_system';
const HELLO = 'com.macula.diagnostics.hello';
/** The seed's recovery figure for these scenarios. */
const RECOVERY_MS = 500;

describe('client: the tight retry loop against a real node across gateway faults (issue 14)', function () {
  this.timeout(60_000);
  let node: TestNode;
  const clients: MaculaClient[] = [];

  before(async () => {
    node = await startNode();
  });
  afterEach(async () => {
    await Promise.all(clients.splice(0).map((c) => c.close()));
  });
  after(async () => {
    const orphans = await killAllAndCheckOrphans();
    expect(orphans, 'processes that outlived root').to.deep.equal([]);
  });

  /** A client with the SDK's defaults (no reconnect tuning: "no application change"). */
  async function defaultClient(options = {}): Promise<MaculaClient> {
    const c = await connect(await quicUrl(node), { expectedNodeId: (await node.status()).nodeId, ...options });
    clients.push(c);
    return c;
  }

  for (const worker of ['macula_gateway_health', 'macula_gateway_quic_server']) {
    it(`after a ${worker} fault, the loop is calling again within ${RECOVERY_MS} ms of the node being ready; calls made while reconnecting complete; the waiting bound holds`, async () => {
      const target = `${GW}/${worker}`;
      const c = await defaultClient();
      const bounded = await defaultClient({ maxWaiting: 10 });
      let lostAt = 0;
      let waiting: Promise<unknown[]> | undefined;
      let overBound: Promise<Array<unknown>> | undefined;
      c.once('disconnected', () => {
        lostAt = Date.now();
        // Issued while the client reconnects: they wait for the session and complete.
        waiting = Promise.all(Array.from({ length: 20 }, (_, i) => c.call<{ message: string }>(HELLO, { i }, { timeout: 5_000 })));
      });
      bounded.once('disconnected', () => {
        overBound = Promise.all(Array.from({ length: 30 }, () => bounded.call(HELLO, {}, { timeout: 5_000 }).then(() => 'ok', (e: MaculaError) => e.code)));
      });
      let stop = false;
      let okAfterLoss = 0;
      let firstOkAfterLossAt = 0;
      const failures = new Map<string, number>();
      const cap = Date.now() + 30_000; // turns a starved loop into a failure instead of a hang
      const loop = (async () => {
        while (!stop && Date.now() < cap) {
          try {
            await c.call(HELLO, {});
            if (lostAt !== 0 && okAfterLoss++ === 0) firstOkAfterLossAt = Date.now();
          } catch (err) {
            const code = (err as MaculaError).code;
            failures.set(code, (failures.get(code) ?? 0) + 1);
          }
        }
      })();
      try {
        const before = await node.waitReady();
        const restarts = row(before.tree, target).restarts;
        const res = await node.control({ fault: { target } });
        expect(res.error ?? null).to.equal(null);
        await node.waitFor((s) => s.ready && row(s.tree, target).restarts === restarts + 1, 15_000, `${worker} restarted`);
        const readyAt = Date.now();
        const deadline = Date.now() + 10_000;
        while (firstOkAfterLossAt === 0 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 10));
        expect(lostAt, 'the fault reached the client').to.not.equal(0);
        expect(firstOkAfterLossAt, 'calls succeed again').to.not.equal(0);
        const recoveryMs = firstOkAfterLossAt - readyAt;
        expect(recoveryMs, `calling again ${firstOkAfterLossAt - lostAt} ms after the loss, ${recoveryMs} ms after ready`).to.be.below(RECOVERY_MS);
        const answers = (await waiting!) as Array<{ message: string }>;
        expect(answers).to.have.length(20);
        for (const a of answers) expect(a.message).to.match(/^hello from macula gateway/);
        const outcomes = await overBound!;
        expect(outcomes.filter((o) => o === 'too_many_waiting'), 'beyond maxWaiting 10').to.have.length(20);
        expect(outcomes.filter((o) => o === 'ok'), 'the 10 that waited').to.have.length(10);
      } finally {
        stop = true;
        await loop;
      }
      expect(Date.now(), 'the loop starved the event loop').to.be.below(cap);
      // Only the call in flight at the loss fails (connection_closed, or the gateway's shutdown answer).
      expect([...failures.keys()].filter((k) => k !== 'connection_closed' && k !== 'shutdown')).to.deep.equal([]);
      expect([...failures.values()].reduce((a, n) => a + n, 0)).to.be.at.most(2);
    });
  }
});
