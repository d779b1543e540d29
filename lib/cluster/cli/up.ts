/**
 * `macula-cluster up`: load the config (exit 64 on usage, 78 on config errors), run root in the
 * foreground, print the banner once the tree is up, tell systemd we are ready.
 */
import { accessSummary, exposureWarning } from '../../auth/index.js';
import { loadConfig, UP_USAGE } from '../../config/index.js';
import { MaculaError } from '../../errors/index.js';
import { createLogger } from '../../log/index.js';
import { renderBanner } from '../banner.js';
import { ClusterRoot } from '../ClusterRoot.js';
import { EXIT_OK } from '../constants.js';
import { liveTree } from '../controlHandlers.js';
import { notifyReady, notifyStopping } from '../notify.js';
import type { CliIo } from './commands.js';

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
  // a parent that went away (foreman after SIGTERM) breaks our stdio pipes: never crash on that
  process.stdout.on('error', () => undefined);
  process.stderr.on('error', () => undefined);
  for (const warning of config.warnings) io.err(`warning: ${warning}\n`);
  const logger = createLogger({ name: 'root', env: io.env });
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
