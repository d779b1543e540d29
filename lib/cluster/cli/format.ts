/** Human renderings for the CLI: the live tree as `pm2 ls` would show it. */
import type { ChildDescription } from '../../supervisor/index.js';

export function formatUptime(ms: number): string {
  const s = Math.max(0, Math.floor(ms / 1000));
  if (s < 60) return `${s}s`;
  if (s < 3600) return `${Math.floor(s / 60)}m${s % 60}s`;
  if (s < 86400) return `${Math.floor(s / 3600)}h${Math.floor((s % 3600) / 60)}m`;
  return `${Math.floor(s / 86400)}d${Math.floor((s % 86400) / 3600)}h`;
}

export function formatBytes(bytes: number | undefined): string {
  if (!bytes) return '';
  return bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${(bytes / 1024).toFixed(0)} KB`;
}

interface Row {
  name: string;
  service: string;
  strategy: string;
  pid: string;
  state: string;
  restarts: string;
  uptime: string;
  memory: string;
}

function rows(node: ChildDescription, prefix: string, childPrefix: string, now: number, out: Row[], services: Record<string, string>): void {
  out.push({
    name: `${prefix}${node.id}`,
    service: services[node.id] ?? '',
    strategy: node.strategy ?? (node.type === 'worker' ? 'worker' : ''),
    pid: node.pid !== undefined ? String(node.pid) : '-',
    state: node.state,
    restarts: String(node.restarts),
    uptime: node.startedAt ? formatUptime(now - node.startedAt) : '-',
    memory: formatBytes(node.memory),
  });
  const kids = node.children ?? [];
  kids.forEach((child, i) => {
    const last = i === kids.length - 1;
    rows(child, `${childPrefix}${last ? '└─ ' : '├─ '}`, `${childPrefix}${last ? '   ' : '│  '}`, now, out, services);
  });
}

/** `services`: peer<N> → the service it runs; the column shows only when some peer runs one. */
export function formatTree(tree: ChildDescription, now = Date.now(), services: Record<string, string> = {}): string {
  const out: Row[] = [];
  rows(tree, '', '', now, out, services);
  const header: Row = { name: 'name', service: 'service', strategy: 'strategy', pid: 'pid', state: 'state', restarts: 'restarts', uptime: 'uptime', memory: 'memory' };
  const all = [header, ...out];
  const cols = (Object.keys(header) as Array<keyof Row>).filter((c) => c !== 'service' || Object.keys(services).length > 0);
  const width = Object.fromEntries(cols.map((c) => [c, Math.max(...all.map((r) => [...r[c]].length))])) as Record<keyof Row, number>;
  return all.map((r) => cols.map((c) => r[c] + ' '.repeat(width[c] - [...r[c]].length)).join('  ').trimEnd()).join('\n') + '\n';
}
