/**
 * `macula-cluster`: a dispatch table of commands. Each command parses its own flags strictly
 * (an unknown command or flag is a usage error, exit 64). `down`, `status`, `scale` and `fault`
 * talk to the running root over the control socket; `events` reads events.jsonl.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { hoistCommand } from '../../config/argv.js';
import { resolvePaths } from '../../config/index.js';
import { MaculaError } from '../../errors/index.js';
import { EXIT_OK, EXIT_USAGE, FAULT_HOWS, TEST_FAULTS_ENV } from '../constants.js';
import { controlRequest } from '../ControlClient.js';
import { socketIsLive } from '../ControlServer.js';
import { controlSocketPath, packageRoot } from '../paths.js';
import { descriptionFromWire } from '../wire.js';
import { followEvents } from './events.js';
import { formatTree } from './format.js';
import { formatMesh, meshLine, type MeshSummary } from './meshFormat.js';
import { COMMAND_USAGE, MAIN_USAGE } from './help.js';
import { runUp } from './up.js';

export interface CliIo {
  env: NodeJS.ProcessEnv;
  out: (text: string) => void;
  err: (text: string) => void;
}

type Command = (args: string[], io: CliIo) => Promise<number>;

const ADDRESS = {
  'data-dir': { type: 'string' },
  'runtime-dir': { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const satisfies ParseArgsConfig['options'];

/** Flags every command takes, accepted before the command too (`macula-cluster --data-dir D status`). */
const GLOBAL_FLAGS = { withValue: new Set(['data-dir', 'runtime-dir']), booleans: new Set(['--help', '-h']) };

const DOWN_WAIT_MS = 60_000;
const DOWN_POLL_MS = 50;

function usageError(command: string, message: string): MaculaError {
  return new MaculaError('usage', `macula-cluster ${command}: ${message}\n\n${COMMAND_USAGE[command] ?? MAIN_USAGE}`);
}

function parse<O extends ParseArgsConfig['options']>(command: string, args: string[], options: O, positionals = 0) {
  try {
    const parsed = parseArgs({ args, options: { ...ADDRESS, ...options }, strict: true, allowPositionals: positionals > 0 });
    if (parsed.positionals.length > positionals) throw new Error(`unexpected argument ${parsed.positionals[positionals]}`);
    return parsed;
  } catch (err) {
    throw usageError(command, (err as Error).message);
  }
}

function socketOf(values: Record<string, unknown>, env: NodeJS.ProcessEnv): string {
  const { runtimeDir } = resolvePaths({ dataDir: values['data-dir'] as string | undefined, runtimeDir: values['runtime-dir'] as string | undefined, env });
  return controlSocketPath(runtimeDir);
}

function version(): string {
  const pkg = JSON.parse(readFileSync(join(packageRoot(), 'package.json'), 'utf8')) as { version: string };
  return pkg.version;
}

const help = (command: string): Command => async (_args, io) => {
  io.out(COMMAND_USAGE[command] ?? MAIN_USAGE);
  return EXIT_OK;
};

