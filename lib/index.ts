/**
 * The package root (`import { connect } from 'macula'`): the client SDK, the service-module
 * helpers and the one error class every failure is (with its stable `code`).
 */
export * from './client/index.js';
export { MaculaError, isMaculaError, ERROR_CODES, isErrorCode, type ErrorCode } from './errors/index.js';
export { validateTopic, validatePattern, isValidTopic, isValidPattern, matchesPattern } from './pubsub/index.js';
export { validateProcedure } from './rpc/index.js';
export { DEFAULT_REALM, PROTOCOL_VERSION } from './protocol/index.js';
