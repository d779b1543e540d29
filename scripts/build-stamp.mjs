#!/usr/bin/env node
// `write` (end of `npm run build`): mark dist/ as built from the sources as they are now.
// `ensure` (prestart): build unless dist/ is at least as new as every source file, so
// `npm start` on a fresh checkout builds once and later starts at once.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const STAMP = join(root, 'dist', '.build-stamp');
const SOURCES = ['apps', 'lib', 'examples', 'proto', 'tsconfig.json', 'package.json'];

function newest(path) {
  const st = statSync(path, { throwIfNoEntry: false });
  if (st === undefined) return 0;
  if (!st.isDirectory()) return st.mtimeMs;
  let max = st.mtimeMs;
  for (const entry of readdirSync(path)) max = Math.max(max, newest(join(path, entry)));
  return max;
}

const mode = process.argv[2];
if (mode === 'write') {
  writeFileSync(STAMP, `${new Date().toISOString()}\n`);
} else if (mode === 'ensure') {
  const stamp = existsSync(STAMP) ? statSync(STAMP).mtimeMs : 0;
  const source = Math.max(...SOURCES.map((s) => newest(join(root, s))));
  if (source > stamp) {
    console.error(stamp === 0 ? 'macula: first start: building dist/ (npm run build)' : 'macula: sources changed: rebuilding dist/ (npm run build)');
    const r = spawnSync('npm', ['run', 'build', '--silent'], { cwd: root, stdio: 'inherit' });
    process.exit(r.status ?? 1);
  }
} else {
  console.error('usage: build-stamp.mjs write|ensure');
  process.exit(64);
}
