/**
 * Procedure → providers. Several providers may serve one procedure; a call picks an ordered list
 * of distinct candidates (the first one plus failover backups) by `round_robin` or `random`.
 * Re-advertising upserts (refreshes TTL and metadata), like upstream's provider records upserted
 * by node id. Bounded in procedures and providers per procedure; expired advertisements are
 * skipped at once and freed by pruneExpired().
 */
import { MaculaError } from '../errors/index.js';
import {
  DEFAULT_ADVERTISE_TTL_MS, DEFAULT_SELECTION, MAX_ADVERTISE_TTL_MS, MAX_PROCEDURES, MAX_PROVIDERS_PER_PROCEDURE,
} from './constants.js';
import type { ProviderId, Registration, SelectionStrategy } from './types.js';
import { validateProcedure } from './validate.js';

export interface ProviderRegistryOptions {
  /** @default DEFAULT_SELECTION ('random') */
  selection?: SelectionStrategy;
  /** @default MAX_PROCEDURES */
  maxProcedures?: number;
  /** @default MAX_PROVIDERS_PER_PROCEDURE */
  maxProvidersPerProcedure?: number;
  /** Source of randomness in [0, 1) for `random`. @default Math.random */
  random?: () => number;
  /** Clock for TTLs. @default Date.now */
  now?: () => number;
}

export interface AdvertiseOptions {
  /** @default DEFAULT_ADVERTISE_TTL_MS, clamped to MAX_ADVERTISE_TTL_MS */
  ttlMs?: number;
  metadata?: Record<string, string>;
}

interface Entry {
  /** Providers in advertisement order (round-robin order). */
  order: ProviderId[];
  byProvider: Map<ProviderId, Registration>;
  cursor: number;
}

export class ProviderRegistry {
  readonly selection: SelectionStrategy;
  readonly #entries = new Map<string, Entry>();
  readonly #procsOf = new Map<ProviderId, Set<string>>();
  readonly #maxProcedures: number;
  readonly #maxProviders: number;
  readonly #random: () => number;
  readonly #now: () => number;
  #registrations = 0;

  constructor(options: ProviderRegistryOptions = {}) {
    this.selection = options.selection ?? DEFAULT_SELECTION;
    this.#maxProcedures = options.maxProcedures ?? MAX_PROCEDURES;
    this.#maxProviders = options.maxProvidersPerProcedure ?? MAX_PROVIDERS_PER_PROCEDURE;
    this.#random = options.random ?? Math.random;
    this.#now = options.now ?? Date.now;
  }

  /** Procedures with at least one registration. */
  get procedureCount(): number {
    return this.#entries.size;
  }

  /** Registrations (procedure, provider pairs). */
  get registrationCount(): number {
    return this.#registrations;
  }

