export { MaculaError, isMaculaError, type MaculaErrorOptions } from './MaculaError.js';
export { ERROR_CODES, ERROR_INFO, type ErrorCode, type ErrorCodeInfo, isErrorCode, isRetryable } from './codes.js';
