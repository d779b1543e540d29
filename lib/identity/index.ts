export { generateIdentity, nodeIdFromCertDer, nodeIdFromCertPem, nodeIdFromKeyPem, type Identity, type GenerateOptions } from './certificate.js';
export { loadOrCreateIdentity, type LoadIdentityOptions, type LoadedIdentity } from './store.js';
export * from './constants.js';
