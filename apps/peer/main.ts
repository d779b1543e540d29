/** The `peer` OS process of a Macula node (started by root, never by hand): see lib/peer. */
import { runChildProcess } from '../../lib/cluster/ChildRuntime.js';
import { buildPeerSystem } from '../../lib/peer/index.js';

await runChildProcess(buildPeerSystem);
