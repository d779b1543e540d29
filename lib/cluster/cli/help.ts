/** Help texts of `macula-cluster`. */

export const ADDRESS_OPTIONS = `  --data-dir D      the node's data dir     [MACULA_DATA_DIR]
  --runtime-dir D   its runtime dir         [MACULA_RUNTIME_DIR; DATA_DIR/run]`;

export const EXIT_CODES = `Exit status: 0 ok, 1 failure, 64 usage error, 69 no node running, 78 configuration error
(\`up --help\` lists the exit codes of a failed start).`;

export const MAIN_USAGE = `Usage: macula-cluster <command> [options]

Run a Macula node as a supervised tree of OS processes (macula_root → routing, bootstrap,
gateway, peers) and manage it.

Commands:
  up [options]          start a node in the foreground (see \`macula-cluster up --help\`)
  down                  stop the running node (reverse start order) and wait until it is gone
  status [--json]       the live tree: name, strategy, pid, state, restarts, uptime, memory
  mesh [--json]         the node's DHT contacts, node links, records and health
  events [--follow] [--json]
                        supervisor reports (starts, stops, restarts, failures, escalations);
                        --follow prints new ones until the node stops
  scale peers=N         start or stop bare peer processes until there are N
  scale <service>=N     start or stop instances of a service (--service) until there are N
  version, --version    print the version
  help [command]        show help (also: <command> --help)

down, status, mesh, scale and events address a node by its runtime dir (these options go before or
after the command):
${ADDRESS_OPTIONS}

${EXIT_CODES}
`;

export const COMMAND_USAGE: Record<string, string> = {
  down: `Usage: macula-cluster down [--data-dir D] [--runtime-dir D]

Stop the running node: root stops its children in reverse start order, then exits 0.
Waits until the node is gone.

${ADDRESS_OPTIONS}

${EXIT_CODES}
`,
  status: `Usage: macula-cluster status [--json] [--data-dir D] [--runtime-dir D]

The live tree of the running node, as \`pm2 ls\` shows processes: name, strategy, OS pid, state,
restarts, uptime and memory (RSS of each OS process), and the mesh in one line (joined or a
seed node, contacts, links). --json prints the same as one JSON object.

${ADDRESS_OPTIONS}

${EXIT_CODES}
`,
  mesh: `Usage: macula-cluster mesh [--json] [--data-dir D] [--runtime-dir D]

The node in the mesh: whether it joined (through which bootstrap nodes), its DHT contacts (node
id, address, bucket, last seen, RTT), its node links (address, which side dialled, idle time,
pinned by the DHT), the records it holds for the DHT and its last health check. --json prints the
same as one JSON object.

${ADDRESS_OPTIONS}

${EXIT_CODES}
`,
  events: `Usage: macula-cluster events [--follow] [--json] [--data-dir D] [--runtime-dir D]

Supervisor reports of the node (from <runtimeDir>/events.jsonl), in the order the supervisors
acted. --json prints JSON lines; --follow keeps printing new ones while the node runs and exits
0 when it stops (or at once when no node is running).

${ADDRESS_OPTIONS}

${EXIT_CODES}
`,
  scale: `Usage: macula-cluster scale (peers=N | <service>=N) [--data-dir D] [--runtime-dir D]

Start peers (peer<N>, numbers never reused) or stop the newest ones until there are N. Before
starting instances of a service its module is loaded and checked: one that does not load or
exports no service is refused (exit 78) and nothing starts.
peers=N counts the bare peers; <service>=N the peers running that service (a name given to
\`up --service\` or in the config file's services). \`status\` shows each peer's service.

${ADDRESS_OPTIONS}

${EXIT_CODES}
`,
  version: `Usage: macula-cluster version\n\nPrint the version.\n`,
  help: `Usage: macula-cluster help [command]\n`,
  fault: `Usage: macula-cluster fault <target> [--how throw|timer|reject] [--data-dir D] [--runtime-dir D]

TEST ONLY (MACULA_TEST_FAULTS=1 for node and CLI). Make a worker fail the way a bug does: it
throws inside that worker's own code — in a message it is handed (throw), in a timer callback it
scheduled (timer, the default), or in a promise it leaves rejected (reject) — and crashes with
\`crash: injected fault\`. Targets: a worker path, e.g.
macula_gateway_system/macula_gateway_workers_sup/macula_gateway_pubsub or peer1/macula_rpc_handler;
an OS process name (routing, bootstrap, gateway, peer:<N>): it throws outside every worker and
dies; or macula_peers_sup (in root's process): killed.
`,
};
