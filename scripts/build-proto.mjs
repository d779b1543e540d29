#!/usr/bin/env node
// Compile every proto/*.proto to static protobufjs code in lib/gen/<name>.js + .d.ts.
// ES module output importing "protobufjs/minimal.js" (Node ESM needs the extension).
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { basename, join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const bin = (name) => join(root, 'node_modules', '.bin', name);
mkdirSync(join(root, 'lib/gen'), { recursive: true });
for (const file of readdirSync(join(root, 'proto')).filter((f) => f.endsWith('.proto'))) {
  const name = basename(file, '.proto');
  const js = join(root, 'lib/gen', `${name}.js`);
  const dts = join(root, 'lib/gen', `${name}.d.ts`);
  execFileSync(bin('pbjs'), ['-t', 'static-module', '-r', name, '-w', 'es6', '--es6', '--force-number', '--no-verify', '--no-delimited', '--no-beautify', '-o', js, join(root, 'proto', file)], { stdio: 'inherit' });
  writeFileSync(js, readFileSync(js, 'utf8').replace('"protobufjs/minimal"', '"protobufjs/minimal.js"'));
  execFileSync(bin('pbts'), ['--no-comments', '-o', dts, js], { stdio: 'inherit' });
  // pbts emits CommonJS-style `import Long = require("long")`; NodeNext ESM wants an import.
  writeFileSync(dts, readFileSync(dts, 'utf8').replace('import Long = require("long");', 'import type Long from "long";'));
  console.log(`proto/${file} -> lib/gen/${name}.js`);
}
