export const DEFAULT_CERT_KEY_BITS = 2048;
export const DEFAULT_CERT_VALIDITY_DAYS = 3650;
export const CERT_COMMON_NAME = 'macula-node';
export const CERT_FILE_NAME = 'cert.pem';
export const KEY_FILE_NAME = 'key.pem';
/** Private key files are owner-only. */
export const KEY_FILE_MODE = 0o600;
