/**
 * Service modules are checked where they are named (`up`, `scale`), before any peer starts: a
 * module that throws on import, does not finish loading, or exports no service is refused at
 * once (invalid_config, exit 78) instead of each peer failing its start until macula_peers_sup
 * gives up. Checked = imported in this process (root) and its export inspected the way
 * macula_pubsub_handler will use it: a factory function, or a definition (defineService) whose
 * names are valid. A factory is not called (it may hold state or side effects).
 */
import { statSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { defineService, type ServiceDefinition } from '../client/ServiceRunner.js';
import type { ServiceConfig } from '../config/types.js';
import { MaculaError } from '../errors/index.js';
import { SERVICE_CHECK_TIMEOUT_MS } from './constants.js';

function refused(service: ServiceConfig, why: string, cause?: unknown): MaculaError {
  return new MaculaError('invalid_config', `service ${service.name} (${service.module}) ${why}: fix the module, or point --service / the config file's services[].module at another`, {
    cause,
    details: { key: 'services.module', service: service.name, module: service.module },
  });
}

/** Import the module (a changed file is imported afresh) and check what it exports. */
export async function checkServiceModule(service: ServiceConfig, timeoutMs = SERVICE_CHECK_TIMEOUT_MS): Promise<void> {
  let version: number;
  try {
    version = statSync(service.module).mtimeMs;
  } catch (cause) {
    throw refused(service, `cannot be read: ${(cause as Error).message}`, cause);
  }
  let timer: NodeJS.Timeout | undefined;
  let mod: { default?: unknown };
  try {
    mod = await Promise.race([
      import(`${pathToFileURL(service.module).href}?macula-check=${version}`) as Promise<{ default?: unknown }>,
      new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(new Error(`did not finish loading within ${timeoutMs} ms`)), timeoutMs);
      }),
    ]);
  } catch (cause) {
    throw refused(service, `fails to load: ${(cause as Error)?.message ?? String(cause)}`, cause);
  } finally {
    clearTimeout(timer);
  }
  const exported = mod.default ?? mod;
  if (typeof exported === 'function') return;
  const def = exported as ServiceDefinition;
  if (exported === null || typeof exported !== 'object' || (def.procedures === undefined && def.subscriptions === undefined)) {
    throw refused(service, 'exports no service: its default export must be defineService({ procedures, subscriptions }) or a factory function');
  }
  try {
    defineService(def);
  } catch (cause) {
    throw refused(service, `exports an invalid service: ${(cause as Error).message}`, cause);
  }
}
