export { createLogger, silentLogger, type Logger, type LoggerOptions } from './Logger.js';
export * from './constants.js';
