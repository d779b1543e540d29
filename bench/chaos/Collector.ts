/**
 * What the clients observed: every operation (per client process, kept while a fault may still
 * need it), running totals per operation kind, the latest state of each subscription, and the
 * violations clients report themselves (a duplicate delivery, an operation open past its
 * deadline) or that their reports show (an operation that settled only past its deadline).
 */
import type { ClientReport, Op, SubState } from './protocol.js';

export interface OpTotals {
  ok: number;
  failed: number;
  /** error code → count */
  codes: Record<string, number>;
  maxDurationMs: number;
}

export interface ClientFinding {
  at: number;
  tag: string;
  kind: 'duplicate' | 'unsettled' | 'settled_late' | 'sdk' | 'client_exit';
  message: string;
}

/** Connection events kept per client process. */
const MAX_CONN_EVENTS = 200;
/** SDK findings kept in full (the rest are counted). */
const MAX_KEPT_FINDINGS = 200;

export class Collector {
  readonly totals = new Map<string, OpTotals>();
  readonly findings: ClientFinding[] = [];
  readonly findingCounts: Record<ClientFinding['kind'], number> = { duplicate: 0, unsettled: 0, settled_late: 0, sdk: 0, client_exit: 0 };
  private readonly ops = new Map<string, Op[]>();
  /** Connection events per client process (the latest MAX_CONN_EVENTS). */
  private readonly conn = new Map<string, Array<[number, string, string]>>();
  private readonly subs = new Map<string, SubState[]>();
  /** Totals of subscriptions of clients that are gone (their last report). */
  private readonly finalSubs = new Map<string, SubState[]>();

  constructor(private readonly settleBoundMs: number) {}

  add(tag: string, r: ClientReport): void {
    switch (r.t) {
      case 'report': {
        let list = this.ops.get(tag);
        if (list === undefined) this.ops.set(tag, (list = []));
        for (const op of r.ops) {
          list.push(op);
          this.count(tag, op);
        }
        this.subs.set(tag, r.subs);
        break;
      }
      case 'dup':
        this.find({ at: r.at, tag, kind: 'duplicate', message: `${r.pattern}: message ${r.seq} of ${r.publisher} delivered twice` });
        break;
      case 'unsettled':
        this.find({ at: r.at, tag, kind: 'unsettled', message: `${r.what} started at ${new Date(r.start).toISOString()} still open after ${Math.round(r.ageMs)} ms` });
        break;
      case 'conn': {
        let list = this.conn.get(tag);
        if (list === undefined) this.conn.set(tag, (list = []));
        list.push([r.at, r.event, r.detail]);
        if (list.length > MAX_CONN_EVENTS) list.shift();
        break;
      }
      case 'sdk':
        this.find({ at: r.at, tag, kind: 'sdk', message: `${r.code}: ${r.message}` });
        break;
      default:
        break;
    }
  }

  find(f: ClientFinding): void {
    this.findingCounts[f.kind]++;
    if (f.kind !== 'sdk' || this.findings.filter((x) => x.kind === 'sdk').length < MAX_KEPT_FINDINGS) this.findings.push(f);
  }

  private count(tag: string, [what, start, d, e]: Op): void {
    let t = this.totals.get(what);
    if (t === undefined) this.totals.set(what, (t = { ok: 0, failed: 0, codes: {}, maxDurationMs: 0 }));
    if (e === '') t.ok++;
    else {
      t.failed++;
      t.codes[e] = (t.codes[e] ?? 0) + 1;
    }
    t.maxDurationMs = Math.max(t.maxDurationMs, d);
    if (d > this.settleBoundMs) this.find({ at: start + d, tag, kind: 'settled_late', message: `${what} took ${Math.round(d)} ms (bound ${this.settleBoundMs} ms)` });
  }

  /** Operations of one client process, in report order. */
  opsOf(tag: string): readonly Op[] {
    return this.ops.get(tag) ?? [];
  }

  /** Connection events of a client between two times. */
  connOf(tag: string, from: number, to: number): Array<[number, string, string]> {
    return (this.conn.get(tag) ?? []).filter(([at]) => at >= from && at <= to);
  }

  subsOf(tag: string): readonly SubState[] {
    return this.subs.get(tag) ?? [];
  }

  /** A client is gone: keep its subscriptions' totals, drop its operations. */
  retire(tag: string): void {
    const s = this.subs.get(tag);
    if (s !== undefined) this.finalSubs.set(tag, s);
    this.subs.delete(tag);
    this.ops.delete(tag);
    this.conn.delete(tag);
  }

  /** Forget operations that ended before `before` (no fault window reaches back that far). */
  prune(before: number): void {
    for (const [tag, list] of this.ops) {
      const keep = list.filter(([, s, d]) => s + d >= before);
      this.ops.set(tag, keep);
    }
  }

  /** Messages received and missing over every subscription of every client. */
  deliveries(): { received: number; missing: number } {
    let received = 0;
    let missing = 0;
    for (const list of [...this.subs.values(), ...this.finalSubs.values()]) {
      for (const [, r, , m] of list) {
        received += r;
        missing += m;
      }
    }
    return { received, missing };
  }
}
