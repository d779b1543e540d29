export { createLogger, silentLogger, isLogLevel, isLogFormat, resolveLogFormat, type Logger, type LoggerOptions } from './Logger.js';
export * from './constants.js';
