#!/usr/bin/env node
// tsc does not emit the generated protobuf modules (plain JS + hand-off .d.ts): copy them to dist.
import { cpSync, mkdirSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const from = join(root, 'lib/gen');
const to = join(root, 'dist/lib/gen');
mkdirSync(to, { recursive: true });
for (const file of readdirSync(from)) cpSync(join(from, file), join(to, file));
