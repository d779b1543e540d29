export { generateIdentity, nodeIdFromCertDer, nodeIdFromCertPem, nodeIdFromKeyPem, type Identity, type GenerateOptions } from './certificate.js';
export { loadOrCreateIdentity, loadOrCreateIdentityAsync, type LoadIdentityOptions, type LoadedIdentity } from './store.js';
export { generateIdentityAsync } from './x509.js';
export * from './constants.js';
