#!/usr/bin/env node
// The `macula-cluster` command: runs the compiled entry (dist/ ships in the package; a checkout builds it
// with `npm run build`, which `npm start` and `npm test` do for you).
import { existsSync } from 'node:fs';

const entry = new URL('../dist/apps/cluster/main.js', import.meta.url);
if (!existsSync(entry)) {
  process.stderr.write(`macula-cluster: ${entry.pathname} is missing: this checkout is not built yet; run \`npm run build\` (or \`npm start\`) in ${new URL('..', import.meta.url).pathname}\n`);
  process.exit(70);
}
await import(entry.href);
