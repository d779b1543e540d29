#!/usr/bin/env node
// Compile every proto/*.proto but the shared ones (common.proto, dht.proto: imported by the others) to static protobufjs
// code in lib/gen/<name>.js + .d.ts, ES modules importing "protobufjs/minimal.js" (Node ESM needs
// the extension), plus lib/gen/<name>.oneofs.js: the case names of every oneof, in field-number
// order, read from the schema (lib/protocol derives FRAME_CASES from it: no hand-kept list).
//
//   node scripts/build-proto.mjs [outDir]      (default lib/gen; a test regenerates into a temp dir
//                                               and compares, so lib/gen never drifts from proto/)
//
// Post-generation patches must still apply to what pbjs emits: when one stops matching, the build
// fails here, loudly, instead of shipping unpatched code.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const outDir = resolve(process.argv[2] ?? join(root, 'lib/gen'));
const bin = (name) => join(root, 'node_modules', '.bin', name);
const protoDir = join(root, 'proto');
mkdirSync(outDir, { recursive: true });

/** Replace `from` by `to` in `src`; throws when `from` is not there (the generated code changed). */
function patch(src, what, from, to) {
  if (!(typeof from === 'string' ? src.includes(from) : from.test(src))) {
    throw new Error(`build-proto: patch "${what}" no longer applies to pbjs's output (protobufjs-cli changed?); update scripts/build-proto.mjs`);
  }
  return typeof from === 'string' ? src.replaceAll(from, to) : src.replace(from, to);
}

// protobufjs's oneof setter (run by decode for every oneof field it reads: `m.body = "publish"`)
// `delete`s every other case of the oneof, present or not: 19 deletes per decoded Frame, ~11 % of
// a busy gateway. Same semantics, cheaper: delete only the other cases the message owns.
const FAST_ONEOF_SETTER = `
// Same as $util.oneOfSetter (drop the oneof's other cases), deleting only those present.
const $oneOfSetter = (fieldNames) => {
    const fieldMap = {};
    for (let i = 0; i < fieldNames.length; ++i)
        fieldMap[fieldNames[i]] = 1;
    return function(name) {
        for (let keys = $Object.keys(this), i = 0; i < keys.length; ++i)
            if (keys[i] !== name && fieldMap[keys[i]] === 1)
                delete this[keys[i]];
    };
};
`;

function patchJs(src, name) {
  // pbjs --es6 already imports "protobufjs/minimal.js" (Node ESM needs the extension): check it
  if (!src.includes('from "protobufjs/minimal.js"')) throw new Error(`build-proto: ${name}.js does not import "protobufjs/minimal.js" (pbjs output changed?)`);
  let out = src;
  if (src.includes('$util.oneOfSetter(')) {
    out = patch(out, 'fast oneof setter (anchor)', /\n(const \$Object = [^\n]*\n)/, (m) => `${m}${FAST_ONEOF_SETTER}`);
    out = patch(out, 'fast oneof setter (calls)', '$util.oneOfSetter(', '$oneOfSetter(');
  } else {
    throw new Error(`build-proto: ${name}.js has no oneof setter to patch (pbjs output changed?)`);
  }
  return out;
}

const camel = (s) => s.replace(/_([a-z0-9])/g, (_, c) => c.toUpperCase());

/** `{ "<Message>.<oneof>": [case, …] }` for every oneof of the schema, cases by field number. */
function oneofs(json) {
  const out = {};
  const walk = (ns, path) => {
    for (const [key, node] of Object.entries(ns.nested ?? {})) {
      const full = path ? `${path}.${key}` : key;
      for (const [oneof, def] of Object.entries(node.oneofs ?? {})) {
        const cases = def.oneof.map((f) => ({ name: camel(f), id: node.fields[f].id })).sort((a, b) => a.id - b.id);
        out[`${full}.${oneof}`] = cases.map((c) => c.name);
      }
      walk(node, full);
    }
  };
  walk(json, '');
  return out;
}

// Schemas only imported by others (their code is generated into each importer's module).
const SHARED = new Set(['common.proto', 'dht.proto']);
for (const file of readdirSync(protoDir).filter((f) => f.endsWith('.proto') && !SHARED.has(f)).sort()) {
  const name = basename(file, '.proto');
  const js = join(outDir, `${name}.js`);
  const dts = join(outDir, `${name}.d.ts`);
  const src = join(protoDir, file);
  const pbjs = (args) => execFileSync(bin('pbjs'), ['-p', protoDir, ...args, src], { stdio: ['ignore', 'pipe', 'inherit'] });
  pbjs(['-t', 'static-module', '-r', name, '-w', 'es6', '--es6', '--force-number', '--no-verify', '--no-delimited', '--no-beautify', '-o', js]);
  writeFileSync(js, patchJs(readFileSync(js, 'utf8'), name));
  execFileSync(bin('pbts'), ['--no-comments', '-o', dts, js], { stdio: 'inherit' });
  // pbts emits CommonJS-style `import Long = require("long")`; NodeNext ESM wants an import.
  const d = readFileSync(dts, 'utf8');
  writeFileSync(dts, d.includes('import Long = require("long");') ? d.replace('import Long = require("long");', 'import type Long from "long";') : d);
  const schema = JSON.parse(pbjs(['-t', 'json']).toString('utf8'));
  const cases = oneofs(schema);
  writeFileSync(join(outDir, `${name}.oneofs.js`), `// Generated by scripts/build-proto.mjs from proto/${file}: oneof cases by field number.\nexport const ONEOFS = ${JSON.stringify(cases, null, 2)};\n`);
  writeFileSync(join(outDir, `${name}.oneofs.d.ts`), `// Generated by scripts/build-proto.mjs from proto/${file}.\nexport declare const ONEOFS: Readonly<Record<string, readonly string[]>>;\n`);
  console.log(`proto/${file} -> ${join(outDir, `${name}.js`)}`);
}
