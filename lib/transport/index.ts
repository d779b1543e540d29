export { openEndpoint, QuicEndpoint } from './QuicEndpoint.js';
export { QuicConnection } from './QuicConnection.js';
export { QuicStream } from './QuicStream.js';
export { FrameDecoder, type FrameError } from './FrameDecoder.js';
export * from './constants.js';
export type * from './types.js';
