/**
 * Pattern containment and overlap are exact: checked against brute force, which enumerates every
 * topic over a small alphabet up to a length and asks the reference matcher (lib/pubsub
 * matchesPattern). Patterns use the literals a and b; topics also use c, a segment no pattern
 * names, so "any other segment" is represented. Every witness returned is checked too: it must be
 * a real topic with the claimed property.
 */
import { expect } from 'chai';
import fc from 'fast-check';
import { matchesPattern } from '../../lib/pubsub/index.js';
import { PatternSet, overlap, plainlyDisjoint, uncovered } from '../../lib/auth/index.js';

const TOPIC_SEGMENTS = ['a', 'b', 'c'];
/** Longest topic enumerated: above the longest shortest-witness these pattern sizes can need. */
const MAX_TOPIC_LENGTH = 7;

function allTopics(): string[] {
  const out: string[] = [];
  let layer = [''];
  for (let n = 1; n <= MAX_TOPIC_LENGTH; n++) {
    layer = layer.flatMap((prefix) => TOPIC_SEGMENTS.map((s) => (prefix === '' ? s : `${prefix}.${s}`)));
    out.push(...layer);
  }
  return out;
}
const TOPICS = allTopics();

const token = fc.constantFrom('a', 'b', '*', '**');
const patternArb = (maxLength: number) => fc.array(token, { minLength: 1, maxLength }).map((t) => t.join('.'));
const setArb = fc.array(patternArb(3), { minLength: 1, maxLength: 3 });

const split = (p: string) => p.split('.');
const matchesAny = (patterns: readonly string[], topic: string) => patterns.some((q) => matchesPattern(q, topic));

describe('pattern containment (a subscription pattern inside allow patterns) agrees with brute force', () => {
  it('uncovered(p, Q) finds a topic exactly when some enumerated topic matches p and no pattern of Q, and that topic is a real witness', () => {
    fc.assert(
      fc.property(patternArb(4), setArb, (p, q) => {
        const brute = TOPICS.find((t) => matchesPattern(p, t) && !matchesAny(q, t));
        const r = uncovered(split(p), q.map(split));
        expect(r.kind, `${p} ⊆ ${JSON.stringify(q)}; brute force witness ${brute}`).to.equal(brute === undefined ? 'covered' : 'uncovered');
        if (r.kind === 'uncovered') {
          expect(matchesPattern(p, r.witness), `witness ${r.witness} must match ${p}`).to.equal(true);
          expect(matchesAny(q, r.witness), `witness ${r.witness} must match none of ${JSON.stringify(q)}`).to.equal(false);
          // breadth first: no shorter witness exists
          expect(split(r.witness).length).to.equal(split(brute!).length);
        }
      }),
      { numRuns: 400 },
    );
  });

  it('a literal of p that Q never names is still told apart from Q\'s literals', () => {
    // p names b, Q only a: p = a.b is not inside a.a, is inside a.*
    expect(uncovered(split('a.b'), [split('a.a')])).to.deep.equal({ kind: 'uncovered', witness: 'a.b' });
    expect(uncovered(split('a.b'), [split('a.*')]).kind).to.equal('covered');
  });

  it('the empty topic is never a witness: ** is inside *.** (topics have at least one segment)', () => {
    expect(uncovered(split('**'), [split('*.**')]).kind).to.equal('covered');
    expect(uncovered(split('**.**'), [split('**.*')]).kind).to.equal('covered');
  });

  it('covering by a union: a.** is inside a and a.*.** together, but inside neither alone', () => {
    expect(uncovered(split('a.**'), [split('a'), split('a.*.**')]).kind).to.equal('covered');
    expect(uncovered(split('a.**'), [split('a')]).kind).to.equal('uncovered');
    expect(uncovered(split('a.**'), [split('a.*.**')])).to.deep.equal({ kind: 'uncovered', witness: 'a' });
  });

  it('a search larger than its state bound answers too_complex instead of running on', () => {
    expect(uncovered(split('**.**.**'), [split('*.a.**'), split('**.b.*')], 3).kind).to.equal('too_complex');
  });
});

describe('pattern overlap (a subscription pattern against deny patterns) agrees with brute force', () => {
  it('overlap(p, D) finds a topic exactly when some enumerated topic matches p and a pattern of D, naming that pattern', () => {
    fc.assert(
      fc.property(patternArb(4), setArb, (p, d) => {
        const brute = TOPICS.find((t) => matchesPattern(p, t) && matchesAny(d, t));
        const r = overlap(split(p), d.map(split));
        expect(r.kind, `${p} ∩ ${JSON.stringify(d)}; brute force witness ${brute}`).to.equal(brute === undefined ? 'disjoint' : 'overlap');
        if (r.kind === 'overlap') {
          expect(matchesPattern(p, r.witness), `witness ${r.witness} must match ${p}`).to.equal(true);
          expect(matchesPattern(d[r.pattern]!, r.witness), `witness ${r.witness} must match ${d[r.pattern]}`).to.equal(true);
          expect(split(r.witness).length).to.equal(split(brute!).length);
        }
      }),
      { numRuns: 400 },
    );
  });

  it('the cheap pre-filter plainlyDisjoint never calls two overlapping patterns disjoint', () => {
    fc.assert(
      fc.property(patternArb(4), patternArb(4), (a, b) => {
        if (plainlyDisjoint(split(a), split(b))) expect(TOPICS.find((t) => matchesPattern(a, t) && matchesPattern(b, t)), `${a} vs ${b}`).to.equal(undefined);
      }),
      { numRuns: 1000 },
    );
    expect(plainlyDisjoint(split('orders.r1.*'), split('orders.r2.**'))).to.equal(true);
    expect(plainlyDisjoint(split('a.*'), split('a.*.*'))).to.equal(true);
    expect(plainlyDisjoint(split('a.**'), split('a.*.*'))).to.equal(false);
  });

  it('patterns whose only common match would be the empty topic do not overlap', () => {
    expect(overlap(split('a.**'), [split('b.**')]).kind).to.equal('disjoint');
    expect(overlap(split('*'), [split('*.*')]).kind).to.equal('disjoint');
  });
});

describe('PatternSet answers concrete names and patterns the same way as brute force', () => {
  it('match(topic) is some pattern matching it; covers/overlaps agree with enumeration', () => {
    fc.assert(
      fc.property(setArb, patternArb(4), (patterns, p) => {
        const set = new PatternSet(patterns);
        for (const t of TOPICS.slice(0, 120)) {
          const hit = set.match(t);
          expect(hit === undefined ? false : matchesPattern(hit, t), `${t} vs ${JSON.stringify(patterns)}`).to.equal(hit !== undefined);
          expect(hit !== undefined).to.equal(matchesAny(patterns, t));
        }
        const coveredBrute = TOPICS.every((t) => !matchesPattern(p, t) || matchesAny(patterns, t));
        const overlapBrute = TOPICS.some((t) => matchesPattern(p, t) && matchesAny(patterns, t));
        expect(set.covers(p).kind === 'covered', `covers ${p}`).to.equal(coveredBrute);
        expect(set.overlaps(p).kind === 'overlap', `overlaps ${p}`).to.equal(overlapBrute);
      }),
      { numRuns: 200 },
    );
  });
});
