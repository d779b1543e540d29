/**
 * The CLI's side of the control socket: connect to `<runtimeDir>/control.sock`, send one
 * control.Request, wait (bounded) for the Response with the same seq. No socket or nobody
 * listening is `not_running` ("no node running at …"); an error response is rebuilt as the
 * MaculaError root raised.
 */
import { connect } from 'node:net';
import { MaculaError } from '../errors/index.js';
import { macula } from '../gen/control.js';
import { FrameDecoder, encodeFrame } from '../ipc/index.js';
import { CONTROL_REQUEST_TIMEOUT_MS } from './constants.js';

export type ControlRequestBody = { [K in NonNullable<macula.control.Request['body']>]?: macula.control.Request.$Properties[K] };

let nextSeq = 1;

export function controlRequest(socketPath: string, body: ControlRequestBody, timeoutMs = CONTROL_REQUEST_TIMEOUT_MS): Promise<macula.control.Response> {
  const seq = nextSeq++;
  return new Promise((resolve, reject) => {
    const socket = connect(socketPath);
    const decoder = new FrameDecoder();
    const timer = setTimeout(() => {
      socket.destroy();
      reject(new MaculaError('timeout', `no answer from the node at ${socketPath} within ${timeoutMs} ms`));
    }, timeoutMs);
    const done = (fn: () => void): void => {
      clearTimeout(timer);
      socket.destroy();
      fn();
    };
    socket.once('connect', () => {
      socket.write(encodeFrame(macula.control.Request.encode(macula.control.Request.create({ seq, ...body })).finish()));
    });
    socket.on('error', (err: NodeJS.ErrnoException) => {
      const gone = err.code === 'ENOENT' || err.code === 'ECONNREFUSED';
      done(() =>
        reject(
          gone
            ? new MaculaError('not_running', `no node running at ${socketPath} (${err.code})`, { cause: err, details: { path: socketPath } })
            : new MaculaError('internal', `control socket ${socketPath}: ${err.message}`, { cause: err }),
        ),
      );
    });
    socket.on('data', (chunk: Buffer) => {
      const { frames } = decoder.push(chunk);
      for (const frame of frames) {
        const response = macula.control.Response.decode(frame);
        if (response.seq !== seq && response.seq !== 0) continue;
        if (response.body === 'error') {
          const e = response.error!;
          done(() => reject(MaculaError.fromWire(e.codeName || e.code || 0, e.message ?? "error")));
        } else {
          done(() => resolve(response));
        }
        return;
      }
    });
    socket.on('end', () => done(() => reject(new MaculaError('not_running', `the node at ${socketPath} closed the control connection without answering`))));
  });
}
