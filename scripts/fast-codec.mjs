// Generates lib/gen/<name>.fast.js: straight-line encoders and decoders for the bodies of a
// schema's `Frame` oneof whose messages hold only uint32, string and bytes fields (publish,
// event, call, result, invocation, yield, …), byte-compatible with protobufjs's static code.
// Imported by scripts/build-proto.mjs; lib/protocol/codec.ts uses the output as its fast path and
// falls back to protobufjs whenever a generated function answers undefined. Why generated and not
// interpreted from a table: V8 runs named, fixed-shape property accesses several times faster than
// keyed ones, and these run once per message.

const SCALAR = { uint32: 0, string: 2, bytes: 2 }; // wire types

function varint(n) {
  const out = [];
  while (n >= 0x80) {
    out.push((n & 0x7f) | 0x80);
    n >>>= 7;
  }
  out.push(n);
  return out;
}

const pascal = (s) => s[0].toUpperCase() + s.slice(1);

/** Body cases (name, field id, message full name, fields sorted by id) that get fast code. */
function fastCases(fields, bodyCases, frameName, pkg) {
  const frame = fields[frameName];
  if (frame === undefined || bodyCases === undefined) return [];
  const out = [];
  for (const kind of bodyCases) {
    const f = frame[kind];
    const full = fields[`${pkg}.${f.type}`] !== undefined ? `${pkg}.${f.type}` : f.type;
    const msg = fields[full];
    if (msg === undefined) continue;
    const fs = Object.entries(msg).map(([name, d]) => ({ name, ...d })).sort((a, b) => a.id - b.id);
    if (fs.length === 0 || !fs.every((d) => d.type in SCALAR && d.rule === undefined && d.keyType === undefined && d.id < 16)) continue;
    out.push({ kind, id: f.id, message: full, fields: fs });
  }
  return out;
}

function encoder(c) {
  const fn = `encode${pascal(c.kind)}`;
  const L = [];
  L.push(`/** Frame { ${c.kind} } (${c.message}), as protobufjs writes it; undefined if protobufjs must. */`);
  L.push(`function ${fn}(m) {`);
  L.push(`  let n = 0;`);
  for (const f of c.fields) {
    const v = `f${f.id}`;
    L.push(`  const ${v} = m.${f.name};`);
    if (f.type === 'uint32') {
      L.push(`  if (${v} != null) { if (typeof ${v} !== "number") return undefined; if (${v} !== 0) n += 1 + vlen(${v} >>> 0); }`);
    } else if (f.type === 'string') {
      L.push(`  let l${f.id} = 0;`);
      L.push(`  if (${v} != null) { if (typeof ${v} !== "string") return undefined; if (${v} !== "") { l${f.id} = byteLength(${v}); if (l${f.id} !== ${v}.length) return undefined; n += 1 + vlen(l${f.id}) + l${f.id}; } }`);
    } else {
      L.push(`  let l${f.id} = 0;`);
      L.push(`  if (${v} != null) { if (!(${v} instanceof Uint8Array)) return undefined; l${f.id} = ${v}.length; if (l${f.id} !== 0) n += 1 + vlen(l${f.id}) + l${f.id}; }`);
    }
  }
  const tag = varint((c.id << 3) | 2);
  L.push(`  const out = allocUnsafe(${tag.length} + vlen(n) + n);`);
  tag.forEach((b, i) => L.push(`  out[${i}] = ${b};`));
  L.push(`  let p = wv(out, ${tag.length}, n);`);
  for (const f of c.fields) {
    const v = `f${f.id}`;
    const key = (f.id << 3) | SCALAR[f.type];
    if (f.type === 'uint32') L.push(`  if (${v} != null && ${v} !== 0) { out[p++] = ${key}; p = wv(out, p, ${v} >>> 0); }`);
    else if (f.type === 'string') L.push(`  if (l${f.id} !== 0) { out[p++] = ${key}; p = wv(out, p, l${f.id}); p = ascii(out, p, ${v}, l${f.id}); }`);
    else L.push(`  if (l${f.id} !== 0) { out[p++] = ${key}; p = wv(out, p, l${f.id}); out.set(${v}, p); p += l${f.id}; }`);
  }
  L.push(`  return out;`);
  L.push(`}`);
  return { fn, code: L.join('\n') };
}

function decoder(c) {
  const fn = `decode${pascal(c.kind)}`;
  const L = [];
  L.push(`/** The ${c.message} in buf[p, end) with protobufjs's values (defaults filled in); undefined if protobufjs must decode it. */`);
  L.push(`function ${fn}(buf, p, end) {`);
  for (const f of c.fields) L.push(`  let ${f.name} = ${f.type === 'uint32' ? '0' : f.type === 'string' ? '""' : 'EMPTY'};`);
  L.push(`  while (p < end) {`);
  L.push(`    switch (buf[p++]) {`);
  for (const f of c.fields) {
    const key = (f.id << 3) | SCALAR[f.type];
    if (f.type === 'uint32') {
      L.push(`      case ${key}: p = rv(buf, p, end); if (p < 0) return undefined; ${f.name} = V; break;`);
    } else {
      L.push(`      case ${key}: {`);
      L.push(`        p = rv(buf, p, end); if (p < 0 || p + V > end) return undefined;`);
      if (f.type === 'string') L.push(`        const s = V === 0 ? "" : utf8(buf, p, p + V); if (s === undefined) return undefined; ${f.name} = s; p += V; break;`);
      else L.push(`        ${f.name} = V === 0 ? EMPTY : buf.subarray(p, p + V); p += V; break;`);
      L.push(`      }`);
    }
  }
  L.push(`      default: return undefined;`);
  L.push(`    }`);
  L.push(`  }`);
  L.push(`  return { ${c.fields.map((f) => f.name).join(', ')} };`);
  L.push(`}`);
  return { fn, code: L.join('\n') };
}

