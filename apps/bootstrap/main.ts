/** The `bootstrap` OS process of a Macula node (started by root, never by hand): see lib/bootstrap. */
import { runChildProcess } from '../../lib/cluster/ChildRuntime.js';
import { buildBootstrapSystem } from '../../lib/bootstrap/index.js';

await runChildProcess(buildBootstrapSystem);
