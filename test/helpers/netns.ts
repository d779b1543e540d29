/**
 * Network namespaces for mesh tests (../shared/MESH.md §6): one router namespace R and one
 * namespace per host, each joined to R by a veth pair (host i is 10.231.i.2, its gateway
 * 10.231.i.1 in R, R forwards). Faults are made in R so they are silent, as on a real network:
 * `block(a, b)` drops what R would forward between two hosts (an `ip rule … blackhole` each way:
 * sends succeed, nothing arrives), `partition(h)` blackholes one host's address in R and
 * `heal(h)` removes it. Needs root and iproute2; `requireNetns` skips without them, except under
 * CI=true, where it fails naming what is missing. Everything is removed by `destroy()` (deleting a
 * namespace deletes its veth ends), also after a failed setup.
 */
import { spawnSync } from 'node:child_process';
import { hasTool } from './tools.js';

const SUBNET = '10.231';

function ip(args: string[]): void {
  const r = spawnSync('ip', args, { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`ip ${args.join(' ')} failed (${r.status}): ${r.stderr.trim()}`);
}

/** Call in a before hook: skip (or, under CI=true, fail) unless this process may create namespaces. */
export function requireNetns(ctx: Mocha.Context): void {
  const missing: string[] = [];
  if (process.getuid?.() !== 0) missing.push('root (network namespaces need CAP_SYS_ADMIN: run as root, as CI does)');
  if (!hasTool('ip')) missing.push('ip (Debian package iproute2: apt-get install iproute2; npm test installs it as root)');
  if (missing.length === 0) return;
  const what = `network namespace tests need ${missing.join(' and ')}`;
  if (process.env.CI === 'true') throw new Error(`CI: ${what}`);
  console.warn(`    SKIPPED: ${what}`);
  ctx.skip();
}

export class Netns {
  /** Namespace names, unique to this test process. */
  readonly router: string;
  readonly #hosts: string[] = [];
  readonly #prefix: string;

  constructor(readonly count: number) {
    this.#prefix = `mac${process.pid}`;
    this.router = `${this.#prefix}r`;
  }

  /** The namespace of host i (1-based). */
  ns(i: number): string {
    return `${this.#prefix}h${i}`;
  }

  /** The address of host i (1-based). */
  addr(i: number): string {
    return `${SUBNET}.${i}.2`;
  }

  create(): this {
    try {
      ip(['netns', 'add', this.router]);
      ip(['-n', this.router, 'link', 'set', 'lo', 'up']);
      for (let i = 1; i <= this.count; i++) {
        const ns = this.ns(i);
        const outer = `${this.#prefix}v${i}`;
        const inner = `${this.#prefix}p${i}`;
        ip(['netns', 'add', ns]);
        this.#hosts.push(ns);
        ip(['link', 'add', outer, 'type', 'veth', 'peer', 'name', inner]);
        ip(['link', 'set', outer, 'netns', this.router]);
        ip(['link', 'set', inner, 'netns', ns]);
        ip(['-n', this.router, 'addr', 'add', `${SUBNET}.${i}.1/24`, 'dev', outer]);
        ip(['-n', this.router, 'link', 'set', outer, 'up']);
        ip(['-n', ns, 'addr', 'add', `${this.addr(i)}/24`, 'dev', inner]);
        ip(['-n', ns, 'link', 'set', inner, 'up']);
        ip(['-n', ns, 'link', 'set', 'lo', 'up']);
        ip(['-n', ns, 'route', 'add', 'default', 'via', `${SUBNET}.${i}.1`]);
      }
      const r = spawnSync('ip', ['netns', 'exec', this.router, 'sh', '-c', 'echo 1 > /proc/sys/net/ipv4/ip_forward'], { encoding: 'utf8' });
      if (r.status !== 0) throw new Error(`enabling forwarding in ${this.router} failed: ${r.stderr}`);
    } catch (err) {
      this.destroy();
      throw err;
    }
    return this;
  }

  /** R stops forwarding between hosts a and b, both ways, silently. */
  block(a: number, b: number): void {
    ip(['-n', this.router, 'rule', 'add', 'from', this.addr(a), 'to', this.addr(b), 'blackhole']);
    ip(['-n', this.router, 'rule', 'add', 'from', this.addr(b), 'to', this.addr(a), 'blackhole']);
  }

  /** Nothing reaches host i any more (what it sends is lost on the way back too: no answer arrives). */
  partition(i: number): void {
    ip(['-n', this.router, 'route', 'add', 'blackhole', `${this.addr(i)}/32`]);
  }

  heal(i: number): void {
    ip(['-n', this.router, 'route', 'del', 'blackhole', `${this.addr(i)}/32`]);
  }

  /** Argv running `argv` inside host i's namespace. */
  exec(i: number, argv: string[]): [string, string[]] {
    return ['ip', ['netns', 'exec', this.ns(i), ...argv]];
  }

  destroy(): void {
    for (const ns of [...this.#hosts.splice(0), this.router]) spawnSync('ip', ['netns', 'del', ns], { stdio: 'ignore' });
  }

  /** Namespaces of this process still present (a test checks none is left). */
  leftovers(): string[] {
    const r = spawnSync('ip', ['netns', 'list'], { encoding: 'utf8' });
    return (r.stdout ?? '').split('\n').map((l) => l.split(' ')[0]!).filter((n) => n.startsWith(this.#prefix));
  }
}
