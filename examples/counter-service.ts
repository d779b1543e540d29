/**
 * Example service with state: counts the events published under demo.events.** and serves the
 * count. A factory, so every run (every peer process, every test) starts from zero.
 *
 *   macula pub demo.events.click '{}'   (a few times)
 *   macula call demo.counter.get        → {"total":3,"byTopic":{"demo.events.click":3}}
 *   macula call demo.counter.reset      → {"previous":3}   (and publishes demo.counter.was_reset)
 */
import { defineService } from '../lib/index.js';

export interface CounterSnapshot {
  total: number;
  byTopic: Record<string, number>;
}

export default defineService(() => {
  let total = 0;
  const byTopic = new Map<string, number>();
  return {
    name: 'counter',
    subscriptions: {
      'demo.events.**': (message) => {
        total++;
        byTopic.set(message.topic, (byTopic.get(message.topic) ?? 0) + 1);
      },
    },
    procedures: {
      'demo.counter.get': (): CounterSnapshot => ({ total, byTopic: Object.fromEntries(byTopic) }),
      'demo.counter.reset': async (_args: unknown, ctx) => {
        const previous = total;
        total = 0;
        byTopic.clear();
        await ctx.publish('demo.counter.was_reset', { previous });
        return { previous };
      },
    },
  };
});
