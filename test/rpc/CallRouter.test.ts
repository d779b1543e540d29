import { expect } from 'chai';
import { MaculaError } from '../../lib/errors/index.js';
import { DEFAULT_ATTEMPT_TIMEOUT_MS, DEFAULT_CALL_TIMEOUT_MS, MAX_ATTEMPTS } from '../../lib/rpc/index.js';
import { args, harness, sleep, text } from './helpers.js';

function errorOf(reply: { ok: boolean; error?: MaculaError } | undefined): MaculaError {
  expect(reply, 'no reply').to.not.equal(undefined);
  expect(reply!.ok, 'expected an error reply').to.equal(false);
  return (reply as { error: MaculaError }).error;
}

describe('CallRouter', () => {
  it('uses the upstream defaults: 5 s per attempt, 30 s overall, up to 3 providers', () => {
    expect([DEFAULT_ATTEMPT_TIMEOUT_MS, DEFAULT_CALL_TIMEOUT_MS, MAX_ATTEMPTS]).to.deep.equal([5000, 30_000, 3]);
  });

  it('routes a call to a provider and its result back to the caller, correlated', async () => {
    const h = harness({}, { p1: 'echo' });
    const reply = h.nextReply('c1');
    expect(h.router.call('c1', { correlationId: 7, procedure: 'svc.work', args: args('hi') })).to.be.a('number');
    const r = await reply;
    expect(r.correlationId).to.equal(7);
    expect(r.ok && text(r.payload)).to.equal('p1:hi');
    expect(h.received.get('p1')![0]).to.include({ procedure: 'svc.work', caller: 'c1' });
    expect(h.router.pendingCount).to.equal(0);
  });

  it('answers no_providers at once when nobody serves the procedure, never a timeout', () => {
    const h = harness({ callTimeoutMs: 50 });
    expect(h.router.call('c1', { correlationId: 1, procedure: 'svc.none', args: args('') })).to.equal(undefined);
    const e = errorOf(h.replies.get('c1')?.[0]);
    expect(e.code).to.equal('no_providers');
    expect(e.details.procedure).to.equal('svc.none');
    expect(h.router.pendingCount).to.equal(0);
  });

  it('answers invalid_procedure for a bad name, naming the segment', () => {
    const h = harness({}, { p1: 'echo' });
    h.router.call('c1', { correlationId: 1, procedure: 'svc.*', args: args('') });
    const e = errorOf(h.replies.get('c1')?.[0]);
    expect(e.code).to.equal('invalid_procedure');
    expect(e.details).to.include({ segment: '*', index: 1 });
  });

  it('turns a handler exception into handler_error with the handler\'s message, without failover', async () => {
    const h = harness({}, { p1: 'throws', p2: 'echo' });
    const reply = h.nextReply('c1');
    h.router.call('c1', { correlationId: 3, procedure: 'svc.work', args: args('x') });
    const e = errorOf(await reply);
    expect(e.code).to.equal('handler_error');
    expect(e.message).to.equal('boom from p1');
    expect(h.received.get('p2')).to.equal(undefined);
  });

  it('keeps a typed code the handler threw', async () => {
    const h = harness({}, { p1: 'silent' });
    const reply = h.nextReply('c1');
    const id = h.router.call('c1', { correlationId: 3, procedure: 'svc.work', args: args('x') })!;
    h.router.onInvocationError('p1', id, { message: 'bad args', code: new MaculaError('invalid_args', '').wireCode });
    expect(errorOf(await reply).code).to.equal('invalid_args');
  });

  it('fails over to the next provider when an attempt times out', async () => {
    const h = harness({ attemptTimeoutMs: 30, callTimeoutMs: 2000 }, { p1: 'silent', p2: 'echo' });
    const reply = h.nextReply('c1');
    const t0 = Date.now();
    h.router.call('c1', { correlationId: 1, procedure: 'svc.work', args: args('a') });
    const r = await reply;
    expect(r.ok && text(r.payload)).to.equal('p2:a');
    expect(Date.now() - t0).to.be.within(25, 1000);
    expect(h.received.get('p1')).to.have.length(1);
    expect(h.received.get('p2')![0]!.invocationId).to.equal(h.received.get('p1')![0]!.invocationId);
  });

  it('tries at most min(3, providers) providers, then answers all_providers_failed listing each attempt', async () => {
    const h = harness({ attemptTimeoutMs: 20, callTimeoutMs: 5000 }, { p1: 'silent', p2: 'silent', p3: 'silent', p4: 'silent' });
    const reply = h.nextReply('c1');
    h.router.call('c1', { correlationId: 1, procedure: 'svc.work', args: args('') });
    const e = errorOf(await reply);
    expect(e.code).to.equal('all_providers_failed');
    expect(e.details.attempts).to.deep.equal(['p1', 'p2', 'p3'].map((provider) => ({ provider, reason: 'timeout' })));
    expect(h.received.get('p4')).to.equal(undefined);
  });

  it('fails over at once past an unreachable provider', async () => {
    const h = harness({}, { p1: 'unreachable', p2: 'echo' });
    const reply = h.nextReply('c1');
    h.router.call('c1', { correlationId: 1, procedure: 'svc.work', args: args('z') });
    const r = await reply;
    expect(r.ok && text(r.payload)).to.equal('p2:z');
  });

  it('answers timeout when the overall deadline passes, whatever attempts remain', async () => {
    const h = harness({ attemptTimeoutMs: 1000 }, { p1: 'silent', p2: 'echo' });
    const reply = h.nextReply('c1');
    const t0 = Date.now();
    h.router.call('c1', { correlationId: 5, procedure: 'svc.work', args: args(''), timeoutMs: 40 });
    const e = errorOf(await reply);
    expect(e.code).to.equal('timeout');
    expect(Date.now() - t0).to.be.within(35, 900);
    expect(h.received.get('p2')).to.equal(undefined);
    expect(h.router.pendingCount).to.equal(0);
  });

  it('fails a call over when its provider leaves, and withdraws that provider\'s registrations', async () => {
    const h = harness({ attemptTimeoutMs: 5000 }, { p1: 'silent', p2: 'echo' });
    const reply = h.nextReply('c1');
    h.router.call('c1', { correlationId: 1, procedure: 'svc.work', args: args('m') });
    await sleep(5);
    expect(h.router.providerLeft('p1')).to.equal(1);
    const r = await reply;
    expect(r.ok && text(r.payload)).to.equal('p2:m');
    expect(h.registry.providersOf('svc.work').map((x) => x.providerId)).to.deep.equal(['p2']);
  });

  it('drops a caller\'s calls when the caller leaves, and ignores the late answers', async () => {
    const h = harness({}, { p1: { delayMs: 20 } });
    h.router.call('c1', { correlationId: 1, procedure: 'svc.work', args: args('') });
    h.router.call('c1', { correlationId: 2, procedure: 'svc.work', args: args('') });
    const other = h.nextReply('c2');
    h.router.call('c2', { correlationId: 1, procedure: 'svc.work', args: args('') });
    expect(h.router.callerLeft('c1')).to.equal(2);
    expect((await other).ok).to.equal(true);
    await sleep(30);
    expect(h.replies.get('c1')).to.equal(undefined);
    expect(h.router.pendingCount).to.equal(0);
  });

  it('answers each call exactly once: a yield after the timeout, or a second yield, is ignored', async () => {
    const h = harness({ attemptTimeoutMs: 150, callTimeoutMs: 5000 }, { p1: 'silent', p2: 'silent' });
    const id = h.router.call('c1', { correlationId: 1, procedure: 'svc.work', args: args('') })!;
    while (h.received.get('p2') === undefined) await sleep(2); // p1 timed out, p2 runs the attempt
    expect(h.router.onYield('p1', id, args('late but good'))).to.equal(true);
    expect(h.router.onYield('p2', id, args('second'))).to.equal(false);
    expect(h.router.onInvocationError('p2', id, { message: 'x' })).to.equal(false);
    await sleep(200);
    expect(h.replies.get('c1')).to.have.length(1);
    expect(text((h.replies.get('c1')![0] as { payload: Uint8Array }).payload)).to.equal('late but good');
  });

  it('ignores answers from a provider the call was never sent to', async () => {
    const h = harness({}, { p1: 'silent', p2: 'silent' });
    const id = h.router.call('c1', { correlationId: 1, procedure: 'svc.work', args: args('') })!;
    expect(h.router.onYield('p2', id, args('forged'))).to.equal(false);
    expect(h.router.onInvocationError('p2', id, { message: 'forged' })).to.equal(false);
    expect(h.router.pendingCount).to.equal(1);
    h.router.close();
    expect(errorOf(h.replies.get('c1')?.[0]).code).to.equal('shutdown');
  });

  it('call_to reaches only the named provider, and answers no_providers if it does not serve the procedure', async () => {
    const h = harness({}, { p1: 'echo', p2: 'echo' });
    const reply = h.nextReply('c1');
    h.router.call('c1', { correlationId: 1, procedure: 'svc.work', args: args('t'), targetProviderId: 'p2' });
    const r = await reply;
    expect(r.ok && text(r.payload)).to.equal('p2:t');
    h.router.call('c1', { correlationId: 2, procedure: 'svc.work', args: args('t'), targetProviderId: 'p9' });
    expect(errorOf(h.replies.get('c1')![1]).code).to.equal('no_providers');
  });

  it('bounds calls in flight: one over maxPendingCalls fails with too_many_pending_calls', () => {
    const h = harness({ maxPendingCalls: 2 }, { p1: 'silent' });
    h.router.call('c1', { correlationId: 1, procedure: 'svc.work', args: args('') });
    h.router.call('c1', { correlationId: 2, procedure: 'svc.work', args: args('') });
    h.router.call('c1', { correlationId: 3, procedure: 'svc.work', args: args('') });
    const r = h.replies.get('c1')!;
    expect(r).to.have.length(1);
    expect(r[0]!.correlationId).to.equal(3);
    expect(errorOf(r[0]).code).to.equal('too_many_pending_calls');
    expect(h.router.pendingCount).to.equal(2);
    h.router.callerLeft('c1');
  });
});
