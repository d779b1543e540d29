/**
 * The structured-log factory: pino, one logger per process with the process name and node id
 * bound, children per component. Written synchronously to stderr so a line is never lost when a
 * process exits at once (as children do when root dies).
 *
 * Two formats (MACULA_LOG_FORMAT, `up --log-format`): JSON lines for machines, and on a terminal
 * readable lines made by pino-pretty (its synchronous stream, same guarantee as the JSON one).
 */
import { pino, type Logger as PinoLogger, type DestinationStream } from 'pino';
import pinoPretty from 'pino-pretty';
import { MaculaError } from '../errors/index.js';
import {
  DEFAULT_LOG_FORMAT, DEFAULT_LOG_LEVEL, LOG_FORMATS, LOG_FORMAT_ENV, LOG_LEVELS, LOG_LEVEL_ENV, PRETTY_IGNORED_FIELDS,
  PRETTY_TIME_FORMAT, type LogFormat, type LogLevel,
} from './constants.js';

export type Logger = PinoLogger;

export interface LoggerOptions {
  /** Process or component name, bound as `name`. */
  name: string;
  /** Extra fields bound to every line (node id, realm). */
  bindings?: Record<string, unknown>;
  /** @default env MACULA_LOG_LEVEL or 'info' */
  level?: string;
  /** @default env MACULA_LOG_FORMAT or 'auto' (pretty on a terminal, else JSON) */
  format?: string;
  /** @default stderr, synchronous (the format then applies; a given destination gets JSON) */
  destination?: DestinationStream;
  env?: NodeJS.ProcessEnv;
  /** Whether stderr is a terminal, for format `auto`. @default process.stderr.isTTY */
  isTTY?: boolean;
}

export function isLogLevel(value: unknown): value is LogLevel {
  return typeof value === 'string' && (LOG_LEVELS as readonly string[]).includes(value);
}

export function isLogFormat(value: unknown): value is LogFormat {
  return typeof value === 'string' && (LOG_FORMATS as readonly string[]).includes(value);
}

/** `auto` made concrete: pretty on a terminal, JSON otherwise. */
export function resolveLogFormat(format: LogFormat, isTTY: boolean = process.stderr.isTTY === true): 'json' | 'pretty' {
  return format === 'auto' ? (isTTY ? 'pretty' : 'json') : format;
}

function checked<T extends string>(value: string, valid: (v: unknown) => v is T, what: string, allowed: readonly string[]): T {
  if (valid(value)) return value;
  throw new MaculaError('invalid_config', `invalid ${what} ${JSON.stringify(value)}: must be one of ${allowed.join(', ')}`, { details: { key: what, value } });
}

export function createLogger(options: LoggerOptions): Logger {
  const env = options.env ?? process.env;
  const level = checked(options.level ?? env[LOG_LEVEL_ENV] ?? DEFAULT_LOG_LEVEL, isLogLevel, LOG_LEVEL_ENV, LOG_LEVELS);
  const base = { pid: process.pid, ...options.bindings };
  if (options.destination) return pino({ name: options.name, level, base }, options.destination);
  const format = checked(options.format ?? env[LOG_FORMAT_ENV] ?? DEFAULT_LOG_FORMAT, isLogFormat, LOG_FORMAT_ENV, LOG_FORMATS);
  const isTTY = options.isTTY ?? process.stderr.isTTY === true;
  if (resolveLogFormat(format, isTTY) === 'pretty') {
    const stream = pinoPretty({
      destination: 2,
      sync: true,
      colorize: isTTY && !env.NO_COLOR,
      ignore: PRETTY_IGNORED_FIELDS,
      translateTime: PRETTY_TIME_FORMAT,
      singleLine: true,
    });
    stream.on('error', () => undefined);
    return pino({ name: options.name, level, base }, stream);
  }
  const stderr = pino.destination({ fd: 2, sync: true });
  // stderr gone (the reader exited): losing log lines must not kill the process
  stderr.on('error', () => undefined);
  return pino({ name: options.name, level, base }, stderr);
}

/** A logger that drops everything (tests, library defaults). */
export function silentLogger(): Logger {
  return pino({ level: 'silent' });
}
