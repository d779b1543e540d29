export * from './constants.js';
export type { ProviderId, CallerId, SelectionStrategy, Registration, CallRequest, Invocation, CallReply, SendInvocation, ReplyToCaller, FailedAttempt, RemoteCandidates } from './types.js';
export { validateProcedure } from './validate.js';
export { ProviderRegistry, type ProviderRegistryOptions, type AdvertiseOptions } from './ProviderRegistry.js';
export { PendingCalls, type PendingCall, type PendingCallsOptions, type OpenCall } from './PendingCalls.js';
export { CallRouter, type CallRouterOptions, type HandlerFailure } from './CallRouter.js';
