import { expect } from 'chai';
import v8 from 'node:v8';
import vm from 'node:vm';
import { TopicTrie } from '../../lib/pubsub/index.js';

// Stated bound: 10,000 idle subscriptions (distinct 4-segment patterns, 3 new trie nodes and a
// small value object each) stay under 6 MiB of heap, i.e. < 630 bytes per subscription
// (measured ≈ 420 bytes on Node 20). The heap is measured after a full GC, enabled at run time
// so the test needs no --expose-gc flag.
const SUBSCRIPTIONS = 10_000;
const HEAP_BOUND_BYTES = 6 * 1024 * 1024;

v8.setFlagsFromString('--expose-gc');
const gc = vm.runInNewContext('gc') as () => void;
function heapUsed(): number {
  gc();
  gc();
  return process.memoryUsage().heapUsed;
}

describe('TopicTrie memory', () => {
  it(`holds ${SUBSCRIPTIONS.toLocaleString('en')} idle subscriptions under ${HEAP_BOUND_BYTES / 1024 / 1024} MiB, and frees them on remove`, () => {
    const trie = new TopicTrie<{ session: number }>();
    const before = heapUsed();
    const handles: number[] = [];
    for (let i = 0; i < SUBSCRIPTIONS; i++) handles.push(trie.add(`tenant-${i % 100}.device-${i}.*.reading`, { session: i }));
    const used = heapUsed() - before;
    expect(trie.size).to.equal(SUBSCRIPTIONS);
    expect(used, `${used} bytes for ${SUBSCRIPTIONS} subscriptions`).to.be.below(HEAP_BOUND_BYTES);
    for (const h of handles) trie.remove(h);
    expect(trie.nodeCount).to.equal(1);
  });
});
