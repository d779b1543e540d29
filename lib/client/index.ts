export { connect, createIdentity, loadIdentity, resolveIdentity } from './connect.js';
export type { Identity, LoadedIdentity } from '../identity/index.js';
export { MaculaClient, type ClientState, type AdvertisementHandle } from './MaculaClient.js';
export { Subscription } from './Subscription.js';
export { backoffDelayMs, type BackoffOptions } from './backoff.js';
export { defineService, runService, type ServiceDefinition, type ServiceModule, type ServiceContext, type ServiceProcedure, type ServiceSubscriber, type StopService } from './ServiceRunner.js';
export * from './constants.js';
export type * from './types.js';
