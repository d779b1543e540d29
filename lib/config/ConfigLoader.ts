/**
 * loadConfig: flags (`macula-cluster up …`) > env > JSON config file > defaults, validated.
 * Ports the seed's "Configuration" section: the v0.8.5 env vars and sys.config keys, with the
 * v0.8.4 legacy keys (`gateway_port`, `gateway_realm`, `mode`, `start_gateway`) and the legacy
 * GATEWAY_PORT env var still accepted, each with a warning naming its replacement.
 *
 * Validation rules: every flag given and every key in the file is validated (even when a higher
 * source overrides it); an env var is validated when it is the value used. An unknown file key is
 * `unknown_config_key` (with the closest known key); a bad value is `invalid_config` naming the
 * key, the source and the value. Services: flag `--service` entries replace the file's list.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { checkAuthConfig } from '../auth/index.js';
import { MaculaError } from '../errors/index.js';
import { isHelpRequest, parseUpArgs, UP_USAGE, type RawServiceFlag } from './args.js';
import { MAX_SERVICE_INSTANCES, MIN_SERVICE_INSTANCES, SERVICE_NAME_PATTERN, DEFAULT_SERVICE_INSTANCES } from './constants.js';
import { DEPRECATED_KEYS, KEYS, KNOWN_FILE_KEYS, SERVICE_ENTRY_KEYS, SERVICES_KEY, type KeySpec } from './keys.js';
import { integer, type ParseContext, type Parser } from './parsers.js';
import { resolvePaths } from './paths.js';
import { closestKey } from './suggest.js';
import type { ConfigSource, LoadConfigOptions, NodeConfig, ServiceConfig } from './types.js';

type Env = Readonly<Record<string, string | undefined>>;

/** Where a value came from, as named in errors: source plus the flag/env/file key used. */
interface Origin {
  source: ConfigSource;
  /** `--quic-port`, `MACULA_QUIC_PORT`, `gateway_port` in /etc/macula.json … */
  name: string;
}

interface ConfigFile {
  path: string;
  dir: string;
  values: Record<string, unknown>;
}

export function loadConfig(options: LoadConfigOptions): NodeConfig {
  const { argv, env } = options;
  const cwd = options.cwd ?? process.cwd();
  if (isHelpRequest(argv)) {
    throw new MaculaError('usage', UP_USAGE, { details: { help: true, usage: UP_USAGE } });
  }
  const args = parseUpArgs(argv);
  const warnings: string[] = [];
  const file = args.config === undefined ? undefined : readConfigFile(resolve(cwd, args.config));
  if (file !== undefined) checkFileKeys(file, warnings);

  const flagCtx: ParseContext = { textual: true, baseDir: cwd };
  const picked: Record<string, unknown> = {};
  const origins: Record<string, Origin> = {};
  for (const spec of KEYS) {
    const fromFlag = spec.flag !== undefined && args.values[spec.flag] !== undefined
      ? { value: parseOrThrow(spec.key, spec.parse, args.values[spec.flag], flagCtx, { source: 'flag', name: `--${spec.flag}` }), origin: { source: 'flag', name: `--${spec.flag}` } as Origin }
      : undefined;
    const fromFile = file === undefined ? undefined : fileValue(spec, file);
    const fromEnv = fromFlag === undefined ? envValue(spec, env, cwd, warnings) : undefined;
    const chosen = fromFlag ?? fromEnv ?? fromFile;
    if (chosen !== undefined) {
      picked[spec.field] = chosen.value;
      origins[spec.key] = chosen.origin;
    } else if (spec.default !== undefined) {
      picked[spec.field] = spec.default;
    }
  }

  checkCertPair(picked, origins);
  warnings.push(...checkAuthConfig(picked, origins));
  const paths = resolvePaths({ dataDir: picked.dataDir as string | undefined, runtimeDir: picked.runtimeDir as string | undefined, env, cwd, uid: options.uid ?? process.getuid?.() });
  const services = args.services.length > 0
    ? args.services.map((s) => serviceFromFlag(s, cwd))
    : file !== undefined && file.values[SERVICES_KEY] !== undefined ? servicesFromFile(file) : [];
  checkUniqueNames(services, args.services.length > 0 ? 'flag' : 'file');

  return { ...(picked as Omit<NodeConfig, 'services' | 'warnings' | 'dataDir' | 'runtimeDir'>), ...paths, services, warnings };
}

