/** The `routing` OS process of a Macula node (started by root, never by hand): see lib/routing. */
import { runChildProcess } from '../../lib/cluster/ChildRuntime.js';
import { buildRoutingProcess } from '../../lib/routing/index.js';

await runChildProcess(buildRoutingProcess);
