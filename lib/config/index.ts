export { loadConfig } from './ConfigLoader.js';
export { resolvePaths, defaultDataDir, isSystemdSystemService } from './paths.js';
export { UP_USAGE, UP_OPTIONS, isHelpRequest, parseUpArgs, type ParsedUpArgs, type RawServiceFlag } from './args.js';
export { KEYS, DEPRECATED_KEYS, KNOWN_FILE_KEYS, type KeySpec, type DeprecatedKey } from './keys.js';
export { closestKey, editDistance } from './suggest.js';
export * from './constants.js';
export type { NodeConfig, ServiceConfig, ConfigSource, LoadConfigOptions, ResolvePathsOptions, ResolvedPaths } from './types.js';
