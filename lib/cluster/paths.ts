/**
 * Where things are: the compiled entry of each OS process (CONVENTIONS: processes always run
 * `dist/apps/<name>/main.js` with plain node) and the runtime files of a node.
 */
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CONTROL_SOCKET_NAME, EVENT_LOG_NAME } from './constants.js';

export type AppName = 'cluster' | 'routing' | 'bootstrap' | 'gateway' | 'peer';

/** The repository (or installed package) root: the nearest ancestor with a package.json. */
export function packageRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    if (existsSync(join(dir, 'package.json')) && !dir.endsWith('dist')) return dir;
    const up = dirname(dir);
    if (up === dir) throw new Error('lib/cluster/paths: no package.json above this module');
    dir = up;
  }
}

/** `dist/apps/<name>/main.js`, whether this module runs from lib/ (tsx) or dist/lib/. */
export function appEntry(name: AppName): string {
  return resolve(packageRoot(), 'dist', 'apps', name, 'main.js');
}

export function controlSocketPath(runtimeDir: string): string {
  return join(runtimeDir, CONTROL_SOCKET_NAME);
}

export function eventLogPath(runtimeDir: string): string {
  return join(runtimeDir, EVENT_LOG_NAME);
}
