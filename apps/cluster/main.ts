/** `macula-cluster`: run a node's root (`up`) or manage a running one (see lib/cluster/cli). */
import { runCli } from '../../lib/cluster/cli/commands.js';

const code = await runCli(process.argv.slice(2), {
  env: process.env,
  out: (text) => process.stdout.write(text),
  err: (text) => process.stderr.write(text),
});
// stdout may be a pipe: let it drain before exiting
process.stdout.write('', () => process.exit(code));
