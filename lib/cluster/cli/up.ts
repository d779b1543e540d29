/**
 * `macula-cluster up`: load the config (exit 64 on usage, 78 on config errors), check what can
 * be checked before anything starts (the data and runtime dirs, every service module: exit 78
 * naming the setting), run root in the foreground, print the banner once the tree is up, tell
 * systemd we are ready. Why a start failed is one line on stderr with its own exit code
 * (lib/cluster/startFailure.ts; the codes are in `up --help`).
 */
import { accessSync, constants as fsConstants, mkdirSync, statSync } from 'node:fs';
import { accessSummary, exposureWarning } from '../../auth/index.js';
import { loadConfig, UP_USAGE, type NodeConfig } from '../../config/index.js';
import { MaculaError } from '../../errors/index.js';
import { createLogger, resolveLogFormat } from '../../log/index.js';
import { renderBanner } from '../banner.js';
import { ClusterRoot } from '../ClusterRoot.js';
import { EXIT_OK } from '../constants.js';
import { liveTree } from '../controlHandlers.js';
import { notifyReady, notifyStopping } from '../notify.js';
import { checkServiceModule } from '../serviceCheck.js';
import type { CliIo } from './commands.js';

const DIR_SETTINGS = {
  dataDir: '--data-dir, MACULA_DATA_DIR or data_dir',
  runtimeDir: '--runtime-dir, MACULA_RUNTIME_DIR or runtime_dir',
} as const;

/** Create a dir the node needs (mode 0700) or say, naming the setting, why it cannot be used. */
export function prepareDir(path: string, which: keyof typeof DIR_SETTINGS): void {
  const what = which === 'dataDir' ? 'data dir' : 'runtime dir';
  const fail = (why: string, cause?: unknown): MaculaError =>
    new MaculaError('invalid_config', `the ${what} ${path} ${why}: set ${DIR_SETTINGS[which]} to a directory this user can write`, {
      cause,
      details: { key: which === 'dataDir' ? 'data_dir' : 'runtime_dir', value: path },
    });
  let existing;
  try {
    existing = statSync(path, { throwIfNoEntry: false });
  } catch (cause) {
    throw fail((cause as NodeJS.ErrnoException).code === 'ENOTDIR' ? 'cannot be created (a parent is a file)' : `cannot be used: ${(cause as Error).message}`, cause);
  }
  if (existing !== undefined && !existing.isDirectory()) throw fail('is not a directory');
  try {
    mkdirSync(path, { recursive: true, mode: 0o700 });
    accessSync(path, fsConstants.W_OK | fsConstants.X_OK);
  } catch (cause) {
    const code = (cause as NodeJS.ErrnoException).code;
    throw fail(code === 'ENOTDIR' ? 'cannot be created (a parent is a file)' : code === 'EACCES' ? 'cannot be created or written (permission denied)' : `cannot be created: ${(cause as Error).message}`, cause);
  }
}

const IDENTITY_FILES = {
  certPath: { what: 'certificate', settings: '--cert-path, MACULA_CERT_PATH or cert_path', key: 'cert_path' },
  keyPath: { what: 'private key', settings: '--key-path, MACULA_KEY_PATH or key_path', key: 'key_path' },
} as const;

/**
 * Identity files named in the configuration must be there: a configured path that is missing
 * is a mistake to report, not a place to generate a new identity (only the data dir's own
 * identity is generated on first boot).
 */
export function checkIdentityFiles(config: NodeConfig): void {
  for (const which of ['certPath', 'keyPath'] as const) {
    const path = config[which];
    if (path === undefined) continue;
    const { what, settings, key } = IDENTITY_FILES[which];
    let why: string | undefined;
    let cause: unknown;
    try {
      const st = statSync(path);
      if (!st.isFile()) why = 'is not a file';
      else accessSync(path, fsConstants.R_OK);
    } catch (err) {
      cause = err;
      const code = (err as NodeJS.ErrnoException).code;
      why = code === 'ENOENT' ? 'does not exist' : code === 'EACCES' ? 'cannot be read (permission denied)' : `cannot be read: ${(err as Error).message}`;
    }
    if (why !== undefined) {
      throw new MaculaError('invalid_config', `the ${what} file ${path} ${why}: set ${settings} to the node's ${what} (PEM), or leave cert and key unset to use the identity in the data dir`, {
        cause,
        details: { key, value: path },
      });
    }
  }
}

/** Everything `up` can refuse before starting a process. */
export async function preflight(config: NodeConfig): Promise<void> {
  prepareDir(config.dataDir, 'dataDir');
  prepareDir(config.runtimeDir, 'runtimeDir');
  checkIdentityFiles(config);
  for (const service of config.services) await checkServiceModule(service);
}

export async function runUp(args: string[], io: CliIo, version: string): Promise<number> {
  let config;
  try {
    config = loadConfig({ argv: args, env: io.env });
  } catch (err) {
    if (err instanceof MaculaError && err.code === 'usage' && err.details.help === true) {
      io.out(UP_USAGE);
      return EXIT_OK;
    }
    throw err;
  }
  // every process of the node writes to this stderr: decide the format once, for all of them
  config = { ...config, logFormat: resolveLogFormat(config.logFormat) };
  // a parent that went away (foreman after SIGTERM) breaks our stdio pipes: never crash on that
  process.stdout.on('error', () => undefined);
  process.stderr.on('error', () => undefined);
  for (const warning of config.warnings) io.err(`warning: ${warning}\n`);
  await preflight(config);
  const logger = createLogger({ name: 'root', env: io.env, level: config.logLevel, format: config.logFormat });
  const root = new ClusterRoot({
    config,
    logger,
    env: io.env,
    report: io.err,
    onUp: async (r) => {
      const tree = await liveTree(r);
      const { health, quic } = r.hub.bound('gateway');
      const access = { listenHost: config.quicHost, listenPort: Number(quic?.split(':').pop() ?? config.quicPort), permissions: config.permissions };
      const warning = exposureWarning(access);
      io.out(
        renderBanner({
          version,
          nodeId: r.nodeId,
          realm: config.realm,
          quic: quic ? `quic://${quic}` : `${config.quicHost}:${config.quicPort} (not bound)`,
          health: health ? `http://${health}` : `${config.healthHost}:${config.healthPort}`,
          dataDir: config.dataDir,
          bootstrap: config.bootstrapUrl,
          services: config.services
            .map((svc) => {
              const ids = [...r.peerServices].filter(([, name]) => name === svc.name).map(([id]) => id);
              return `${svc.name} ×${ids.length} (${ids.join(', ')})`;
            })
            .join('; '),
          access: accessSummary(access),
          warnings: warning === undefined ? [] : [warning],
          tree: tree.children ?? [],
          color: process.stdout.isTTY === true && !io.env.NO_COLOR,
        }),
      );
      await notifyReady('running', io.env);
    },
    onStopping: () => notifyStopping('stopping', io.env).catch(() => false),
  });
  return root.run();
}
