/**
 * `macula-cluster up` flags: parsed strictly with node:util parseArgs (an unknown flag, a
 * missing value or a stray positional is a `usage` error, exit 64). UP_USAGE is the help text;
 * a test checks it names every flag in UP_OPTIONS.
 *
 * Services: `--service name=./path.js` (repeatable). Instances: either `name=./path.js:N`, or
 * `--instances N` after the `--service` it applies to (before it is allowed only when there is
 * exactly one `--service`). Giving both forms for one service is a usage error.
 */
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { MaculaError } from '../errors/index.js';
import { KEYS } from './keys.js';

export const UP_OPTIONS = {
  config: { type: 'string' },
  'quic-port': { type: 'string' },
  'quic-host': { type: 'string' },
  'health-port': { type: 'string' },
  'health-host': { type: 'string' },
  realm: { type: 'string' },
  'bootstrap-url': { type: 'string' },
  'data-dir': { type: 'string' },
  'runtime-dir': { type: 'string' },
  'cert-path': { type: 'string' },
  'key-path': { type: 'string' },
  peers: { type: 'string' },
  'advertise-host': { type: 'string' },
  'peer-restart': { type: 'string' },
  'log-level': { type: 'string' },
  'log-format': { type: 'string' },
  service: { type: 'string', multiple: true },
  instances: { type: 'string', multiple: true },
  help: { type: 'boolean', short: 'h' },
} as const satisfies ParseArgsConfig['options'];

const KNOWN_KEYS = [...KEYS.map((k) => k.key), 'services'];

function wrap(words: readonly string[], width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const w of words) {
    const next = line === '' ? w : `${line}, ${w}`;
    if (next.length > width && line !== '') {
      lines.push(`${line},`);
      line = w;
    } else line = next;
  }
  if (line !== '') lines.push(line);
  return lines;
}

/** One line per key that only the file or the environment sets. */
function settingsWithoutFlag(): string {
  return KEYS.filter((k) => k.flag === undefined && k.env !== undefined)
    .map((k) => `  ${k.key.padEnd(29)}[${k.env!.join(', ')}${k.default === undefined ? '' : `; ${String(k.default)}`}]`)
    .join('\n');
}

export const UP_USAGE = `Usage: macula-cluster up [options]

Start a Macula node: the root supervisor and its OS processes (routing, bootstrap, gateway, peers).
Precedence: flag > environment variable > config file > default.

Options:
  --config FILE          JSON config file (keys below; see docs/SECURITY.md for the trust
                         keys); relative paths are relative to the file
  --quic-port N          QUIC listener port, 0 = any free port   [MACULA_QUIC_PORT, GATEWAY_PORT; 9443]
  --quic-host H          QUIC listener address                   [MACULA_QUIC_HOST; 0.0.0.0]
  --health-port N        health HTTP port, 0 = any free port     [HEALTH_PORT; 8080]
  --health-host H        health HTTP address                     [MACULA_HEALTH_HOST; 0.0.0.0]
  --realm R              realm, reverse-DNS style                [MACULA_REALM; macula.default]
  --bootstrap-url U      nodes to join a mesh through: quic:// or https:// URLs, comma-separated,
                         each optionally ?node_id=<64 hex> (else trusted on first use)
                                                                 [MACULA_BOOTSTRAP_URL; none: a seed node]
  --data-dir D           identity and state                      [MACULA_DATA_DIR; $XDG_DATA_HOME/macula,
                         ~/.local/share/macula, /var/lib/macula as root under systemd]
  --runtime-dir D        control socket and runtime files        [MACULA_RUNTIME_DIR; DATA_DIR/run]
  --cert-path P          TLS certificate (with --key-path)       [MACULA_CERT_PATH; generated in DATA_DIR]
  --key-path P           TLS private key (with --cert-path)      [MACULA_KEY_PATH; generated in DATA_DIR]
  --advertise-host H     host other nodes reach this one at      [MACULA_ADVERTISE_HOST; quic-host, or
                         this machine's first non-loopback IPv4 when quic-host is 0.0.0.0]
  --peers N              bare peer processes, 0–1000             [0]
  --peer-restart T       restart type of every peer process: permanent, transient or
                         temporary (upstream's per-connection peers) [MACULA_PEER_RESTART; permanent]
  --service NAME=PATH[:N]
                         run the service module PATH as N peer processes (repeatable; default N = 1)
  --instances N          instances of the preceding --service (same as PATH:N)
  --log-level L          trace, debug, info, warn, error, fatal,  [MACULA_LOG_LEVEL; info]
                         silent (every process of the node)
  --log-format F         auto (readable lines on a terminal,       [MACULA_LOG_FORMAT; auto]
                         else JSON lines), json, pretty
  -h, --help             show this help

Config file keys: ${wrap(KNOWN_KEYS, 100 - 18).join(`\n${' '.repeat(18)}`)}

Settings without a flag        [environment; default]
${settingsWithoutFlag()}

Exit status (a failed start prints one line: "macula_root failed to start: <why>: <what to change>"):
  0   stopped in order (SIGTERM, SIGINT or \`macula-cluster down\`)
  1   the tree gave up (more than 10 restarts within 5 s), or a process failed to start for
      another reason (no Ready within MACULA_READY_TIMEOUT_MS, a node already running with
      this runtime dir)
  64  usage error: unknown flag, missing value
  75  a port is in use: the QUIC (UDP) or health (TCP) port; choose another or stop its owner
  78  configuration: an invalid or unknown setting (MACULA_LOG_LEVEL included), a bind address
      this host does not have, certificate or key files missing or unreadable, a data or
      runtime dir that cannot be created or is a file, a service module that does not load
      or exports no service
`;