function invalid(key: string, origin: Origin, value: unknown, reason: string): MaculaError {
  const where = origin.source === 'file' ? `config file key "${origin.name}"` : `${origin.source} ${origin.name}`;
  return new MaculaError('invalid_config', `invalid ${key} from ${where}: ${JSON.stringify(value)} ${reason}`, {
    details: { key, source: origin.source, origin: origin.name, value, reason },
  });
}

function parseOrThrow<T>(key: string, parser: Parser<T>, raw: unknown, ctx: ParseContext, origin: Origin): T {
  const result = parser(raw, ctx);
  if (!result.ok) throw invalid(key, origin, raw, result.reason);
  return result.value;
}

function readConfigFile(path: string): ConfigFile {
  let text: string;
  try {
    if (!statSync(path).isFile()) throw new Error('not a regular file');
    text = readFileSync(path, 'utf8');
  } catch (err) {
    throw new MaculaError('invalid_config', `cannot read config file ${path}: ${(err as Error).message}`, { cause: err, details: { key: 'config', source: 'flag', value: path } });
  }
  let values: unknown;
  try {
    values = JSON.parse(text);
  } catch (err) {
    throw new MaculaError('invalid_config', `config file ${path} is not valid JSON: ${(err as Error).message}`, { cause: err, details: { key: 'config', source: 'file', value: path } });
  }
  if (typeof values !== 'object' || values === null || Array.isArray(values)) {
    throw new MaculaError('invalid_config', `config file ${path} must hold a JSON object of settings`, { details: { key: 'config', source: 'file', value: path } });
  }
  return { path, dir: dirname(path), values: values as Record<string, unknown> };
}

function unknownKey(key: string, known: readonly string[], where: string): MaculaError {
  const suggestion = closestKey(key, known);
  const hint = suggestion === undefined ? `known keys: ${known.join(', ')}` : `did you mean "${suggestion}"?`;
  return new MaculaError('unknown_config_key', `unknown config key "${key}" in ${where}: ${hint}`, {
    details: { key, file: where, ...(suggestion === undefined ? {} : { suggestion }) },
  });
}

function checkFileKeys(file: ConfigFile, warnings: string[]): void {
  for (const key of Object.keys(file.values)) {
    if (!KNOWN_FILE_KEYS.includes(key)) throw unknownKey(key, KNOWN_FILE_KEYS, file.path);
  }
  for (const dep of DEPRECATED_KEYS) {
    if (!(dep.key in file.values)) continue;
    warnings.push(`${file.path}: ${dep.message}`);
    const replacement = dep.replacement === undefined ? undefined : KEYS.find((k) => k.key === dep.replacement);
    // Validate the legacy value under its own name even when the new key overrides it.
    if (replacement !== undefined) {
      parseOrThrow(dep.key, replacement.parse, file.values[dep.key], { textual: false, baseDir: file.dir }, { source: 'file', name: dep.key });
    }
  }
}

function fileValue(spec: KeySpec, file: ConfigFile): { value: unknown; origin: Origin } | undefined {
  const ctx: ParseContext = { textual: false, baseDir: file.dir };
  let key = spec.key;
  if (!(key in file.values)) {
    const legacy = DEPRECATED_KEYS.find((d) => d.replacement === spec.key && d.key in file.values);
    if (legacy === undefined) return undefined;
    key = legacy.key;
  }
  const origin: Origin = { source: 'file', name: key };
  return { value: parseOrThrow(key, spec.parse, file.values[key], ctx, origin), origin };
}

function envValue(spec: KeySpec, env: Env, cwd: string, warnings: string[]): { value: unknown; origin: Origin } | undefined {
  for (const name of spec.env ?? []) {
    const raw = env[name];
    if (raw === undefined || raw === '') continue;
    const replacement = spec.legacyEnv?.[name];
    if (replacement !== undefined) warnings.push(`environment variable ${name} is deprecated: use ${replacement}`);
    const origin: Origin = { source: 'env', name };
    return { value: parseOrThrow(spec.key, spec.parse, raw, { textual: true, baseDir: cwd }, origin), origin };
  }
  return undefined;
}

