#!/usr/bin/env node
// `npm test` runs this first (pretest): the system tools the tests drive must be there. Missing
// ones are installed with apt-get when we can (root on Debian/Ubuntu, as CI is); otherwise the
// run fails naming each tool, its package and how to get it. Tests never skip for a missing tool
// under CI=true; MACULA_TEST_TOOLS=skip (not in CI) lets such tests skip instead, for a machine
// where the packages cannot be had.
import { spawnSync } from 'node:child_process';

/** tool → the Debian package that provides it, and what needs it. */
export const TOOLS = [
  { tool: 'promtool', pkg: 'prometheus', why: 'lints /metrics (test/metrics, test/integration/messaging)' },
  { tool: 'systemd-analyze', pkg: 'systemd', why: 'verifies deploy/macula.service (test/ops)' },
  { tool: 'systemd-notify', pkg: 'systemd', why: 'sd_notify READY=1 (test/ops/notify)' },
  { tool: 'python3', pkg: 'python3', why: 'stands in for systemd\'s notify socket (test/ops/notify)' },
  { tool: 'script', pkg: 'bsdutils', why: 'runs `up` on a pseudo-terminal (test/ops/logs)' },
  { tool: 'nats-server', pkg: 'nats-server', why: 'the messaging benchmark\'s anchor (bench/messaging)' },
  { tool: 'ip', pkg: 'iproute2', why: 'network namespaces for the multi-hop and partition tests (test/mesh/netns)' },
];

const has = (tool) => spawnSync('sh', ['-c', `command -v ${tool}`], { stdio: 'ignore' }).status === 0;
const missing = () => TOOLS.filter((t) => !has(t.tool));

let absent = missing();
if (absent.length > 0 && process.env.MACULA_TEST_TOOLS === 'skip' && process.env.CI !== 'true') {
  console.warn(`test-tools: MACULA_TEST_TOOLS=skip: tests needing ${absent.map((t) => t.tool).join(', ')} will skip`);
  process.exit(0);
}
if (absent.length > 0 && process.getuid?.() === 0 && has('apt-get')) {
  const pkgs = [...new Set(absent.map((t) => t.pkg))];
  console.log(`test-tools: installing ${pkgs.join(' ')} (apt-get)`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  const update = spawnSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
  if (update.status === 0) spawnSync('apt-get', ['install', '-y', '-qq', '--no-install-recommends', ...pkgs], { stdio: 'inherit', env });
  absent = missing();
}
if (absent.length > 0) {
  const pkgs = [...new Set(absent.map((t) => t.pkg))];
  console.error('npm test needs tools that are not installed:');
  for (const t of absent) console.error(`  ${t.tool.padEnd(16)} Debian package ${t.pkg.padEnd(12)} ${t.why}`);
  console.error(`Install them: sudo apt-get install ${pkgs.join(' ')}`);
  console.error('(or, outside CI, MACULA_TEST_TOOLS=skip npm test runs without them and skips what needs them)');
  process.exit(1);
}
