/**
 * Issue 8 item 7, the IPC boundary: 10,000 generated cases (test/fuzz/lib/ipcArbitraries.ts)
 * written raw to an IpcChannel over a real socket pair (the fd-3 pipe's framing and a child's
 * dispatch table), a healthy channel beside it pinged throughout. What each case must satisfy is
 * in test/fuzz/lib/ipcFuzz.ts; here the run as a whole: memory within bounds, every kind of
 * outcome reached. Fixed seed (DEFAULT_SEEDS.ipc): a failure prints its seed and path.
 */
import { expect } from 'chai';
import { DEFAULT_SEEDS, TEST_CASES_PER_BOUNDARY, assertMemoryBounded, summary } from './lib/common.js';
import { ipcCaseArb } from './lib/ipcArbitraries.js';
import { runIpcFuzz } from './lib/ipcFuzz.js';
import { pipeTarget } from './lib/ipcTargets.js';

describe('fuzz: the IPC boundary (IpcChannel over a socket pair)', function () {
  this.timeout(120_000);

  it(`${TEST_CASES_PER_BOUNDARY} cases: only the offending channel is affected, every error is typed, each case ends in bound, memory is bounded`, async () => {
    const target = await pipeTarget();
    try {
      const report = await runIpcFuzz(target, { numRuns: TEST_CASES_PER_BOUNDARY, seed: DEFAULT_SEEDS.ipc, caseArb: ipcCaseArb });
      console.log(`      ${summary(report.tally, report.memory, `; neighbour ${report.neighbourRequests} requests; ${report.durationMs} ms`)}`);
      expect(report.tally.cases).to.equal(TEST_CASES_PER_BOUNDARY);
      expect(report.neighbourRequests).to.be.above(0);
      assertMemoryBounded(report.memory, 'ipc');
      const outcomes = [...report.tally.outcomes.keys()];
      for (const kind of ['answered', 'closed:framing-error', 'stalled-then-ended', 'client-ended']) expect(outcomes, kind).to.include(kind);
      for (const code of ['unknown_message_type', 'no_such_process', 'reported:malformed_frame', 'reported:frame_too_large', 'reported:slow_consumer']) {
        expect(report.tally.codes.get(code) ?? 0, code).to.be.above(0);
      }
      expect(report.tally.inputs.get('flood-without-reading') ?? 0).to.be.above(0);
    } finally {
      await target.close();
    }
  });
});
