/**
 * Where a node keeps its state. Shared by `up` and the other CLI commands (status, stop, fault…),
 * which must find the same runtime dir (control socket) without loading a whole config.
 *
 * dataDir: explicit > MACULA_DATA_DIR > /var/lib/macula when root under systemd (uid 0 and
 * INVOCATION_ID or NOTIFY_SOCKET set; the unit's StateDirectory=macula) > $XDG_DATA_HOME/macula >
 * ~/.local/share/macula. runtimeDir: explicit > MACULA_RUNTIME_DIR > `${dataDir}/run`.
 */
import { homedir } from 'node:os';
import { isAbsolute, join, resolve } from 'node:path';
import { DATA_DIR_NAME, RUNTIME_SUBDIR, SYSTEM_DATA_DIR } from './constants.js';
import type { ResolvePathsOptions, ResolvedPaths } from './types.js';

type Env = Readonly<Record<string, string | undefined>>;

const nonEmpty = (v: string | undefined): string | undefined => (v === undefined || v === '' ? undefined : v);

/** true when this process is a system service started by systemd as root. */
export function isSystemdSystemService(env: Env, uid: number | undefined = process.getuid?.()): boolean {
  return uid === 0 && (nonEmpty(env.INVOCATION_ID) !== undefined || nonEmpty(env.NOTIFY_SOCKET) !== undefined);
}

export function defaultDataDir(env: Env, uid: number | undefined = process.getuid?.()): string {
  if (isSystemdSystemService(env, uid)) return SYSTEM_DATA_DIR;
  const xdg = nonEmpty(env.XDG_DATA_HOME);
  // XDG spec: a relative $XDG_DATA_HOME is invalid and must be ignored.
  if (xdg !== undefined && isAbsolute(xdg)) return join(xdg, DATA_DIR_NAME);
  const home = nonEmpty(env.HOME) ?? homedir();
  return join(home, '.local', 'share', DATA_DIR_NAME);
}

export function resolvePaths(options: ResolvePathsOptions): ResolvedPaths {
  const cwd = options.cwd ?? process.cwd();
  const explicitData = nonEmpty(options.dataDir) ?? nonEmpty(options.env.MACULA_DATA_DIR);
  const dataDir = explicitData !== undefined ? resolve(cwd, explicitData) : defaultDataDir(options.env, options.uid);
  const explicitRuntime = nonEmpty(options.runtimeDir) ?? nonEmpty(options.env.MACULA_RUNTIME_DIR);
  const runtimeDir = explicitRuntime !== undefined ? resolve(cwd, explicitRuntime) : join(dataDir, RUNTIME_SUBDIR);
  return { dataDir, runtimeDir };
}
