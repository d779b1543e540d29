/** `macula`: publish, subscribe, call and serve against a gateway (see lib/client/cli). */
import { readStdinText, runCli } from '../../lib/client/cli/commands.js';

const interrupted = new Promise<void>((resolve) => {
  process.once('SIGINT', () => resolve());
  process.once('SIGTERM', () => resolve());
});

const code = await runCli(process.argv.slice(2), {
  env: process.env,
  out: (text) => process.stdout.write(text),
  err: (text) => process.stderr.write(text),
  interrupted,
  readStdin: readStdinText,
});
// stdout may be a pipe: let it drain before exiting
process.stdout.write('', () => process.exit(code));
