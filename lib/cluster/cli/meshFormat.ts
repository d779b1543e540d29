/** How `macula-cluster status` and `macula-cluster mesh` print the mesh (lib/cluster/mesh.ts gathers it). */

export interface MeshSummary {
  joined?: boolean;
  seed?: boolean;
  contacts?: number;
  links?: number;
  bootstrap?: Array<{ url: string; nodeId: string | null }>;
  unavailable?: string;
}

/** One line for `status`. */
export function meshLine(m: MeshSummary, bootstrapUrl: string): string {
  if (m.unavailable !== undefined) return `mesh    unknown (${m.unavailable})`;
  const counts = `${m.contacts ?? 0} contacts, ${m.links ?? 0} links`;
  if (m.seed === true || bootstrapUrl === '') return `mesh    a seed node; ${counts}`;
  return m.joined === true ? `mesh    joined through ${bootstrapUrl}; ${counts}` : `mesh    joining through ${bootstrapUrl} (no bootstrap node answered yet); ${counts}`;
}

const ago = (ms: unknown): string => (typeof ms === 'number' ? (ms < 1000 ? `${ms} ms` : `${Math.round(ms / 1000)} s`) : '—');

function table(rows: string[][]): string {
  if (rows.length === 0) return '';
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => (r[i] ?? '').length)));
  return `${rows.map((r) => `  ${r.map((c, i) => c.padEnd(widths[i]!)).join('  ').trimEnd()}`).join('\n')}\n`;
}

/** The whole picture for `mesh`. */
export function formatMesh(d: Record<string, unknown>, now: number): string {
  const routing = (d.routing ?? {}) as Record<string, unknown>;
  const out: string[] = [];
  if (routing.unavailable !== undefined) out.push(`routing: unavailable (${String(routing.unavailable)})\n`);
  else if (routing.running !== true) out.push('routing: the DHT has not started yet (waiting for the gateway)\n');
  else out.push(`node ${String(d.nodeId)}  ${routing.seed === true ? 'seed node' : routing.joined === true ? 'joined' : 'joining'}  endpoint ${String(routing.endpoint)}\n`);
  const bootstrap = (routing.bootstrap as Array<{ url: string; nodeId: string | null }> | undefined) ?? [];
  for (const b of bootstrap) out.push(`bootstrap ${b.url}  ${b.nodeId === null ? '(not reached yet)' : `node ${b.nodeId.slice(0, 16)}…`}\n`);
  const contacts = (routing.contacts as Array<Record<string, unknown>> | undefined) ?? [];
  out.push(`\ncontacts (${contacts.length}):\n`);
  out.push(table([['NODE ID', 'ADDRESS', 'BUCKET', 'LAST SEEN', 'RTT'], ...contacts.map((c) => [String(c.nodeId).slice(0, 16), String(c.endpoint), String(c.bucket), `${ago(c.lastSeenAgoMs)} ago`, c.rttMs === null ? '—' : `${Math.round(Number(c.rttMs))} ms`])]));
  const links = Array.isArray(d.links) ? (d.links as Array<Record<string, unknown>>) : [];
  const direct = links.filter((l) => l.via === undefined);
  const relayed = links.filter((l) => l.via !== undefined);
  out.push(`\nlinks (${direct.length} direct, ${relayed.length} through relays):\n`);
  out.push(table([
    ['NODE ID', 'REACHED', 'ADDRESS', 'DIALLED BY', 'IDLE', 'PINNED'],
    ...direct.map((l) => [String(l.nodeId).slice(0, 16), 'directly', String(l.endpoint), l.initiator === 'local' ? 'this node' : 'the other', ago(now - Number(l.lastUsedMs)), l.pinned === true ? 'yes' : '']),
    ...relayed.map((l) => [String(l.nodeId).slice(0, 16), `via ${String(l.via).slice(0, 16)} (${String(l.hops)} hops)`, String(l.endpoint || '—'), l.initiator === 'local' ? 'this node' : 'the other', ago(now - Number(l.lastUsedMs)), l.pinned === true ? 'yes' : '']),
  ]));
  const routes = Array.isArray(d.routes) ? (d.routes as Array<{ nodeId: string; via: string; hops: number }>) : [];
  if (routes.length > 0) {
    out.push(`\nroutes through relays (${routes.length}):\n`);
    out.push(table([['NODE ID', 'NEXT HOP', 'HOPS'], ...routes.map((r) => [r.nodeId.slice(0, 16), r.via.slice(0, 16), String(r.hops)])]));
  }
  const cells = d.cells as { bits: number; cell: number; cells: number; designated: Array<{ realm: string; cell: number; nodeId: string }> } | null | undefined;
  if (cells != null && cells.bits > 0) {
    const into = new Set(cells.designated.map((c) => c.cell)).size;
    out.push(`\npub/sub cells (pubsub_cell_bits ${cells.bits}): this node is in cell ${cells.cell} of ${cells.cells}; interest held from ${into} other cell${into === 1 ? '' : 's'}:\n`);
    out.push(table([['CELL', 'REALM', 'THROUGH NODE'], ...cells.designated.map((c) => [String(c.cell), c.realm, c.nodeId.slice(0, 16)])]));
  }
  const r = (d.records ?? {}) as Record<string, unknown>;
  out.push(r.unavailable !== undefined ? `\nrecords: unavailable (${String(r.unavailable)})\n` : `\nrecords: ${r.records ?? 0} held under ${r.keys ?? 0} keys (stored ${r.stored ?? 0}, withdrawn ${r.withdrawn ?? 0}, expired ${r.expired ?? 0}, refused ${r.refused ?? 0})\n`);
  const h = (d.health ?? {}) as { healthy?: boolean; checks?: Record<string, { ok: boolean; detail: string }>; unavailable?: string };
  if (h.unavailable !== undefined) out.push(`health: unavailable (${h.unavailable})\n`);
  else out.push(`health: ${h.healthy === true ? 'healthy' : 'UNHEALTHY'}${Object.entries(h.checks ?? {}).map(([k, c]) => `\n  ${c.ok ? 'ok  ' : 'FAIL'} ${k}: ${c.detail}`).join('')}\n`);
  return out.join('');
}