const commands: Record<string, Command> = {
  up: (args, io) => runUp(args, io, version()),

  down: async (args, io) => {
    const { values } = parse('down', args, {});
    if (values.help) return help('down')(args, io);
    const path = socketOf(values, io.env);
    const res = await controlRequest(path, { down: {} });
    io.out(`${res.ok?.message ?? 'stopping'}\n`);
    const deadline = Date.now() + DOWN_WAIT_MS;
    while (Date.now() < deadline && (await socketIsLive(path))) await new Promise((r) => setTimeout(r, DOWN_POLL_MS));
    io.out('stopped\n');
    return EXIT_OK;
  },

  status: async (args, io) => {
    const { values } = parse('status', args, { json: { type: 'boolean' } });
    if (values.help) return help('status')(args, io);
    const res = await controlRequest(socketOf(values, io.env), { status: {} });
    const s = res.status!;
    const tree = descriptionFromWire(s.tree ?? {});
    const mesh = JSON.parse(s.meshJson || '{}') as MeshSummary;
    if (values.json) {
      const bootstrap = s.bootstrapUrl ? { bootstrapUrl: s.bootstrapUrl } : {};
      io.out(`${JSON.stringify({ nodeId: s.nodeId, realm: s.realm, pid: s.pid, startedAt: s.startedAt, ready: s.ready, bound: s.bound, services: s.services ?? {}, ...bootstrap, mesh, tree })}\n`);
    } else {
      const quic = s.bound?.quic ? `  quic quic://${s.bound.quic}` : '';
      io.out(`node ${s.nodeId}  realm ${s.realm}  ${s.ready ? 'ready' : 'NOT READY'}${quic}${s.bound?.health ? `  health http://${s.bound.health}` : ''}\n`);
      io.out(`${meshLine(mesh, s.bootstrapUrl ?? '')}\n`);
      io.out('\n');
      io.out(formatTree(tree, Date.now(), s.services ?? {}));
    }
    return EXIT_OK;
  },

  mesh: async (args, io) => {
    const { values } = parse('mesh', args, { json: { type: 'boolean' } });
    if (values.help) return help('mesh')(args, io);
    const res = await controlRequest(socketOf(values, io.env), { mesh: {} });
    const detail = JSON.parse(res.mesh?.json || '{}') as Record<string, unknown>;
    io.out(values.json ? `${JSON.stringify(detail)}\n` : formatMesh(detail, Date.now()));
    return EXIT_OK;
  },

  events: async (args, io) => {
    const { values } = parse('events', args, { json: { type: 'boolean' }, follow: { type: 'boolean', short: 'f' } });
    if (values.help) return help('events')(args, io);
    const { runtimeDir } = resolvePaths({ dataDir: values['data-dir'], runtimeDir: values['runtime-dir'], env: io.env });
    return followEvents(runtimeDir, { json: values.json === true, follow: values.follow === true, socket: controlSocketPath(runtimeDir) }, io);
  },

  scale: async (args, io) => {
    const { values, positionals } = parse('scale', args, {}, 1);
    if (values.help) return help('scale')(args, io);
    const m = /^([a-z0-9_-]+)=(\d+)$/.exec(positionals[0] ?? '');
    if (!m) throw usageError('scale', `expected peers=N or <service>=N, got ${positionals[0] ?? 'nothing'}`);
    const res = await controlRequest(socketOf(values, io.env), { scale: { what: m[1], count: Number(m[2]) } });
    const { started, stopped } = res.scale ?? {};
    io.out(`${m[1]}=${m[2]}${started?.length ? `  started ${started.join(', ')}` : ''}${stopped?.length ? `  stopped ${stopped.join(', ')}` : ''}\n`);
    return EXIT_OK;
  },

  version: async (args, io) => {
    parse('version', args, {});
    io.out(`macula-cluster ${version()}\n`);
    return EXIT_OK;
  },

  help: async (args, io) => {
    const topic = args[0];
    if (topic && !(topic in COMMAND_USAGE && topic in commandsFor(io.env))) throw usageError('help', `unknown command ${topic}`);
    io.out(topic ? (COMMAND_USAGE[topic] as string) : MAIN_USAGE);
    return EXIT_OK;
  },
};

/** Hidden, test-only: exists only when MACULA_TEST_FAULTS=1. */
const fault: Command = async (args, io) => {
  const { values, positionals } = parse('fault', args, { how: { type: 'string' } }, 1);
  if (values.help) return help('fault')(args, io);
  if (!positionals[0]) throw usageError('fault', 'missing target');
  const how = (values.how as string | undefined) ?? '';
  if (how !== '' && !(FAULT_HOWS as readonly string[]).includes(how)) throw usageError('fault', `--how must be one of ${FAULT_HOWS.join(', ')}`);
  const res = await controlRequest(socketOf(values, io.env), { fault: { target: positionals[0], how } });
  io.out(`${res.ok?.message ?? 'ok'}\n`);
  return EXIT_OK;
};

function commandsFor(env: NodeJS.ProcessEnv): Record<string, Command> {
  return env[TEST_FAULTS_ENV] === '1' ? { ...commands, fault } : commands;
}

/** Run one CLI invocation; resolves with the exit code. */
export async function runCli(argv: string[], io: CliIo): Promise<number> {
  if (argv[0] === '--version' || argv[0] === '-V') return commands.version!([], io);
  let name: string | undefined;
  let rest: string[];
  try {
    ({ command: name, args: rest } = hoistCommand(argv, GLOBAL_FLAGS, 'macula-cluster'));
  } catch (err) {
    return reportError(err, io);
  }
  if (name === undefined) {
    if (rest.includes('--help') || rest.includes('-h')) {
      io.out(MAIN_USAGE);
      return EXIT_OK;
    }
    io.err(MAIN_USAGE);
    return EXIT_USAGE;
  }
  const command = Object.hasOwn(commandsFor(io.env), name) ? commandsFor(io.env)[name] : undefined;
  try {
    if (!command) throw new MaculaError('usage', `macula-cluster: unknown command ${JSON.stringify(name)}\n\n${MAIN_USAGE}`);
    return await command(rest, io);
  } catch (err) {
    return reportError(err, io);
  }
}

export function reportError(err: unknown, io: CliIo): number {
  const e = MaculaError.wrap(err);
  io.err(`${e.message}\n`);
  return exitCodeOf(e);
}

export function exitCodeOf(e: MaculaError): number {
  if (e.code === 'usage') return EXIT_USAGE;
  if (e.code === 'invalid_config' || e.code === 'unknown_config_key' || e.code === 'identity_error') return 78;
  if (e.code === 'not_running') return 69;
  return 1;
}