function checkCertPair(picked: Record<string, unknown>, origins: Record<string, Origin>): void {
  const hasCert = picked.certPath !== undefined;
  const hasKey = picked.keyPath !== undefined;
  if (hasCert === hasKey) return;
  const [present, missing] = hasCert ? ['cert_path', 'key_path'] : ['key_path', 'cert_path'];
  const origin = origins[present]!;
  throw new MaculaError('invalid_config', `${present} is set (${origin.source} ${origin.name}) but ${missing} is not: give both the certificate and the key, or neither (a new identity is then generated in the data dir)`, {
    details: { key: missing, source: origin.source, origin: origin.name, value: picked[hasCert ? 'certPath' : 'keyPath'] },
  });
}

const instancesParser = integer(MIN_SERVICE_INSTANCES, MAX_SERVICE_INSTANCES);

function checkModule(key: string, module: string, origin: Origin): void {
  if (!existsSync(module)) throw invalid(key, origin, module, 'does not exist (the service module is resolved against the current directory for flags, the config file\'s directory for the file)');
}

function checkName(key: string, name: unknown, origin: Origin): string {
  if (typeof name !== 'string' || !SERVICE_NAME_PATTERN.test(name)) throw invalid(key, origin, name, 'must match [a-z0-9_-]+');
  return name;
}

function serviceFromFlag(raw: RawServiceFlag, cwd: string): ServiceConfig {
  const origin: Origin = { source: 'flag', name: '--service' };
  const name = checkName('services.name', raw.name, origin);
  const module = resolve(cwd, raw.module);
  checkModule('services.module', module, origin);
  const instances = raw.instances === undefined
    ? DEFAULT_SERVICE_INSTANCES
    : parseOrThrow('services.instances', instancesParser, raw.instances, { textual: true, baseDir: cwd }, { source: 'flag', name: '--instances' });
  return { name, module, instances };
}

function servicesFromFile(file: ConfigFile): ServiceConfig[] {
  const list = file.values[SERVICES_KEY];
  if (!Array.isArray(list)) throw invalid(SERVICES_KEY, { source: 'file', name: SERVICES_KEY }, list, 'must be an array of {name, module, instances}');
  return list.map((entry: unknown, i) => {
    const at = `${SERVICES_KEY}[${i}]`;
    const origin: Origin = { source: 'file', name: at };
    if (typeof entry !== 'object' || entry === null || Array.isArray(entry)) throw invalid(at, origin, entry, 'must be an object {name, module, instances}');
    const e = entry as Record<string, unknown>;
    for (const key of Object.keys(e)) {
      if (!SERVICE_ENTRY_KEYS.includes(key)) throw unknownKey(`${at}.${key}`, SERVICE_ENTRY_KEYS.map((k) => `${at}.${k}`), file.path);
    }
    const name = checkName(`${at}.name`, e.name, { source: 'file', name: `${at}.name` });
    if (typeof e.module !== 'string' || e.module === '') throw invalid(`${at}.module`, { source: 'file', name: `${at}.module` }, e.module, 'must be a path to the service module');
    const module = resolve(file.dir, e.module);
    checkModule(`${at}.module`, module, { source: 'file', name: `${at}.module` });
    const instances = e.instances === undefined
      ? DEFAULT_SERVICE_INSTANCES
      : parseOrThrow(`${at}.instances`, instancesParser, e.instances, { textual: false, baseDir: file.dir }, { source: 'file', name: `${at}.instances` });
    return { name, module, instances };
  });
}

function checkUniqueNames(services: readonly ServiceConfig[], source: ConfigSource): void {
  const seen = new Set<string>();
  for (const s of services) {
    if (seen.has(s.name)) {
      throw invalid('services.name', { source, name: source === 'flag' ? '--service' : SERVICES_KEY }, s.name, 'is used twice: service names must be unique');
    }
    seen.add(s.name);
  }
}
