/**
 * Issue 8 item 7, the sibling channels: 10,000 generated cases written raw on unix-socket
 * connections to a real Siblings listener (lib/ipc/Siblings) — a third of them on connections
 * that never said hello, the rest after a valid hello — while a real Siblings neighbour dials the
 * same listener and makes requests throughout. Per-case properties: test/fuzz/lib/ipcFuzz.ts;
 * here the run: the listener holds only the neighbour's channel afterwards, memory within bounds,
 * every kind of outcome reached (refused hellos among them). Fixed seed (DEFAULT_SEEDS.siblings).
 */
import { expect } from 'chai';
import { DEFAULT_SEEDS, TEST_CASES_PER_BOUNDARY, assertMemoryBounded, summary } from './lib/common.js';
import { siblingCaseArb } from './lib/ipcArbitraries.js';
import { runIpcFuzz } from './lib/ipcFuzz.js';
import { siblingTarget } from './lib/ipcTargets.js';
import { waitFor } from '../broker/helpers.js';

describe('fuzz: the sibling channels (a Siblings listener, before and after the hello)', function () {
  this.timeout(120_000);

  it(`${TEST_CASES_PER_BOUNDARY} cases: only the offending channel is affected, every error is typed, each case ends in bound, memory is bounded`, async () => {
    const target = await siblingTarget();
    try {
      const report = await runIpcFuzz(target, { numRuns: TEST_CASES_PER_BOUNDARY, seed: DEFAULT_SEEDS.siblings, caseArb: siblingCaseArb });
      console.log(`      ${summary(report.tally, report.memory, `; neighbour ${report.neighbourRequests} requests; ${report.durationMs} ms`)}`);
      expect(report.tally.cases).to.equal(TEST_CASES_PER_BOUNDARY);
      expect(report.neighbourRequests).to.be.above(0);
      // the listener keeps nothing of the offenders: only the neighbour's channel
      await waitFor(() => target.listener.inboundCount === 1, 3000, 'the listener to hold only the neighbour');
      assertMemoryBounded(report.memory, 'siblings');
      const outcomes = [...report.tally.outcomes.keys()];
      for (const kind of ['answered', 'answered:unknown_message_type', 'closed:hello-refused', 'closed:framing-error', 'stalled-then-ended']) expect(outcomes, kind).to.include(kind);
      for (const code of ['unknown_message_type', 'peer_verification_failed', 'already_registered', 'no_such_process', 'reported:malformed_frame']) {
        expect(report.tally.codes.get(code) ?? 0, code).to.be.above(0);
      }
    } finally {
      await target.close();
    }
  });
});
