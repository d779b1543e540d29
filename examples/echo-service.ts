/**
 * Example service: echo and uppercase. Run it with `macula run dist/examples/echo-service.js`,
 * or from any process holding a client: `const stop = await runService(client, echoService)`.
 *
 *   macula call demo.echo '{"hi":1}'          → {"hi":1}
 *   macula call demo.uppercase '"hello"'      → "HELLO"
 *   macula pub demo.echo.requests '{"x":1}'   → republished on demo.echo.replies
 */
import { MaculaError, defineService } from '../lib/index.js';

export default defineService({
  name: 'echo',
  procedures: {
    /** Returns its arguments unchanged. */
    'demo.echo': (args: unknown) => args,

    /** Uppercases a string, or the `text` field of an object. */
    'demo.uppercase': (args: unknown) => {
      if (typeof args === 'string') return args.toUpperCase();
      if (args !== null && typeof args === 'object' && typeof (args as { text?: unknown }).text === 'string') {
        return { ...(args as object), text: (args as { text: string }).text.toUpperCase() };
      }
      throw new MaculaError('invalid_args', 'demo.uppercase expects a string or {"text": string}');
    },
  },
  subscriptions: {
    /** Echo over pub/sub: every request is republished on demo.echo.replies. */
    'demo.echo.requests': async (message, ctx) => {
      await ctx.publish('demo.echo.replies', message.data);
    },
  },
});
