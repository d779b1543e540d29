import { expect } from 'chai';
import { MaculaError } from '../../lib/errors/index.js';
import { PendingCalls, type OpenCall, type PendingCall } from '../../lib/rpc/index.js';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

function table(maxPending = 10) {
  const events: string[] = [];
  const t = new PendingCalls({
    maxPending,
    onAttemptTimeout: (c: PendingCall) => events.push(`attempt ${c.id} ${c.provider}`),
    onDeadline: (c: PendingCall) => events.push(`deadline ${c.id}`),
  });
  return { t, events };
}

const init = (over: Partial<OpenCall> = {}): OpenCall => ({
  callerId: 'c1', correlationId: 1, procedure: 'svc.x', args: new Uint8Array(), candidates: ['p1', 'p2'], timeoutMs: 10_000, ...over,
});

describe('PendingCalls', () => {
  it('bounds the table: one over maxPending throws too_many_pending_calls, and settling frees a slot', () => {
    const { t } = table(2);
    const a = t.open(init());
    t.open(init());
    expect(() => t.open(init())).to.throw(MaculaError).with.property('code', 'too_many_pending_calls');
    t.settle(a.id);
    expect(() => t.open(init())).not.to.throw();
    for (const c of t.all()) t.settle(c.id);
  });

  it('allocates distinct non-zero uint32 ids', () => {
    const { t } = table(100);
    const ids = Array.from({ length: 50 }, () => t.open(init()).id);
    expect(new Set(ids).size).to.equal(50);
    for (const id of ids) expect(id).to.be.within(1, 0xffff_ffff);
    for (const id of ids) t.settle(id);
  });

  it('settle returns the call exactly once and stops both its timers', async () => {
    const { t, events } = table();
    const c = t.open(init({ timeoutMs: 20 }));
    t.startAttempt(c, 'p1', 10);
    expect(t.settle(c.id)).to.equal(c);
    expect(t.settle(c.id)).to.equal(undefined);
    await sleep(40);
    expect(events).to.deep.equal([]);
    expect(t.size).to.equal(0);
  });

  it('fires the per-attempt timer, re-armed by each new attempt, before the overall deadline', async () => {
    const { t, events } = table();
    const c = t.open(init({ timeoutMs: 250 }));
    t.startAttempt(c, 'p1', 20);
    await sleep(10);
    t.startAttempt(c, 'p2', 20); // replaces p1's timer
    await sleep(80);
    expect(events).to.deep.equal([`attempt ${c.id} p2`]);
    await sleep(250);
    expect(events).to.deep.equal([`attempt ${c.id} p2`, `deadline ${c.id}`]);
    expect(c.tried).to.deep.equal(['p1', 'p2']);
    t.settle(c.id);
  });

  it('indexes calls by caller and by current provider, and unindexes on settle', () => {
    const { t } = table();
    const a = t.open(init({ callerId: 'c1' }));
    const b = t.open(init({ callerId: 'c2' }));
    t.startAttempt(a, 'p1', undefined);
    t.startAttempt(b, 'p1', undefined);
    t.startAttempt(b, 'p2', undefined);
    expect(t.ofCaller('c1')).to.deep.equal([a]);
    expect(t.ofProvider('p1')).to.deep.equal([a]);
    expect(t.ofProvider('p2')).to.deep.equal([b]);
    t.settle(a.id);
    t.settle(b.id);
    expect(t.ofCaller('c1')).to.deep.equal([]);
    expect(t.ofProvider('p2')).to.deep.equal([]);
  });
});