const RUNTIME = `
const EMPTY = Buffer.alloc(0);
const allocUnsafe = Buffer.allocUnsafe;
const byteLength = Buffer.byteLength;

function vlen(n) {
    return n < 0x80 ? 1 : n < 0x4000 ? 2 : n < 0x200000 ? 3 : n < 0x10000000 ? 4 : 5;
}

function wv(out, p, n) {
    while (n >= 0x80) {
        out[p++] = (n & 0x7f) | 0x80;
        n >>>= 7;
    }
    out[p++] = n;
    return p;
}

/** Write an ASCII string (its UTF-8 bytes are its char codes). */
function ascii(out, p, s, len) {
    if (len < 16) {
        for (let i = 0; i < len; i++) out[p + i] = s.charCodeAt(i);
        return p + len;
    }
    return p + out.latin1Write(s, p, len);
}

/** The value of the varint read by rv(). */
let V = 0;

/** Read a varint of at most 5 bytes (a uint32, low 32 bits as protobufjs keeps them) at p; the next position, or -1 (truncated, or longer: protobufjs decides). */
function rv(buf, p, end) {
    let v = 0;
    for (let shift = 0; shift < 35; shift += 7) {
        if (p >= end) return -1;
        const b = buf[p++];
        v |= (b & 0x7f) << shift;
        if (b < 0x80) {
            V = v >>> 0;
            return p;
        }
    }
    return -1;
}

/** Valid UTF-8 as a string; undefined for invalid bytes (protobufjs's strict reader throws there). */
function utf8(buf, start, end) {
    if (end - start < 16) {
        // short ASCII (topics, procedures): char codes beat a native call
        let s = "";
        for (let i = start; i < end; i++) {
            const c = buf[i];
            if (c >= 0x80) return utf8Native(buf, start, end);
            s += String.fromCharCode(c);
        }
        return s;
    }
    return utf8Native(buf, start, end);
}

function utf8Native(buf, start, end) {
    const s = buf.utf8Slice(start, end);
    return s.includes("\\ufffd") ? undefined : s;
}
`;

/**
 * The generated module (JS) and its declarations, or undefined when the schema has no Frame.
 * `oneofs` is build-proto's table of oneof cases: the bodies are `<Frame>.body`'s.
 */
export function fastCodec(fields, oneofs, file, frameName = 'macula.wire.Frame', pkg = 'macula.wire') {
  const cases = fastCases(fields, oneofs[`${frameName}.body`], frameName, pkg);
  if (cases.length === 0) return undefined;
  const parts = [];
  const enc = [];
  const dec = [];
  for (const c of cases) {
    const e = encoder(c);
    const d = decoder(c);
    parts.push(e.code, d.code);
    enc.push(`    ${c.kind}: ${e.fn},`);
    dec.push(`        case ${varint((c.id << 3) | 2).reduce((a, b, i) => a + (b & 0x7f) * 2 ** (7 * i), 0)}: { const b = ${d.fn}(buf, p, end); return b === undefined ? undefined : { body: "${c.kind}", ${c.kind}: b }; }`);
  }
  const js = `// Generated by scripts/fast-codec.mjs (run by scripts/build-proto.mjs) from proto/${file}: do not edit.
// Encoders and decoders of the Frame bodies whose messages hold only uint32 / string / bytes
// fields, byte-compatible with the protobufjs code beside it. Each answers undefined where
// protobufjs must take over (a value of another type, a non-ASCII string, unknown fields, …).
${RUNTIME}
${parts.join('\n\n')}

/** Body case → its fast encoder. */
export const FAST_ENCODERS = {
${enc.join('\n')}
};

/** Body cases with fast code. */
export const FAST_CASES = Object.keys(FAST_ENCODERS);

/** Encode Frame { [kind]: body } when the case has fast code and the values allow it; else undefined. */
export function encodeFast(kind, body) {
    const e = FAST_ENCODERS[kind];
    return e === undefined ? undefined : e(body);
}

/**
 * Decode a Buffer holding one Frame made of exactly one body of a fast case; undefined for
 * anything else (other cases, a route, several fields, malformed bytes): protobufjs decides.
 */
export function decodeFast(buf) {
    const end = buf.length;
    let p = rv(buf, 0, end);
    if (p < 0) return undefined;
    const key = V;
    p = rv(buf, p, end);
    if (p < 0 || p + V !== end) return undefined;
    switch (key) {
${dec.join('\n')}
        default: return undefined;
    }
}
`;
  const dts = `// Generated by scripts/fast-codec.mjs from proto/${file}.
export declare const FAST_CASES: readonly string[];
export declare const FAST_ENCODERS: Readonly<Record<string, (body: object) => Uint8Array | undefined>>;
export declare function encodeFast(kind: string, body: object): Uint8Array | undefined;
export declare function decodeFast(buf: Buffer): { body: string } | undefined;
`;
  return { js, dts };
}
