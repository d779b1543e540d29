/** Defaults of lib/log. */

/** Level when MACULA_LOG_LEVEL is unset. */
export const DEFAULT_LOG_LEVEL = 'info';
/** Environment variable that overrides the level (trace, debug, info, warn, error, fatal, silent). */
export const LOG_LEVEL_ENV = 'MACULA_LOG_LEVEL';
