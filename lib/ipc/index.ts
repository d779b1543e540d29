export { IpcChannel, type IpcChannelOptions } from './IpcChannel.js';
export { FrameDecoder, encodeFrame, type DecodeResult } from './FrameDecoder.js';
export { errorFromWire, errorToWire } from './wireError.js';
export type { BodyCase, Envelope, IpcBody, IpcHandler } from './types.js';
export * from './constants.js';