/** A `--service` as given on the command line, before validation. */
export interface RawServiceFlag {
  /** The flag's text, for error messages. */
  text: string;
  name: string;
  module: string;
  instances?: string;
}

export interface ParsedUpArgs {
  help: boolean;
  config?: string;
  /** Scalar flag values by flag name (`quic-port` → "0"). */
  values: Record<string, string>;
  services: RawServiceFlag[];
}

function usage(message: string, cause?: unknown): MaculaError {
  return new MaculaError('usage', `${message}\n\n${UP_USAGE}`, { cause, details: { usage: UP_USAGE } });
}

/** true when argv asks for help (the CLI prints UP_USAGE and exits 0 before loading config). */
export function isHelpRequest(argv: readonly string[]): boolean {
  return argv.includes('--help') || argv.includes('-h');
}

export function parseUpArgs(argv: readonly string[]): ParsedUpArgs {
  let parsed;
  try {
    parsed = parseArgs({ args: [...argv], options: UP_OPTIONS, strict: true, allowPositionals: false, tokens: true });
  } catch (err) {
    throw usage(`macula-cluster up: ${(err as Error).message}`, err);
  }
  const values: Record<string, string> = {};
  for (const spec of KEYS) {
    const v = spec.flag === undefined ? undefined : (parsed.values as Record<string, unknown>)[spec.flag];
    if (typeof v === 'string') values[spec.flag!] = v;
  }
  return {
    help: parsed.values.help === true,
    config: parsed.values.config,
    values,
    services: collectServices(parsed.tokens ?? []),
  };
}

type Token = { kind: string; name?: string; value?: string | undefined };

function collectServices(tokens: readonly Token[]): RawServiceFlag[] {
  const services: RawServiceFlag[] = [];
  const leadingInstances: string[] = [];
  for (const token of tokens) {
    if (token.kind !== 'option') continue;
    if (token.name === 'service') {
      services.push(splitService(token.value ?? ''));
    } else if (token.name === 'instances') {
      const value = token.value ?? '';
      const current = services.at(-1);
      if (current === undefined) {
        leadingInstances.push(value);
      } else {
        if (current.instances !== undefined) throw usage(`macula-cluster up: instances given twice for --service ${current.text}`);
        current.instances = value;
      }
    }
  }
  if (leadingInstances.length > 0) {
    if (services.length !== 1 || leadingInstances.length > 1) {
      throw usage('macula-cluster up: --instances must follow the --service it applies to (or use --service name=./path.js:N)');
    }
    const only = services[0]!;
    if (only.instances !== undefined) throw usage(`macula-cluster up: instances given twice for --service ${only.text}`);
    only.instances = leadingInstances[0];
  }
  return services;
}

function splitService(text: string): RawServiceFlag {
  const eq = text.indexOf('=');
  if (eq <= 0 || eq === text.length - 1) {
    throw usage(`macula-cluster up: --service expects NAME=PATH[:N], got "${text}"`);
  }
  const name = text.slice(0, eq);
  let module = text.slice(eq + 1);
  let instances: string | undefined;
  const m = /^(.*):(\d+)$/.exec(module);
  if (m !== null) {
    module = m[1]!;
    instances = m[2]!;
  }
  return { text, name, module, instances };
}
