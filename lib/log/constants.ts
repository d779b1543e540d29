/** Defaults of lib/log. */

/** Level when MACULA_LOG_LEVEL is unset. */
export const DEFAULT_LOG_LEVEL = 'info';
/** Environment variable that overrides the level (one of LOG_LEVELS). */
export const LOG_LEVEL_ENV = 'MACULA_LOG_LEVEL';
/** pino's levels, most verbose first, plus `silent`. */
export const LOG_LEVELS = ['trace', 'debug', 'info', 'warn', 'error', 'fatal', 'silent'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

/** Environment variable choosing the line format (one of LOG_FORMATS). */
export const LOG_FORMAT_ENV = 'MACULA_LOG_FORMAT';
/**
 * `json`: one JSON object per line (for machines: journald, a log shipper); `pretty`: a readable
 * line per record (pino-pretty); `auto`: pretty when stderr is a terminal, else json.
 */
export const LOG_FORMATS = ['auto', 'json', 'pretty'] as const;
export type LogFormat = (typeof LOG_FORMATS)[number];
export const DEFAULT_LOG_FORMAT: LogFormat = 'auto';
/** Fields the pretty format leaves out (pid and host are noise on a terminal; `event` repeats the message). */
export const PRETTY_IGNORED_FIELDS = 'pid,hostname,event';
/** Time shown by the pretty format (pino-pretty translateTime syntax). */
export const PRETTY_TIME_FORMAT = 'SYS:HH:MM:ss.l';
