/**
 * Micro-bench of the permission checks the broker will make (not a test: nothing is asserted).
 * Run: `npx tsx test/auth/bench.ts` (under the shared lock). Prints ns per check, median of
 * ROUNDS rounds, for the publish hot path (cache hit, cache miss, fast path), subscribe pattern
 * checks, and grantFor at a client's admission — with no rules, with 100 rules of which two
 * apply, and with 100 rules that all apply to one client.
 */
import { createHash } from 'node:crypto';
import { PermissionPolicy, parsePermissions, type Action, type Grant } from '../../lib/auth/index.js';

const ROUNDS = 7;
const id = (n: string) => createHash('sha256').update(n).digest('hex');
const NODE = id('node');
const CLIENT = id('client-7');

function nsPerOp(iterations: number, body: (i: number) => unknown): number {
  const samples: number[] = [];
  let sink = 0;
  for (let r = 0; r < ROUNDS; r++) {
    const t0 = process.hrtime.bigint();
    for (let i = 0; i < iterations; i++) if (body(i) !== undefined) sink++;
    samples.push(Number(process.hrtime.bigint() - t0) / iterations);
  }
  if (sink < 0) console.log(sink);
  return samples.sort((a, b) => a - b)[Math.floor(ROUNDS / 2)]!;
}

/** 100 rules, one identity each; the bench client has one of them, plus one "*" rule. */
function hundredRules(): unknown {
  const rules: unknown[] = Array.from({ length: 99 }, (_, i) => ({
    identity: id(`client-${i}`),
    publish: { allow: [`orders.r${i}.*`, 'shared.**'], deny: [`orders.r${i}.secret`] },
    subscribe: { allow: [`orders.r${i}.**`, 'public.**'], deny: [`orders.r${i}.audit.**`] },
    call: [`svc.r${i}.*`],
  }));
  rules.push({ identity: '*', call: ['com.macula.diagnostics.*'], subscribe: ['public.**'] });
  return { rules };
}

/** 100 "*" rules, each with its own patterns: every client's grant is their union. */
function hundredApplying(): unknown {
  return { rules: Array.from({ length: 100 }, (_, i) => ({ identity: '*', publish: { allow: [`orders.r${i}.*`, `t${i}.**.x`], deny: [`orders.r${i}.secret`] }, subscribe: { allow: [`orders.r${i}.**`], deny: [`orders.r${i}.audit`] } })) };
}

function grant(permissions: unknown, who = CLIENT, cacheEntries?: number): Grant {
  const p = new PermissionPolicy({ nodeId: NODE, listenHost: '127.0.0.1', permissions: permissions === undefined ? undefined : parsePermissions(permissions), decisionCacheEntries: cacheEntries });
  return p.grantFor({ nodeId: who, realm: 'macula.default', remoteAddress: '127.0.0.1' });
}

const rows: Array<[string, number]> = [];
const row = (name: string, ns: number) => rows.push([name, ns]);
const N = 1_000_000;

const base = new Map([['orders.r7.eu', 1]]);
row('baseline: one Map.get on the topic', nsPerOp(N, () => base.get('orders.r7.eu')));

const check = (g: Grant, action: Action, names: readonly string[]) => (i: number) => g.check(action, names[i % names.length]!);
const hot = ['orders.r7.eu'];
const many = Array.from({ length: 4096 }, (_, i) => `orders.r7.n${i}`);

row('publish, node identity (every name allowed: no lookup)', nsPerOp(N, check(grant(undefined, NODE), 'publish', hot)));
row('publish, no permissions, loopback client, cached topic', nsPerOp(N, check(grant(undefined), 'publish', hot)));
row('publish, 100 rules (2 apply), cached topic', nsPerOp(N, check(grant(hundredRules()), 'publish', hot)));
row('publish, 100 rules (2 apply), 4096 topics (cache misses: trie walk)', nsPerOp(N / 4, check(grant(hundredRules()), 'publish', many)));
row('publish, 100 rules (all apply), cached topic', nsPerOp(N, check(grant(hundredApplying()), 'publish', hot)));
row('publish, 100 rules (all apply), 4096 topics (cache misses: trie walk)', nsPerOp(N / 4, check(grant(hundredApplying()), 'publish', many)));
row('publish refused (permission_denied built), 100 rules, cached', nsPerOp(N / 10, check(grant(hundredRules()), 'publish', ['orders.r8.eu'])));

// all allowed (a refusal's cost is the MaculaError it builds, measured above)
const subs = ['orders.r7.eu.**', 'orders.r7.eu', 'public.*'];
for (const s of subs) if (!grant(hundredRules()).allows('subscribe', s)) throw new Error(`bench sample ${s} is refused`);
row('subscribe pattern, 100 rules (2 apply), cached', nsPerOp(N, check(grant(hundredRules()), 'subscribe', subs)));
row('subscribe pattern, 100 rules (2 apply), uncached (containment + overlap search)', nsPerOp(20_000, check(grant(hundredRules(), CLIENT, 0), 'subscribe', subs)));
row('subscribe pattern, 100 rules (all apply), uncached', nsPerOp(2_000, check(grant(hundredApplying(), CLIENT, 0), 'subscribe', subs)));

const policy = new PermissionPolicy({ nodeId: NODE, listenHost: '0.0.0.0', permissions: parsePermissions(hundredRules()) });
row('grantFor at admission, 100 rules, compiled union cached', nsPerOp(N / 10, () => policy.grantFor({ nodeId: CLIENT, realm: 'macula.default', remoteAddress: '10.0.0.1' })));
const ids = Array.from({ length: 99 }, (_, i) => id(`client-${i}`));
// a table of one compiled union and a new identity each time: every grantFor compiles
const compiling = new PermissionPolicy({ nodeId: NODE, listenHost: '0.0.0.0', permissions: parsePermissions(hundredRules()), maxCachedGrants: 1 });
row('grantFor at admission, 100 rules, first time (compiles the union)', nsPerOp(10_000, (i) => compiling.grantFor({ nodeId: ids[i % ids.length]!, realm: 'macula.default', remoteAddress: '10.0.0.1' })));
const config = JSON.stringify(hundredRules());
row('parse + compile the policy at gateway start, 100 rules', nsPerOp(200, () => new PermissionPolicy({ nodeId: NODE, listenHost: '0.0.0.0', permissions: parsePermissions(JSON.parse(config)) })));

const width = Math.max(...rows.map(([n]) => n.length));
for (const [name, ns] of rows) console.log(`${name.padEnd(width)}  ${ns >= 1000 ? `${(ns / 1000).toFixed(1)} µs` : `${ns.toFixed(0)} ns`}`);
console.log(JSON.stringify({ bench: 'auth-permissions', node: process.version, ns_per_op: Object.fromEntries(rows.map(([n, v]) => [n, Math.round(v)])) }));
