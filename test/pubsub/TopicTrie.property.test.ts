import { expect } from 'chai';
import fc from 'fast-check';
import { TopicTrie, matchesPattern } from '../../lib/pubsub/index.js';

// A small alphabet so generated topics actually hit generated patterns.
const literal = fc.constantFrom('a', 'b', 'c');
const topicArb = fc.array(literal, { minLength: 1, maxLength: 6 }).map((s) => s.join('.'));
const patternArb = fc.array(fc.oneof(literal, fc.constant('*'), fc.constant('**')), { minLength: 1, maxLength: 6 }).map((s) => s.join('.'));

describe('TopicTrie property: agrees with the reference matcher', () => {
  it('match(topic) returns exactly the subscriptions whose pattern matches, each once', () => {
    fc.assert(
      fc.property(fc.array(patternArb, { minLength: 1, maxLength: 20 }), fc.array(topicArb, { minLength: 1, maxLength: 10 }), (patterns, topics) => {
        const trie = new TopicTrie<number>();
        patterns.forEach((p, i) => trie.add(p, i));
        for (const topic of topics) {
          const expected = patterns.flatMap((p, i) => (matchesPattern(p, topic) ? [i] : []));
          expect([...trie.match(topic)].sort((x, y) => x - y), `${topic} vs ${JSON.stringify(patterns)}`).to.deep.equal(expected);
        }
      }),
      { numRuns: 500 },
    );
  });

  it('after removing a random subset, matches only the survivors and prunes back to the root when all are gone', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(patternArb, fc.boolean()), { minLength: 1, maxLength: 20 }), topicArb, (entries, topic) => {
        const trie = new TopicTrie<number>();
        const handles = entries.map(([p], i) => trie.add(p, i));
        entries.forEach(([, drop], i) => { if (drop) trie.remove(handles[i]!); });
        const expected = entries.flatMap(([p, drop], i) => (!drop && matchesPattern(p, topic) ? [i] : []));
        expect([...trie.match(topic)].sort((x, y) => x - y)).to.deep.equal(expected);
        handles.forEach((h) => trie.remove(h));
        expect(trie.nodeCount).to.equal(1);
      }),
      { numRuns: 300 },
    );
  });

  it('stays exact while subscriptions come and go between matches (remembered matches never go stale)', () => {
    type Op = { kind: 'add'; pattern: string } | { kind: 'remove'; index: number } | { kind: 'match'; topic: string };
    const op: fc.Arbitrary<Op> = fc.oneof(
      patternArb.map((pattern) => ({ kind: 'add' as const, pattern })),
      fc.nat(30).map((index) => ({ kind: 'remove' as const, index })),
      topicArb.map((topic) => ({ kind: 'match' as const, topic })),
      topicArb.map((topic) => ({ kind: 'match' as const, topic })),
    );
    fc.assert(
      fc.property(fc.array(op, { minLength: 1, maxLength: 60 }), fc.constantFrom(0, 2, 4096), (ops, cacheEntries) => {
        const trie = new TopicTrie<number>({ matchCacheEntries: cacheEntries });
        const live: Array<{ pattern: string; handle: number; id: number }> = [];
        let next = 0;
        for (const o of ops) {
          if (o.kind === 'add') live.push({ pattern: o.pattern, handle: trie.add(o.pattern, next), id: next++ });
          else if (o.kind === 'remove') {
            if (live.length === 0) continue;
            const [gone] = live.splice(o.index % live.length, 1);
            trie.remove(gone!.handle);
          } else {
            const expected = live.filter((l) => matchesPattern(l.pattern, o.topic)).map((l) => l.id);
            expect([...trie.match(o.topic)].sort((x, y) => x - y)).to.deep.equal(expected.sort((x, y) => x - y));
          }
          expect(trie.cachedMatches).to.be.at.most(cacheEntries);
        }
      }),
      { numRuns: 500 },
    );
  });
});
