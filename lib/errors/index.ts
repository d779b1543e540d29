export { MaculaError, isMaculaError, type MaculaErrorOptions } from './MaculaError.js';
export { ERROR_CODES, type ErrorCode, isErrorCode } from './codes.js';
