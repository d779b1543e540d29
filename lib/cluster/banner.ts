/**
 * The startup banner (seed: "Beautiful startup banner displays configuration"): version, node id,
 * realm, listeners, data dir, who may do what (the access default or the rules, and a loud
 * warning when the node listens beyond loopback with no permissions) and the live supervision
 * tree drawn like the seed's visual tree, with the OS pid of every process. Plain text (no escape codes at all) unless `color`.
 */
import type { ChildDescription, Strategy } from '../supervisor/types.js';

export interface BannerOptions {
  version: string;
  nodeId: string;
  realm: string;
  /** QUIC listener, e.g. `0.0.0.0:9443`. */
  quic: string;
  /** Health listener, e.g. `http://0.0.0.0:8080`. */
  health: string;
  dataDir: string;
  /** The configured bootstrap_url (the node joins the mesh through it; `macula-cluster mesh` shows how far). */
  bootstrap?: string;
  /** Services run as peers, e.g. `echo ×2 (peer1, peer2)`; the line is left out when absent. */
  services?: string;
  /** Who may do what on this node (lib/auth accessSummary): the stated default or the rules. */
  access?: string;
  /** Shown loudly under the fields (e.g. the exposure warning of a node with no permissions listening beyond loopback). */
  warnings?: string[];
  /** Root's children, nested, with pids (root's describe()). */
  tree: ChildDescription[];
  color: boolean;
  /** @default process.pid */
  rootPid?: number;
  /** @default 'macula_root' */
  rootId?: string;
  /** @default 'one_for_one' */
  rootStrategy?: Strategy;
}

type Paint = (text: string) => string;
interface Palette { title: Paint; label: Paint; id: Paint; kind: Paint; pid: Paint; line: Paint; warn: Paint }

const sgr = (code: string): Paint => (text) => `\u001b[${code}m${text}\u001b[0m`;
const COLORS: Palette = {
  title: sgr('1;36'), label: sgr('2'), id: sgr('1'), kind: sgr('33'), pid: sgr('32'), line: sgr('2'), warn: sgr('1;31'),
};
const identity: Paint = (t) => t;
const PLAIN: Palette = { title: identity, label: identity, id: identity, kind: identity, pid: identity, line: identity, warn: identity };

export function renderBanner(options: BannerOptions): string {
  const p = options.color ? COLORS : PLAIN;
  const title = `Macula v${options.version} — node up`;
  const width = title.length + 4;
  const lines: string[] = [
    p.line(`╭${'─'.repeat(width)}╮`),
    `${p.line('│')}  ${p.title(title)}  ${p.line('│')}`,
    p.line(`╰${'─'.repeat(width)}╯`),
  ];
  const fields: Array<[string, string]> = [
    ['Node ID', options.nodeId],
    ['Realm', options.realm],
    ['QUIC', options.quic],
    ['Health', options.health],
    ['Data dir', options.dataDir],
  ];
  fields.push(['Mesh', options.bootstrap ? `joining through ${options.bootstrap} (macula-cluster mesh shows its contacts)` : 'a seed node (no bootstrap_url): other nodes join through this one']);
  if (options.services) fields.push(['Services', options.services]);
  if (options.access) fields.push(['Access', options.access]);
  for (const [label, value] of fields) lines.push(...wrap(value, WRAP_COLUMNS).map((part, i) => `  ${p.label((i === 0 ? label : '').padEnd(9))} ${part}`));
  for (const warning of options.warnings ?? []) {
    lines.push('');
    lines.push(...wrap(warning, WRAP_COLUMNS).map((part, i) => `  ${p.warn((i === 0 ? 'WARNING' : '').padEnd(9))} ${p.warn(part)}`));
  }
  lines.push('');
  const rootPid = options.rootPid ?? process.pid;
  lines.push(`  ${p.id(options.rootId ?? 'macula_root')} ${p.kind(`[${options.rootStrategy ?? 'one_for_one'}]`)} ${p.pid(`pid ${rootPid}`)}`);
  drawChildren(options.tree, '  ', rootPid, p, lines);
  return `${lines.join('\n')}\n`;
}

/** Longest field value on one banner line before it wraps, in characters. */
const WRAP_COLUMNS = 96;

/** `text` broken at spaces into lines of at most `width` characters (a longer word stays whole). */
function wrap(text: string, width: number): string[] {
  const out: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    if (line !== '' && line.length + 1 + word.length > width) {
      out.push(line);
      line = word;
    } else {
      line = line === '' ? word : `${line} ${word}`;
    }
  }
  out.push(line);
  return out;
}

function drawChildren(children: readonly ChildDescription[], prefix: string, parentPid: number | undefined, p: Palette, out: string[]): void {
  children.forEach((child, i) => {
    const last = i === children.length - 1;
    out.push(`${prefix}${p.line(last ? '└── ' : '├── ')}${describe(child, parentPid, p)}`);
    if (child.children !== undefined && child.children.length > 0) {
      drawChildren(child.children, `${prefix}${p.line(last ? '    ' : '│   ')}`, child.pid ?? parentPid, p, out);
    }
  });
}

function describe(child: ChildDescription, parentPid: number | undefined, p: Palette): string {
  const kind = child.type === 'supervisor' ? `[${child.strategy ?? 'supervisor'}]` : '(worker)';
  const parts = [p.id(child.id), p.kind(kind)];
  // In-process workers share their OS process's pid: print a pid only where a new process starts.
  if (child.pid !== undefined && child.pid !== parentPid) parts.push(p.pid(`pid ${child.pid}`));
  if (child.state !== 'running') parts.push(p.warn(child.state));
  if (child.restarts > 0) parts.push(p.warn(`restarts ${child.restarts}`));
  return parts.join(' ');
}
