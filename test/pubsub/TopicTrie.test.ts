import { expect } from 'chai';
import { MaculaError } from '../../lib/errors/index.js';
import { TopicTrie, type MatchStats } from '../../lib/pubsub/index.js';

function trieOf(patterns: string[]): TopicTrie<string> {
  const t = new TopicTrie<string>();
  for (const p of patterns) t.add(p, p);
  return t;
}

function matched(t: TopicTrie<string>, topic: string): string[] {
  return [...t.match(topic)].sort();
}

describe('TopicTrie', () => {
  it('matches exact patterns only on the same topic', () => {
    const t = trieOf(['a.b', 'a.b.c', 'a']);
    expect(matched(t, 'a.b')).to.deep.equal(['a.b']);
    expect(matched(t, 'a.c')).to.deep.equal([]);
  });

  it('* matches exactly one segment', () => {
    const t = trieOf(['a.*', '*.b', '*', 'a.*.c']);
    expect(matched(t, 'a.b')).to.deep.equal(['*.b', 'a.*']);
    expect(matched(t, 'a')).to.deep.equal(['*']);
    expect(matched(t, 'a.x.c')).to.deep.equal(['a.*.c']);
    expect(matched(t, 'a.c')).to.deep.equal(['a.*']);
    expect(matched(t, 'a.b.d')).to.deep.equal([]);
  });

  it('** at the end matches zero or more trailing segments', () => {
    const t = trieOf(['a.**']);
    for (const topic of ['a', 'a.b', 'a.b.c.d']) expect(matched(t, topic), topic).to.deep.equal(['a.**']);
    expect(matched(t, 'b.a')).to.deep.equal([]);
  });

  it('** at the start matches zero or more leading segments', () => {
    const t = trieOf(['**.z']);
    for (const topic of ['z', 'a.z', 'a.b.c.z']) expect(matched(t, topic), topic).to.deep.equal(['**.z']);
    expect(matched(t, 'z.a')).to.deep.equal([]);
  });

  it('** in the middle matches zero or more segments between', () => {
    const t = trieOf(['a.**.z']);
    for (const topic of ['a.z', 'a.b.z', 'a.b.c.d.z']) expect(matched(t, topic), topic).to.deep.equal(['a.**.z']);
    for (const topic of ['a', 'z', 'a.z.b']) expect(matched(t, topic), topic).to.deep.equal([]);
  });

  it('several ** in one pattern, and ** next to *', () => {
    const t = trieOf(['**.x.**', 'a.**.**', '**.*.b', '**']);
    expect(matched(t, 'x')).to.deep.equal(['**', '**.x.**']);
    expect(matched(t, 'q.x.r.s')).to.deep.equal(['**', '**.x.**']);
    expect(matched(t, 'a')).to.deep.equal(['**', 'a.**.**']);
    expect(matched(t, 'a.b')).to.deep.equal(['**', '**.*.b', 'a.**.**']);
    expect(matched(t, 'b')).to.deep.equal(['**']);
  });

  it('returns each subscription once even when several trie paths reach it', () => {
    const t = trieOf(['**.a.**', '**.**.a']);
    // '**.a.**' matches 'a.a.a' via three different a's; '**.**.a' via many splits
    expect(matched(t, 'a.a.a')).to.deep.equal(['**.**.a', '**.a.**']);
  });

  it('returns two subscriptions to the same pattern as two values', () => {
    const t = new TopicTrie<number>();
    t.add('a.*', 1);
    t.add('a.*', 2);
    expect([...t.match('a.b')].sort()).to.deep.equal([1, 2]);
    expect(t.size).to.equal(2);
  });

  it('remove() stops delivery to that subscription only and is idempotent', () => {
    const t = new TopicTrie<string>();
    const h1 = t.add('a.*', 'one');
    t.add('a.*', 'two');
    expect(t.remove(h1)).to.equal(true);
    expect(t.remove(h1)).to.equal(false);
    expect(t.match('a.b')).to.deep.equal(['two']);
    expect(t.get(h1)).to.equal(undefined);
  });

  it('remove() prunes nodes left empty, back to the bare root', () => {
    const t = new TopicTrie<string>();
    const handles = ['a.b.c', 'a.b.d', 'a.**.z', '*.x', 'q'].map((p) => t.add(p, p));
    expect(t.nodeCount).to.be.greaterThan(5);
    t.remove(handles[0]!);
    expect(t.match('a.b.d')).to.deep.equal(['a.b.d']);
    for (const h of handles.slice(1)) t.remove(h);
    expect(t.nodeCount).to.equal(1);
    expect(t.size).to.equal(0);
  });

  it('keeps shared prefixes alive while another subscription uses them', () => {
    const t = new TopicTrie<string>();
    const h = t.add('a.b.c', 'deep');
    t.add('a.b', 'short');
    t.remove(h);
    expect(t.nodeCount).to.equal(3);
    expect(t.match('a.b')).to.deep.equal(['short']);
  });

  it('rejects invalid patterns and wildcard topics with invalid_topic', () => {
    const t = new TopicTrie<string>();
    expect(() => t.add('a..b', 'x')).to.throw(MaculaError).with.property('code', 'invalid_topic');
    expect(() => t.match('a.*')).to.throw(MaculaError).with.property('code', 'invalid_topic');
    expect(t.nodeCount).to.equal(1);
  });

  it('refuses subscriptions beyond maxSubscriptions with too_many_subscriptions', () => {
    const t = new TopicTrie<number>({ maxSubscriptions: 3 });
    for (let i = 0; i < 3; i++) t.add(`a.${i}`, i);
    expect(() => t.add('a.x', 9)).to.throw(MaculaError).with.property('code', 'too_many_subscriptions');
    t.remove(1);
    expect(() => t.add('a.x', 9)).not.to.throw();
  });

  it('match cost does not grow with non-matching subscriptions (visited nodes)', () => {
    const t = new TopicTrie<number>();
    t.add('orders.*.created', 0);
    t.add('orders.**', 1);
    const before: MatchStats = { visited: 0 };
    expect(t.match('orders.eu.created', before)).to.have.length(2);
    for (let i = 0; i < 10_000; i++) {
      t.add(`tenant${i}.events.*`, i);
      t.add(`orders.eu${i}.created`, i);
      t.add(`**.t${i}`, i);
    }
    const after: MatchStats = { visited: 0 };
    expect(t.match('orders.eu.created', after)).to.have.length(2);
    // the 10,000 `**.tN` subscriptions hang off one root `**` node that every topic visits; nothing else is added
    expect(after.visited).to.be.at.most(before.visited + 4);
    expect(after.visited).to.be.below(20);
  });

  it('remembers the matches of at most matchCacheEntries topics, and none after the index changes', () => {
    const t = new TopicTrie<number>({ matchCacheEntries: 3 });
    t.add('a.*', 1);
    const first = t.match('a.x');
    expect(t.match('a.x')).to.equal(first); // the same array: remembered
    for (const x of ['b', 'c', 'd', 'e']) t.match(`a.${x}`);
    expect(t.cachedMatches).to.be.at.most(3);
    t.add('a.x', 2);
    expect(t.cachedMatches).to.equal(0);
    expect([...t.match('a.x')].sort()).to.deep.equal([1, 2]);
    t.remove(1);
    expect(t.cachedMatches).to.equal(0);
    expect([...t.match('a.x')]).to.deep.equal([2]);
    const none = new TopicTrie<number>({ matchCacheEntries: 0 });
    none.add('a.*', 1);
    none.match('a.x');
    expect(none.cachedMatches).to.equal(0);
  });

  it('still refuses an invalid topic whose matches would be remembered', () => {
    const t = new TopicTrie<number>();
    t.add('**', 1);
    expect(() => t.match('a..b')).to.throw(/invalid topic/);
    expect(() => t.match('a..b')).to.throw(/invalid topic/);
    expect(t.cachedMatches).to.equal(0);
  });
});
