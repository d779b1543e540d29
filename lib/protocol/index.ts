export * from './constants.js';
export { wire, FRAME_CASES, type Frame, type FrameInit, type FrameCase, type FrameBody, type WireError } from './types.js';
export { encodeFrame, decodeFrame, frameCase } from './codec.js';
export { negotiateVersion, resolveRealm } from './handshake.js';
export { Dispatcher, type FrameHandler } from './Dispatcher.js';
export { toWireError, fromWireError } from './errors.js';
export { encodeJson, decodeJson } from './json.js';
export { WIRE_ERROR_MEANINGS, wireErrorTable } from './errorTable.js';
