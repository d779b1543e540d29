/**
 * Issue 8 item 7, the control socket: 10,000 generated cases written raw on a connection to a
 * real ControlServer in this process (a root-shaped dispatch table without its effects:
 * test/fuzz/lib/controlTarget.ts), while the CLI's own client asks for status throughout.
 * Per-case properties: test/fuzz/lib/controlFuzz.ts. A real root is fuzzed in node.test.ts.
 * Fixed seed (DEFAULT_SEEDS.control).
 */
import { expect } from 'chai';
import { DEFAULT_SEEDS, TEST_CASES_PER_BOUNDARY, assertMemoryBounded, summary } from './lib/common.js';
import { controlCaseArb } from './lib/controlArbitraries.js';
import { runControlFuzz } from './lib/controlFuzz.js';
import { startControlServer } from './lib/controlTarget.js';

describe('fuzz: the control socket (an in-process ControlServer)', function () {
  this.timeout(120_000);

  it(`${TEST_CASES_PER_BOUNDARY} cases: every frame answered once, every error typed, each case ends in bound, other clients served, memory bounded`, async () => {
    const server = await startControlServer();
    try {
      const report = await runControlFuzz({ path: server.path, numRuns: TEST_CASES_PER_BOUNDARY, seed: DEFAULT_SEEDS.control, caseArb: controlCaseArb(false) });
      console.log(`      ${summary(report.tally, report.memory, `; neighbour ${report.neighbourRequests} requests; ${report.durationMs} ms`)}`);
      expect(report.tally.cases).to.equal(TEST_CASES_PER_BOUNDARY);
      expect(report.neighbourRequests).to.be.above(0);
      assertMemoryBounded(report.memory, 'control');
      const outcomes = [...report.tally.outcomes.keys()];
      for (const kind of ['answered', 'framing-error-answered', 'stalled-then-closed', 'client-ended']) expect(outcomes, kind).to.include(kind);
      for (const code of ['unknown_message_type', 'usage', 'malformed_frame', 'frame_too_large']) expect(report.tally.codes.get(code) ?? 0, code).to.be.above(0);
    } finally {
      await server.stop();
    }
  });
});
