/**
 * Issue 8 item 7, the QUIC stream boundary: 10,000 generated cases (test/fuzz/lib/wireArbitraries.ts)
 * on raw session streams to a real gateway — the broker's supervision tree in this process on
 * 127.0.0.1:0, over real QUIC — with a healthy client beside the offenders. What each case must
 * satisfy is listed in test/fuzz/lib/quicFuzz.ts; here the run as a whole is checked too: no
 * worker of the gateway's tree exited or restarted, the gateway holds nothing of the offenders
 * afterwards, memory stayed within its bounds, and the cases reached every kind of outcome.
 * Fixed seed (DEFAULT_SEEDS.quic): a failure prints its seed and path (fast-check).
 */
import { expect } from 'chai';
import { DEFAULT_SEEDS, TEST_CASES_PER_BOUNDARY, assertMemoryBounded, summary } from './lib/common.js';
import { startInProcessGateway, type InProcessGateway } from './lib/inProcess.js';
import { runQuicFuzz } from './lib/quicFuzz.js';
import { waitFor } from '../broker/helpers.js';

describe('fuzz: the QUIC stream boundary (in-process gateway)', function () {
  this.timeout(180_000);
  let g: InProcessGateway | undefined;
  afterEach(async () => {
    await g?.stop();
    g = undefined;
  });

  it(`${TEST_CASES_PER_BOUNDARY} cases: only the offending connection is affected, every error is typed, each case ends in bound, memory is bounded`, async () => {
    g = await startInProcessGateway();
    const { broker } = g;
    const report = await runQuicFuzz({ ...g.target, numRuns: TEST_CASES_PER_BOUNDARY, seed: DEFAULT_SEEDS.quic });
    console.log(`      ${summary(report.tally, report.memory, `; neighbour ${JSON.stringify(report.neighbour)}; ${report.durationMs} ms`)}`);
    expect(report.tally.cases).to.be.at.least(TEST_CASES_PER_BOUNDARY);
    expect(g.faults, 'no worker of the gateway exited or restarted').to.deep.equal([]);
    // the gateway keeps nothing of any offender (nor of the neighbour, gone too)
    await waitFor(() => {
      const c = broker.counts();
      return c.clients + c.subscriptions + c.registrations + c.pendingCalls === 0 && broker.mesh!.size === 0 && broker.coordinator!.connectionCount === 0;
    }, 5000, 'the gateway to hold no client, link or connection');
    expect(broker.listener!.endpoint!.stats().connections).to.equal(0);
    assertMemoryBounded(report.memory, 'quic');
    // the generators reached every kind of outcome and the errors that go with them
    const outcomes = [...report.tally.outcomes.keys()];
    for (const kind of ['answered', 'closed:reset-frame_too_large', 'stalled-then-fin:reset-malformed_frame', 'stalled-then-closed', 'closed:protocol_version_unsupported', 'half-closed', 'client-ended:graceful']) {
      expect(outcomes, kind).to.include(kind);
    }
    expect(report.tally.outcomes.get('answered')!).to.be.above(TEST_CASES_PER_BOUNDARY / 2);
    for (const code of ['malformed_frame', 'unknown_message_type', 'not_connected', 'invalid_topic', 'invalid_procedure', 'no_providers', 'frame_too_large', 'not_supported', 'no_such_realm']) {
      expect(report.tally.codes.get(code) ?? 0, code).to.be.above(0);
    }
  });
});
