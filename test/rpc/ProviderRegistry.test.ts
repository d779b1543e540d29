import { expect } from 'chai';
import { MaculaError } from '../../lib/errors/index.js';
import { ProviderRegistry, validateProcedure } from '../../lib/rpc/index.js';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('procedure names', () => {
  it('follow the topic grammar and refuse wildcards with invalid_procedure naming the segment', () => {
    expect(validateProcedure('com.macula.diagnostics.echo')).to.have.length(4);
    for (const [name, segment, index] of [['a.*', '*', 1], ['**', '**', 0], ['a..b', '', 1], ['a.b c', 'b c', 1]] as const) {
      try {
        validateProcedure(name);
        expect.fail(`${name} accepted`);
      } catch (e) {
        expect((e as MaculaError).code).to.equal('invalid_procedure');
        expect((e as MaculaError).details).to.include({ segment, index });
      }
    }
  });
});

describe('ProviderRegistry', () => {
  it('round_robin rotates the first pick and lists the others as failover backups', () => {
    const r = new ProviderRegistry({ selection: 'round_robin' });
    for (const p of ['p1', 'p2', 'p3', 'p4']) r.advertise('svc.echo', p);
    expect(r.select('svc.echo', 3)).to.deep.equal(['p1', 'p2', 'p3']);
    expect(r.select('svc.echo', 3)).to.deep.equal(['p2', 'p3', 'p4']);
    expect(r.select('svc.echo', 3)).to.deep.equal(['p3', 'p4', 'p1']);
    expect(r.select('svc.echo', 3)).to.deep.equal(['p4', 'p1', 'p2']);
    expect(r.select('svc.echo', 3)).to.deep.equal(['p1', 'p2', 'p3']);
  });

  it('random picks distinct providers, spread over all of them', () => {
    const r = new ProviderRegistry({ selection: 'random' });
    for (const p of ['p1', 'p2', 'p3']) r.advertise('svc.echo', p);
    const firsts = new Map<string, number>();
    for (let i = 0; i < 300; i++) {
      const picks = r.select('svc.echo', 3);
      expect(new Set(picks).size).to.equal(3);
      firsts.set(picks[0]!, (firsts.get(picks[0]!) ?? 0) + 1);
    }
    for (const p of ['p1', 'p2', 'p3']) expect(firsts.get(p) ?? 0, p).to.be.greaterThan(50);
  });

  it('random uses the injected source of randomness', () => {
    const r = new ProviderRegistry({ selection: 'random', random: () => 0.99 });
    for (const p of ['p1', 'p2', 'p3']) r.advertise('x', p);
    expect(r.select('x', 1)).to.deep.equal(['p3']);
  });

  it('selects min(count, providers) and nothing for an unknown procedure', () => {
    const r = new ProviderRegistry();
    r.advertise('x', 'p1');
    expect(r.select('x', 3)).to.deep.equal(['p1']);
    expect(r.select('y', 3)).to.deep.equal([]);
  });

  it('re-advertising upserts: no duplicate, metadata and TTL refreshed', () => {
    const r = new ProviderRegistry();
    r.advertise('x', 'p1', { metadata: { v: '1' } });
    r.advertise('x', 'p1', { metadata: { v: '2' } });
    expect(r.registrationCount).to.equal(1);
    expect(r.providersOf('x')[0]!.metadata).to.deep.equal({ v: '2' });
  });

  it('removeProvider withdraws all of a provider\'s registrations at once and forgets empty procedures', () => {
    const r = new ProviderRegistry({ selection: 'round_robin' });
    r.advertise('a', 'p1');
    r.advertise('b', 'p1');
    r.advertise('b', 'p2');
    expect(r.removeProvider('p1').sort()).to.deep.equal(['a', 'b']);
    expect(r.select('a', 3)).to.deep.equal([]);
    expect(r.select('b', 3)).to.deep.equal(['p2']);
    expect(r.procedureCount).to.equal(1);
    expect(r.registrationCount).to.equal(1);
    expect(r.proceduresOf('p1')).to.deep.equal([]);
    expect(r.removeProvider('p1')).to.deep.equal([]);
  });

  it('unadvertise keeps round-robin rotating over the remaining providers', () => {
    const r = new ProviderRegistry({ selection: 'round_robin' });
    for (const p of ['p1', 'p2', 'p3']) r.advertise('x', p);
    expect(r.select('x', 1)).to.deep.equal(['p1']);
    expect(r.select('x', 1)).to.deep.equal(['p2']);
    expect(r.unadvertise('x', 'p1')).to.equal(true);
    expect(r.unadvertise('x', 'p1')).to.equal(false);
    expect(r.select('x', 1)).to.deep.equal(['p3']);
    expect(r.select('x', 1)).to.deep.equal(['p2']);
  });

  it('bounds procedures and providers per procedure with typed errors', () => {
    const r = new ProviderRegistry({ maxProcedures: 2, maxProvidersPerProcedure: 2 });
    r.advertise('a', 'p1');
    r.advertise('b', 'p1');
    expect(() => r.advertise('c', 'p1')).to.throw(MaculaError).with.property('code', 'too_many_procedures');
    r.advertise('a', 'p2');
    expect(() => r.advertise('a', 'p3')).to.throw(MaculaError).with.property('code', 'too_many_providers');
    expect(() => r.advertise('a', 'p2')).not.to.throw();
    r.removeProvider('p1');
    expect(() => r.advertise('c', 'p1')).not.to.throw();
  });

  it('refuses invalid procedure names', () => {
    expect(() => new ProviderRegistry().advertise('a.*', 'p1')).to.throw(MaculaError).with.property('code', 'invalid_procedure');
  });

  it('skips expired advertisements at once and frees them on pruneExpired', async () => {
    const r = new ProviderRegistry();
    r.advertise('x', 'short', { ttlMs: 20 });
    r.advertise('x', 'long', { ttlMs: 60_000 });
    await sleep(40);
    expect(r.select('x', 3)).to.deep.equal(['long']);
    expect(r.isProvider('x', 'short')).to.equal(false);
    expect(r.registrationCount).to.equal(2);
    expect(r.pruneExpired()).to.equal(1);
    expect(r.registrationCount).to.equal(1);
  });
});