  /**
   * Register `providerId` for `procedure`, or refresh its registration. Throws `invalid_procedure`,
   * `too_many_procedures` or `too_many_providers`.
   */
  advertise(procedure: string, providerId: ProviderId, options: AdvertiseOptions = {}): Registration {
    validateProcedure(procedure);
    const now = this.#now();
    const ttl = Math.min(options.ttlMs || DEFAULT_ADVERTISE_TTL_MS, MAX_ADVERTISE_TTL_MS);
    let entry = this.#entries.get(procedure);
    const existing = entry?.byProvider.get(providerId);
    if (existing !== undefined) {
      // the record is shared with its owner (the provider's session): refresh it in place
      existing.metadata = { ...(options.metadata ?? existing.metadata) };
      existing.expiresAtMs = now + ttl;
      return existing;
    }
    if (entry === undefined) {
      if (this.#entries.size >= this.#maxProcedures) {
        throw new MaculaError('too_many_procedures', `procedure limit reached (${this.#maxProcedures})`, { details: { procedure, limit: this.#maxProcedures } });
      }
      entry = { order: [], byProvider: new Map(), cursor: 0 };
      this.#entries.set(procedure, entry);
    } else if (entry.order.length >= this.#maxProviders) {
      throw new MaculaError('too_many_providers', `provider limit of ${procedure} reached (${this.#maxProviders})`, { details: { procedure, limit: this.#maxProviders } });
    }
    const reg: Registration = { procedure, providerId, metadata: { ...(options.metadata ?? {}) }, registeredAtMs: now, expiresAtMs: now + ttl };
    this.#insert(entry, reg);
    return reg;
  }

  /**
   * Index a registration another registry created (its owner keeps it across an RPC restart):
   * the same record, not a copy. Expired ones are skipped (returns false). Bounds apply.
   */
  restore(reg: Registration): boolean {
    if (reg.expiresAtMs <= this.#now()) return false;
    let entry = this.#entries.get(reg.procedure);
    if (entry?.byProvider.has(reg.providerId)) {
      entry.byProvider.set(reg.providerId, reg);
      return true;
    }
    if (entry === undefined) {
      if (this.#entries.size >= this.#maxProcedures) {
        throw new MaculaError('too_many_procedures', `procedure limit reached (${this.#maxProcedures})`, { details: { procedure: reg.procedure, limit: this.#maxProcedures } });
      }
      entry = { order: [], byProvider: new Map(), cursor: 0 };
      this.#entries.set(reg.procedure, entry);
    } else if (entry.order.length >= this.#maxProviders) {
      throw new MaculaError('too_many_providers', `provider limit of ${reg.procedure} reached (${this.#maxProviders})`, { details: { procedure: reg.procedure, limit: this.#maxProviders } });
    }
    this.#insert(entry, reg);
    return true;
  }

  #insert(entry: Entry, reg: Registration): void {
    const { procedure, providerId } = reg;
    entry.order.push(providerId);
    entry.byProvider.set(providerId, reg);
    let procs = this.#procsOf.get(providerId);
    if (procs === undefined) this.#procsOf.set(providerId, (procs = new Set()));
    procs.add(procedure);
    this.#registrations++;
  }

  /** Withdraw one registration. Returns false if there was none. */
  unadvertise(procedure: string, providerId: ProviderId): boolean {
    const entry = this.#entries.get(procedure);
    if (entry === undefined || !entry.byProvider.delete(providerId)) return false;
    const i = entry.order.indexOf(providerId);
    entry.order.splice(i, 1);
    if (entry.cursor > i) entry.cursor--;
    if (entry.order.length === 0) this.#entries.delete(procedure);
    const procs = this.#procsOf.get(providerId)!;
    procs.delete(procedure);
    if (procs.size === 0) this.#procsOf.delete(providerId);
    this.#registrations--;
    return true;
  }

  /** Withdraw every registration of a provider (it disconnected). Returns the procedures it served. */
  removeProvider(providerId: ProviderId): string[] {
    const procs = [...(this.#procsOf.get(providerId) ?? [])];
    for (const p of procs) this.unadvertise(p, providerId);
    return procs;
  }

  /** True if `providerId` holds a live registration for `procedure`. */
  isProvider(procedure: string, providerId: ProviderId): boolean {
    const reg = this.#entries.get(procedure)?.byProvider.get(providerId);
    return reg !== undefined && reg.expiresAtMs > this.#now();
  }

  /** True if anyone holds a live registration for `procedure`. */
  hasProviders(procedure: string): boolean {
    const entry = this.#entries.get(procedure);
    if (entry === undefined) return false;
    const now = this.#now();
    for (const reg of entry.byProvider.values()) if (reg.expiresAtMs > now) return true;
    return false;
  }

  /** Live registrations of a procedure, in advertisement order. */
  providersOf(procedure: string): Registration[] {
    const entry = this.#entries.get(procedure);
    if (entry === undefined) return [];
    const now = this.#now();
    return entry.order.map((p) => entry.byProvider.get(p)!).filter((r) => r.expiresAtMs > now);
  }

  /** Procedures a provider serves. */
  proceduresOf(providerId: ProviderId): string[] {
    return [...(this.#procsOf.get(providerId) ?? [])];
  }

  /**
   * Up to `count` distinct live providers for one call, best first: the first is the pick of the
   * selection strategy, the rest are failover backups. Empty when nobody serves the procedure.
   */
  select(procedure: string, count: number): ProviderId[] {
    const entry = this.#entries.get(procedure);
    if (entry === undefined || count <= 0) return [];
    const now = this.#now();
    const live = entry.order.filter((p) => entry.byProvider.get(p)!.expiresAtMs > now);
    if (live.length === 0) return [];
    const n = Math.min(count, live.length);
    if (this.selection === 'round_robin') {
      const start = entry.cursor % live.length;
      entry.cursor = (start + 1) % live.length;
      return Array.from({ length: n }, (_, k) => live[(start + k) % live.length]!);
    }
    // partial Fisher–Yates: n distinct uniform picks
    for (let k = 0; k < n; k++) {
      const j = k + Math.floor(this.#random() * (live.length - k));
      [live[k], live[j]] = [live[j]!, live[k]!];
    }
    return live.slice(0, n);
  }

  /** Free expired registrations. Returns how many were removed. */
  pruneExpired(): number {
    const now = this.#now();
    const expired: Array<[string, ProviderId]> = [];
    for (const [procedure, entry] of this.#entries) {
      for (const [p, reg] of entry.byProvider) if (reg.expiresAtMs <= now) expired.push([procedure, p]);
    }
    for (const [procedure, p] of expired) this.unadvertise(procedure, p);
    return expired.length;
  }

  /** Drop everything. */
  clear(): void {
    this.#entries.clear();
    this.#procsOf.clear();
    this.#registrations = 0;
  }
}
