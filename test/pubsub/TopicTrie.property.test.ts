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
          expect(trie.match(topic).sort((x, y) => x - y), `${topic} vs ${JSON.stringify(patterns)}`).to.deep.equal(expected);
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
        expect(trie.match(topic).sort((x, y) => x - y)).to.deep.equal(expected);
        handles.forEach((h) => trie.remove(h));
        expect(trie.nodeCount).to.equal(1);
      }),
      { numRuns: 300 },
    );
  });
});
