/**
 * The workers of macula_bootstrap_system (seed §2). Lifecycle only for now: each starts, stops
 * and is supervised like the real one, but none serves DHT queries, stores registrations or
 * runs health checks until the DHT lands; none claims to.
 */
import { BaseWorker } from '../supervisor/workerChild.js';

/** macula_bootstrap_server: DHT queries and routing-table storage (not yet implemented). */
export class BootstrapServer extends BaseWorker {}

/** macula_bootstrap_registry: the service registry of advertised RPC endpoints (not yet implemented). */
export class BootstrapRegistry extends BaseWorker {}

/** macula_bootstrap_health: periodic health checks of the bootstrap service (not yet implemented). */
export class BootstrapHealth extends BaseWorker {}
