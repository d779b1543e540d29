/**
 * `macula`: the application-side CLI over the SDK — a dispatch table of commands, each parsing
 * its own flags strictly (unknown command or flag: usage error, exit 64). Results go to stdout
 * as JSON, diagnostics to stderr as `macula: …`; the exit code names the error (exitCodes.ts).
 * The SDK (QUIC, protobuf, key generation) is imported only by commands that connect, so
 * `--help` and usage errors answer fast.
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { packageRoot } from '../../cluster/paths.js';
import { hoistCommand, positionalsAfterFlags } from '../../config/argv.js';
import { MaculaError } from '../../errors/index.js';
import { DEFAULT_REALM } from '../../protocol/constants.js';
import { validatePattern, validateQueue, validateTopic } from '../../pubsub/validate.js';
import { validateProcedure } from '../../rpc/validate.js';
import { DEFAULT_URL, MAX_CALL_TIMEOUT_MS } from '../constants.js';
import type { MaculaClient } from '../MaculaClient.js';
import type { ClientOptions, Message } from '../types.js';
import { DEFAULT_EXEC_CONCURRENCY, DEFAULT_EXEC_TIMEOUT_MS, execHandler } from './exec.js';
import { EXIT_INTERRUPTED, EXIT_OK, EXIT_USAGE, exitCodeFor } from './exitCodes.js';
import { COMMAND_USAGE, MAIN_USAGE } from './help.js';
import { asLimitError, checkPayload } from './limits.js';
import { faithfulJson, gatewayUrl, nodeId, wholeNumber } from './values.js';

export interface CliIo {
  env: NodeJS.ProcessEnv;
  out: (text: string) => void;
  err: (text: string) => void;
  /** Resolves when the user asks to stop (SIGINT/SIGTERM). */
  interrupted: Promise<void>;
  readStdin: () => Promise<string>;
}

type Command = (args: string[], io: CliIo) => Promise<number>;

