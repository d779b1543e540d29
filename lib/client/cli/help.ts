/** Help texts of the `macula` CLI (one per command, plus the overview). */
import { DEFAULT_REALM } from '../../protocol/constants.js';
import { DEFAULT_URL, MAX_CALL_TIMEOUT_MS } from '../constants.js';
import { EXIT_CODE_TABLE } from './exitCodes.js';
import { limitsTable } from './limits.js';

const GLOBAL = `Global options (before or after the command):
  --url <url>                gateway: quic://host:port or https://host:port (port 9443 if left out)
                             (env MACULA_URL; default ${DEFAULT_URL})
  --realm <name>             realm (env MACULA_REALM; default ${DEFAULT_REALM})
  --node-id <hex>            refuse a gateway whose node id (64 hex characters) is not this one
  --timeout <ms>             deadline of the call / acknowledgement / connect, 1–${MAX_CALL_TIMEOUT_MS}
  --cert <path> --key <path> client identity (default: an ephemeral one)
  -h, --help                 help (also: macula <command> --help)
  -V, --version              print the version
`;

export const LIMITS = `Limits (per client), and what happens past each (a limit_exceeded names the limit and where it is set):
${limitsTable()}
`;

export const MAIN_USAGE = `Usage: macula [global options] <command> [options]

Talk to a Macula gateway: publish, subscribe, call and serve procedures.

Commands:
  pub <topic> <json>                       publish a JSON message ('-' reads stdin)
  sub <pattern> [--count N] [--queue Q]    print {"topic","data"} JSON lines until SIGINT
  call <procedure> [json] [--node <id>]    call a procedure, print its JSON result
  serve <procedure> --echo | --exec <cmd>  serve a procedure until SIGINT/SIGTERM
  run <module.js>                          run a service module (defineService) until SIGINT
  info                                     print the gateway's diagnostics (com.macula.diagnostics.info)

${GLOBAL}
${LIMITS}
${EXIT_CODE_TABLE}`;

export const COMMAND_USAGE: Record<string, string> = {
  pub: `Usage: macula pub <topic> <json> [--no-ack]

Publish one message. <json> is any JSON value ('-' reads it from stdin); a number JSON cannot
carry as written (1e400, an integer past 2^53) is refused: send it as a string. By default waits
until the gateway handed it to every local subscriber (qos 1); --no-ack only writes it.
One message is at most 1 MiB (see \`macula --help\`, Limits).

${GLOBAL}`,
  sub: `Usage: macula sub <pattern> [--count N] [--queue <group>]

Subscribe and print one JSON line per message: {"topic": "...", "data": <json>} (a payload that is
not JSON prints as {"topic", "data": "<base64>", "encoding": "base64"}). Runs until SIGINT/SIGTERM,
or exits 0 after N messages with --count. '*' matches one segment, '**' zero or more; messages
published on any node of the mesh are seen.
--queue <group> joins a queue group: each message goes to one member of the group in the whole
mesh (a member on the publisher's node when there is one, else one node with members, round
robin), as NATS queue subscribers do; plain subscribers still get every message.
Prints "macula: subscribed to <pattern>" (with --queue: "... in queue group <group>") on stderr
once the subscription is active: only
messages published after that line are seen (on other nodes: once this node's interest reached
them, one link round trip later).

${GLOBAL}`,
  call: `Usage: macula call <procedure> [json] [--node <id>]

Call a procedure with the JSON args ('-' reads stdin; none sends no args) and print the JSON
result on one line. A handler failure exits 70, nobody serving it exits 76, a timeout 75.
Any node of the mesh may serve it (this gateway's own providers first).
  --node <id>            only that node's providers (64 hex characters: a node id as
                         \`macula-cluster status\` prints it); nobody serving it there exits 76

${GLOBAL}`,
  serve: `Usage: macula serve <procedure> (--echo | --exec "<command>") [--concurrency N] [--exec-timeout ms]

Serve a procedure until SIGINT/SIGTERM.
  --echo                 return the args as the result
  --exec "<command>"     run the command (sh -c) per invocation: args JSON on stdin, its stdout is
                         the result (parsed as JSON if it is JSON, else a string); a non-zero exit
                         is a handler error carrying its stderr. Env: MACULA_PROCEDURE, MACULA_CALLER.
  --concurrency N        commands running at once (default 8; more wait, up to 1000 queued)
  --exec-timeout ms      a command running longer is killed → handler error (default 30000)
Prints "macula: serving <procedure>" on stderr once advertised.

${GLOBAL}`,
  run: `Usage: macula run <module.js>

Load a service module (its default export made with defineService, see examples/) and run it:
advertise its procedures and subscribe its subscriptions until SIGINT/SIGTERM.
Prints "macula: running <module> (…)" on stderr once everything is advertised and subscribed.

${GLOBAL}`,
  info: `Usage: macula info

Call com.macula.diagnostics.info and print its result (indented JSON).

${GLOBAL}`,
};
