import { expect } from 'chai';
import { RefusalLog } from '../../lib/broker/index.js';

describe('RefusalLog: refusals logged at warn, bounded per interval', () => {
  const collect = () => {
    const lines: Array<{ fields: Record<string, unknown>; message: string }> = [];
    return { lines, logger: { warn: (fields: Record<string, unknown>, message: string) => void lines.push({ fields, message }) } };
  };

  it('logs up to `burst` refusals per interval, counts the rest and sums them up when the next interval starts', () => {
    let now = 1_000;
    const { lines, logger } = collect();
    const log = new RefusalLog(logger, { burst: 3, intervalMs: 100, now: () => now });
    for (let i = 0; i < 10; i++) log.warn({ i }, `refusal ${i}`);
    expect(lines.map((l) => l.message)).to.deep.equal(['refusal 0', 'refusal 1', 'refusal 2']);
    expect(log.suppressed).to.equal(7);
    now += 99;
    log.warn({ i: 10 }, 'refusal 10');
    expect(lines).to.have.length(3);
    now += 1;
    log.warn({ i: 11 }, 'refusal 11');
    expect(lines.slice(3).map((l) => l.message)).to.deep.equal([
      '8 more refusals were not logged in the last interval (every one is counted on /metrics)',
      'refusal 11',
    ]);
    expect(lines[3]!.fields).to.deep.equal({ suppressed: 8, interval_ms: 100 });
    expect(log.suppressed).to.equal(0);
  });

  it('without a logger it does nothing (and holds nothing)', () => {
    const log = new RefusalLog(undefined, { burst: 1 });
    for (let i = 0; i < 5; i++) log.warn({}, 'x');
    expect(log.suppressed).to.equal(0);
  });
});
