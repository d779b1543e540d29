/**
 * The structured-log factory: pino, JSON lines, one logger per process with the process name
 * and node id bound, children per component. Written synchronously to stderr by default so a
 * line is never lost when a process exits at once (as children do when root dies).
 */
import { pino, type Logger as PinoLogger, type DestinationStream } from 'pino';
import { DEFAULT_LOG_LEVEL, LOG_LEVEL_ENV } from './constants.js';

export type Logger = PinoLogger;

export interface LoggerOptions {
  /** Process or component name, bound as `name`. */
  name: string;
  /** Extra fields bound to every line (node id, realm). */
  bindings?: Record<string, unknown>;
  /** @default env MACULA_LOG_LEVEL or 'info' */
  level?: string;
  /** @default stderr, synchronous */
  destination?: DestinationStream;
  env?: NodeJS.ProcessEnv;
}

export function createLogger(options: LoggerOptions): Logger {
  const env = options.env ?? process.env;
  const level = options.level ?? env[LOG_LEVEL_ENV] ?? DEFAULT_LOG_LEVEL;
  let destination = options.destination;
  if (!destination) {
    const stderr = pino.destination({ fd: 2, sync: true });
    // stderr gone (the reader exited): losing log lines must not kill the process
    stderr.on('error', () => undefined);
    destination = stderr;
  }
  return pino({ name: options.name, level, base: { pid: process.pid, ...options.bindings } }, destination);
}

/** A logger that drops everything (tests, library defaults). */
export function silentLogger(): Logger {
  return pino({ level: 'silent' });
}
