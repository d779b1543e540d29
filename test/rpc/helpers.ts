/**
 * An in-process stand-in for the gateway's connections: providers with scripted behaviour,
 * callers that record their answers. No network, no mocking library: just the two functions
 * CallRouter is built on.
 */
import { CallRouter, ProviderRegistry, type CallReply, type CallRouterOptions, type Invocation } from '../../lib/rpc/index.js';

export type Behaviour = 'echo' | 'silent' | 'throws' | 'unreachable' | { delayMs: number };

export interface Harness {
  router: CallRouter;
  registry: ProviderRegistry;
  /** Invocations each provider received, in order. */
  received: Map<string, Invocation[]>;
  /** Replies each caller received. */
  replies: Map<string, CallReply[]>;
  behaviour: Map<string, Behaviour>;
  /** Resolves with the next reply to `caller`. */
  nextReply(caller: string): Promise<CallReply>;
}

const enc = new TextEncoder();

export function harness(options: Partial<CallRouterOptions> = {}, providers: Record<string, Behaviour> = {}): Harness {
  const registry = options.registry ?? new ProviderRegistry({ selection: 'round_robin' });
  const received = new Map<string, Invocation[]>();
  const replies = new Map<string, CallReply[]>();
  const waiters = new Map<string, Array<(r: CallReply) => void>>();
  const behaviour = new Map<string, Behaviour>(Object.entries(providers));
  const h: Harness = {
    registry, received, replies, behaviour,
    router: undefined as unknown as CallRouter,
    nextReply(caller) {
      return new Promise((resolve) => {
        const list = waiters.get(caller) ?? [];
        list.push(resolve);
        waiters.set(caller, list);
      });
    },
  };
  h.router = new CallRouter({
    registry,
    ...options,
    sendInvocation(provider, inv) {
      const b = behaviour.get(provider) ?? 'echo';
      if (b === 'unreachable') throw new Error(`${provider} is gone`);
      received.set(provider, [...(received.get(provider) ?? []), inv]);
      const answer = () => {
        if (b === 'throws') h.router.onInvocationError(provider, inv.invocationId, { message: `boom from ${provider}` });
        else h.router.onYield(provider, inv.invocationId, enc.encode(`${provider}:${new TextDecoder().decode(inv.args)}`));
      };
      if (b === 'silent') return;
      if (typeof b === 'object') setTimeout(answer, b.delayMs);
      else setImmediate(answer);
    },
    replyToCaller(caller, reply) {
      replies.set(caller, [...(replies.get(caller) ?? []), reply]);
      waiters.get(caller)?.shift()?.(reply);
    },
  });
  for (const p of Object.keys(providers)) registry.advertise('svc.work', p);
  return h;
}

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
export const text = (b: Uint8Array) => new TextDecoder().decode(b);
export const args = (s: string) => enc.encode(s);
