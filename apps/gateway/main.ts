/** The `gateway` OS process of a Macula node (started by root, never by hand): see lib/gateway. */
import { runChildProcess } from '../../lib/cluster/ChildRuntime.js';
import { buildGatewaySystem } from '../../lib/gateway/index.js';

await runChildProcess(buildGatewaySystem);