const GLOBAL = {
  url: { type: 'string' },
  realm: { type: 'string' },
  'node-id': { type: 'string' },
  timeout: { type: 'string' },
  cert: { type: 'string' },
  key: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const satisfies ParseArgsConfig['options'];

type Values = Record<string, string | boolean | undefined>;

/** Global flags, accepted before the command too (`macula --url X pub …`). */
const GLOBAL_FLAGS = {
  withValue: new Set(Object.entries(GLOBAL).filter(([, o]) => o.type === 'string').map(([k]) => k)),
  booleans: new Set(['--help', '-h']),
};
/** Largest number a count-like flag takes (--count, --concurrency). */
const MAX_COUNT = 1_000_000;

function usage(command: string, message: string): MaculaError {
  return new MaculaError('usage', `macula ${command}: ${message}\n\n${COMMAND_USAGE[command] ?? MAIN_USAGE}`);
}

function parse(command: string, args: string[], options: ParseArgsConfig['options'], positionals: { min: number; max: number }) {
  let parsed;
  const all = { ...GLOBAL, ...options };
  const withValue = new Set(Object.entries(all).filter(([, o]) => o?.type === 'string').map(([k]) => k));
  try {
    parsed = parseArgs({ args: positionalsAfterFlags(args, withValue), options: all, strict: true, allowPositionals: true });
  } catch (err) {
    throw usage(command, (err as Error).message);
  }
  const values = parsed.values as Values;
  if (values.help) return { values, positionals: parsed.positionals, help: true };
  if (parsed.positionals.length < positionals.min) throw usage(command, 'missing argument');
  if (parsed.positionals.length > positionals.max) throw usage(command, `unexpected argument ${JSON.stringify(parsed.positionals[positionals.max])}`);
  return { values, positionals: parsed.positionals, help: false };
}

/** A whole number flag in [1, max]; `dflt` when absent. */
function positiveInt(command: string, flag: string, raw: string | boolean | undefined, dflt: number, max = MAX_COUNT, unit = 'items'): number {
  if (raw === undefined) return dflt;
  try {
    return wholeNumber(`--${flag}`, String(raw), 1, max, unit);
  } catch (err) {
    throw usage(command, (err as Error).message);
  }
}

async function jsonArg(text: string, io: CliIo): Promise<unknown> {
  return faithfulJson(text === '-' ? await io.readStdin() : text);
}

function clientOptions(command: string, values: Values, env: NodeJS.ProcessEnv, longRunning: boolean): { url: string; options: ClientOptions } {
  const rawUrl = values.url as string | undefined;
  const url = gatewayUrl(rawUrl ?? env.MACULA_URL ?? DEFAULT_URL, rawUrl !== undefined ? '--url' : env.MACULA_URL !== undefined ? 'MACULA_URL' : 'the default URL');
  const timeoutMs = values.timeout === undefined ? undefined : positiveInt(command, 'timeout', values.timeout, 0, MAX_CALL_TIMEOUT_MS, 'milliseconds');
  if ((values.cert === undefined) !== (values.key === undefined)) throw usage(command, '--cert and --key go together');
  const pinned = values['node-id'] === undefined ? undefined : nodeId(values['node-id'] as string);
  return {
    url,
    options: {
      realm: (values.realm as string | undefined) ?? env.MACULA_REALM ?? DEFAULT_REALM,
      expectedNodeId: pinned,
      identity: values.cert === undefined ? undefined : { certPath: values.cert as string, keyPath: values.key as string },
      name: `macula-cli-${command}`,
      reconnect: longRunning ? {} : false,
      callTimeoutMs: timeoutMs,
      requestTimeoutMs: timeoutMs,
      connectTimeoutMs: timeoutMs === undefined ? undefined : Math.min(timeoutMs, 5_000),
    },
  };
}

/** Connect, run, always close. */
async function withClient(command: string, values: Values, io: CliIo, longRunning: boolean, run: (c: MaculaClient) => Promise<number>): Promise<number> {
  const { url, options } = clientOptions(command, values, io.env, longRunning);
  const { connect } = await import('../connect.js');
  const client = await connect(url, options);
  if (longRunning) {
    client.on('disconnected', (e) => io.err(`macula: disconnected${e ? `: ${e.message}` : ''}; reconnecting\n`));
    client.on('error', (e) => io.err(`macula: ${e.code}: ${e.message}\n`));
  }
  try {
    // One-shot commands stop at SIGINT/SIGTERM with 130; long-running ones handle it themselves.
    return await (longRunning ? run(client) : Promise.race([run(client), io.interrupted.then(() => EXIT_INTERRUPTED)]));
  } finally {
    await client.close();
  }
}

const encoderB64 = (data: Uint8Array): string => Buffer.from(data.buffer, data.byteOffset, data.byteLength).toString('base64');

function messageLine(m: Message): string {
  try {
    return JSON.stringify({ topic: m.topic, data: m.data.length === 0 ? null : m.json() });
  } catch {
    return JSON.stringify({ topic: m.topic, data: encoderB64(m.data), encoding: 'base64' });
  }
}

const commands: Record<string, Command> = {
  async pub(args, io) {
    const { values, positionals, help } = parse('pub', args, { 'no-ack': { type: 'boolean' } }, { min: 2, max: 2 });
    if (help) return out(io, COMMAND_USAGE.pub!);
    const [topic, json] = positionals as [string, string];
    validateTopic(topic);
    const data = await jsonArg(json, io);
    checkPayload('the message', data);
    return withClient('pub', values, io, false, async (client) => {
      await client.publish(topic, data, { ack: values['no-ack'] !== true }).catch((err: unknown) => {
        throw asLimitError(err, 'the message', data);
      });
      return EXIT_OK;
    });
  },

  async sub(args, io) {
    const { values, positionals, help } = parse('sub', args, { count: { type: 'string' }, queue: { type: 'string' } }, { min: 1, max: 1 });
    if (help) return out(io, COMMAND_USAGE.sub!);
    const pattern = positionals[0]!;
    validatePattern(pattern);
    const queue = values.queue === undefined ? undefined : validateQueue(values.queue);
    const count = values.count === undefined ? Infinity : positiveInt('sub', 'count', values.count, 1, MAX_COUNT, 'messages');
    return withClient('sub', values, io, true, async (client) => {
      const sub = await client.subscribe(pattern, queue === undefined ? {} : { queue });
      io.err(`macula: subscribed to ${pattern}${queue === undefined ? '' : ` in queue group ${queue}`}\n`);
      let seen = 0;
      const stop = io.interrupted.then(() => sub.unsubscribe());
      for await (const m of sub) {
        io.out(`${messageLine(m)}\n`);
        if (++seen >= count) break;
      }
      void stop;
      return EXIT_OK;
    });
  },

  async call(args, io) {
    const { values, positionals, help } = parse('call', args, { node: { type: 'string' } }, { min: 1, max: 2 });
    if (help) return out(io, COMMAND_USAGE.call!);
    const procedure = positionals[0]!;
    validateProcedure(procedure);
    let target: string | undefined;
    try {
      target = values.node === undefined ? undefined : nodeId(values.node as string, '--node');
    } catch (err) {
      throw usage('call', (err as Error).message);
    }
    const callArgs = positionals[1] === undefined ? undefined : await jsonArg(positionals[1], io);
    checkPayload('the call args', callArgs);
    return withClient('call', values, io, false, async (client) => {
      const result = await (target === undefined ? client.call(procedure, callArgs) : client.callTo(target, procedure, callArgs)).catch((err: unknown) => {
        throw asLimitError(err, 'the call args', callArgs);
      });
      io.out(`${JSON.stringify(result ?? null)}\n`);
      return EXIT_OK;
    });
  },

  async serve(args, io) {
    const { values, positionals, help } = parse(
      'serve',
      args,
      { echo: { type: 'boolean' }, exec: { type: 'string' }, concurrency: { type: 'string' }, 'exec-timeout': { type: 'string' } },
      { min: 1, max: 1 },
    );
    if (help) return out(io, COMMAND_USAGE.serve!);
    const procedure = positionals[0]!;
    validateProcedure(procedure);
    if ((values.echo === true) === (values.exec !== undefined)) throw usage('serve', 'give exactly one of --echo or --exec "<command>"');
    const handler =
      values.echo === true
        ? (a: unknown) => a
        : execHandler({
            command: values.exec as string,
            concurrency: positiveInt('serve', 'concurrency', values.concurrency, DEFAULT_EXEC_CONCURRENCY, MAX_COUNT, 'commands'),
            timeoutMs: positiveInt('serve', 'exec-timeout', values['exec-timeout'], DEFAULT_EXEC_TIMEOUT_MS, MAX_CALL_TIMEOUT_MS, 'milliseconds'),
          });
    return withClient('serve', values, io, true, async (client) => {
      await client.advertise(procedure, handler);
      io.err(`macula: serving ${procedure}\n`);
      await io.interrupted;
      await client.unadvertise(procedure);
      return EXIT_OK;
    });
  },

  async run(args, io) {
    const { values, positionals, help } = parse('run', args, {}, { min: 1, max: 1 });
    if (help) return out(io, COMMAND_USAGE.run!);
    let mod: unknown;
    try {
      mod = await import(pathToFileURL(resolve(positionals[0]!)).href);
    } catch (cause) {
      throw new MaculaError('invalid_config', `cannot load service module ${positionals[0]}: ${(cause as Error).message}`, { cause });
    }
    return withClient('run', values, io, true, async (client) => {
      const { runService } = await import('../ServiceRunner.js');
      const stop = await runService(client, mod);
      io.err(`macula: running ${positionals[0]} (procedures: ${client.advertisements.join(', ') || '-'}; subscriptions: ${client.subscriptions.map((s) => s.pattern).join(', ') || '-'})\n`);
      await io.interrupted;
      await stop();
      return EXIT_OK;
    });
  },

  async info(args, io) {
    const { values, help } = parse('info', args, {}, { min: 0, max: 0 });
    if (help) return out(io, COMMAND_USAGE.info!);
    return withClient('info', values, io, false, async (client) => {
      const result = await client.call('com.macula.diagnostics.info', {});
      io.out(`${JSON.stringify(result, null, 2)}\n`);
      return EXIT_OK;
    });
  },
};

function out(io: CliIo, text: string): number {
  io.out(text);
  return EXIT_OK;
}

/** The package version (`macula --version`). */
export function packageVersion(): string {
  return (JSON.parse(readFileSync(join(packageRoot(), 'package.json'), 'utf8')) as { version: string }).version;
}

/** Run the CLI; returns the exit code (never throws). */
export async function runCli(argv: string[], io: CliIo): Promise<number> {
  try {
    if (argv[0] === '--version' || argv[0] === '-V' || argv[0] === 'version') return out(io, `macula ${packageVersion()}\n`);
    const { command: name, args: rest } = hoistCommand(argv, GLOBAL_FLAGS, 'macula');
    if (name === undefined || name === 'help') {
      if (name === 'help' && rest[0] !== undefined && COMMAND_USAGE[rest[0]] !== undefined) return out(io, COMMAND_USAGE[rest[0]]!);
      return out(io, MAIN_USAGE);
    }
    const command = Object.hasOwn(commands, name) ? commands[name] : undefined;
    if (command === undefined) {
      io.err(`macula: unknown command ${JSON.stringify(name)} (commands: ${Object.keys(commands).join(', ')}; see macula --help)\n`);
      return EXIT_USAGE;
    }
    return await command(rest, io);
  } catch (err) {
    const e = MaculaError.wrap(err);
    io.err(e.code === 'usage' ? `${e.message.startsWith('macula') ? '' : 'macula: '}${e.message}\n` : `macula: ${e.code}: ${e.message}\n`);
    return exitCodeFor(e.code);
  }
}

/** Read all of stdin as text. */
export function readStdinText(): Promise<string> {
  return new Promise((resolve, reject) => {
    let text = '';
    process.stdin.setEncoding('utf8');
    process.stdin.on('data', (d: string) => (text += d));
    process.stdin.once('end', () => resolve(text));
    process.stdin.once('error', reject);
  });
}

