/**
 * The gateway's QUIC transport on /metrics: the endpoint's stats() (lib/transport) read at each
 * scrape. Counters count since the QUIC listener (re)started: a quic_server restart opens a new
 * endpoint whose counts begin at zero, which Prometheus's rate()/increase() read as a counter reset.
 * Dropped and refused packets carry a `reason` label, so one query shows why traffic was refused.
 */
import { Counter, Gauge, type Registry } from 'prom-client';
import type { EndpointStats } from '../transport/types.js';
import { METRIC_PREFIX } from './constants.js';

const P = `${METRIC_PREFIX}transport_`;

/** stats() fields behind each labelled counter: name → help → label → field. */
const COUNTERS: ReadonlyArray<{ name: string; help: string; label: string; fields: Record<string, keyof EndpointStats> }> = [
  { name: 'datagrams_total', help: 'UDP datagrams, by direction.', label: 'direction', fields: { in: 'datagramsIn', out: 'datagramsOut' } },
  { name: 'bytes_total', help: 'UDP payload bytes, by direction.', label: 'direction', fields: { in: 'bytesIn', out: 'bytesOut' } },
  {
    name: 'datagrams_dropped_total',
    help: 'Datagrams dropped unprocessed, by reason: garbage (not QUIC), unknown_connection, invalid (quiche refused it), invalid_initial (junk or a bad retry token), handshake_limit (MAX_HANDSHAKES in progress).',
    label: 'reason',
    fields: { garbage: 'droppedGarbage', unknown_connection: 'droppedUnknownConnection', invalid: 'droppedInvalid', invalid_initial: 'droppedInvalidInitial', handshake_limit: 'droppedHandshakeLimit' },
  },
  {
    name: 'connections_total',
    help: 'Connections by event: accepted, initiated, closed, refused (over the limit or failed verification), handshake_timeout, silent_peer (dropped for answering nothing).',
    label: 'event',
    fields: { accepted: 'connectionsAccepted', initiated: 'connectionsInitiated', closed: 'connectionsClosed', refused: 'connectionsRefused', handshake_timeout: 'handshakesTimedOut', silent_peer: 'peersSilentDropped' },
  },
  { name: 'packets_sent_total', help: 'Stateless packets sent, by kind.', label: 'kind', fields: { retry: 'retriesSent', version_negotiation: 'versionNegotiationsSent' } },
  {
    name: 'stateless_resets_total',
    help: 'Stateless resets: sent (for connections this listener does not hold), rate_limited (not sent), received (closed one of our connections).',
    label: 'event',
    fields: { sent: 'statelessResetsSent', rate_limited: 'statelessResetsRateLimited', received: 'statelessResetsReceived' },
  },
  { name: 'graceful_closes_forced_total', help: 'Graceful closes that stopped waiting (deadline or silent peer) and dropped what was queued.', label: '', fields: { '': 'gracefulClosesForced' } },
  { name: 'streams_reset_bad_frame_total', help: 'Streams reset because of an oversized or malformed frame.', label: '', fields: { '': 'streamsResetBadFrame' } },
  { name: 'socket_errors_total', help: 'UDP socket errors.', label: '', fields: { '': 'socketErrors' } },
];

const GAUGES: ReadonlyArray<{ name: string; help: string; field: keyof EndpointStats }> = [
  { name: 'connections', help: 'QUIC connections held now (verified or handshaking).', field: 'connections' },
  { name: 'handshakes_in_progress', help: 'Server handshakes holding native state now (bounded by MAX_HANDSHAKES).', field: 'handshakesInProgress' },
  { name: 'native_connections', help: 'Native quiche connections not yet freed (freed when V8 collects them).', field: 'nativeConnections' },
];

/** Register the transport series on `registry`; `read` returns the listener's stats, undefined while it is stopped. */
export function registerTransportMetrics(registry: Registry, read: () => EndpointStats | undefined): void {
  for (const c of COUNTERS) {
    const labelNames = c.label === '' ? [] : [c.label];
    new Counter({
      name: P + c.name,
      help: c.help,
      labelNames,
      registers: [registry],
      collect() {
        this.reset();
        const st = read();
        if (st === undefined) return;
        for (const [value, field] of Object.entries(c.fields)) {
          if (c.label === '') this.inc(st[field]);
          else this.inc({ [c.label]: value }, st[field]);
        }
      },
    });
  }
  for (const g of GAUGES) {
    new Gauge({
      name: P + g.name,
      help: g.help,
      registers: [registry],
      collect() {
        const st = read();
        if (st === undefined) this.reset();
        else this.set(st[g.field]);
      },
    });
  }
}
