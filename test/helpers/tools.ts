/**
 * System tools a test drives (promtool, systemd-analyze, python3 …). `npm test` installs them
 * first (scripts/test-tools.mjs); a test run another way that finds one missing skips, saying
 * so — except under CI=true, where a missing tool is a failure naming its package.
 */
import { spawnSync } from 'node:child_process';

export function hasTool(tool: string): boolean {
  return spawnSync('sh', ['-c', `command -v ${tool}`], { stdio: 'ignore' }).status === 0;
}

/** Call in a before/it hook: skip (or, under CI, fail) when `tool` is not installed. */
export function requireTool(ctx: Mocha.Context, tool: string, pkg: string): void {
  if (hasTool(tool)) return;
  const what = `${tool} is not installed (Debian package ${pkg}: apt-get install ${pkg}; npm test installs it as root)`;
  if (process.env.CI === 'true') throw new Error(`CI: ${what}`);
  console.warn(`    SKIPPED: ${what}`);
  ctx.skip();
}
