/**
 * The default for a node without a `permissions` section (issue 10, point 3), computed from the
 * listen address and the client's address — the choice a user who has read nothing gets:
 *
 * - the node's own identity (its peer processes) may do anything;
 * - a client connecting from loopback may do anything but use the reserved namespace;
 * - a client from beyond loopback may do nothing (`permission_denied`, reason
 *   `remote_without_permissions`) until the operator writes rules: like Redis's protected mode,
 *   a node reachable from the network is not open to it by accident.
 *
 * When the node listens beyond loopback with no rules, accessPosture() carries the warning the
 * banner and /health show. With a `permissions` section, the rules decide for every client,
 * loopback included.
 */
import { BlockList, isIP } from 'node:net';
import { LOOPBACK_HOSTS, RESERVED_PATTERNS } from './constants.js';
import type { PermissionsConfig, Posture } from './types.js';

const LOOPBACK = new BlockList();
LOOPBACK.addSubnet('127.0.0.0', 8, 'ipv4');
LOOPBACK.addAddress('::1', 'ipv6');
// IPv4-mapped loopback, as a dual-stack socket reports an IPv4 client
LOOPBACK.addSubnet('::ffff:127.0.0.0', 104, 'ipv6');

/** True for an IP address only this machine can connect from (127.0.0.0/8, ::1, ::ffff:127.x). */
export function isLoopbackAddress(address: string): boolean {
  const family = isIP(address);
  if (family === 0) return false;
  return LOOPBACK.check(address, family === 4 ? 'ipv4' : 'ipv6');
}

/** True when a listener bound to `host` is reachable from this machine only. Unknown host names count as beyond loopback. */
export function isLoopbackHost(host: string): boolean {
  const h = host.trim().toLowerCase().replace(/^\[(.*)\]$/, '$1');
  return LOOPBACK_HOSTS.includes(h) || isLoopbackAddress(h);
}

export interface PostureInput {
  /** The QUIC listener's address (`quic_host`). */
  listenHost: string;
  /** For the warning text. */
  listenPort?: number;
  /** The validated `permissions` section, if the config has one. */
  permissions?: PermissionsConfig;
}

/** Which default applies to this node, and the warning to show when it listens beyond loopback with no rules. */
export function accessPosture(input: PostureInput): Posture {
  if (input.permissions !== undefined) return { kind: 'rules' };
  if (isLoopbackHost(input.listenHost)) return { kind: 'loopback_open' };
  const where = input.listenPort === undefined ? input.listenHost : `${input.listenHost}:${input.listenPort}`;
  return {
    kind: 'local_only',
    warning:
      `no permissions section and the QUIC listener (${where}) is reachable beyond loopback: clients on other machines are refused every action ` +
      `(permission_denied) until you add one; clients on this machine may do anything but advertise or publish under ${RESERVED_PATTERNS.join(', ')} (docs/SECURITY.md)`,
  };
}

/** The banner's and /health's warning, or undefined when there is nothing to warn about. */
export function exposureWarning(input: PostureInput): string | undefined {
  return accessPosture(input).warning;
}

/**
 * The stated default, one line for the banner and /health: what a client may do on this node
 * and why (the rules, or the loopback default and where the node listens).
 */
export function accessSummary(input: PostureInput): string {
  const reserved = `only the node itself may advertise or publish under ${RESERVED_PATTERNS.join(', ')}`;
  const p = input.permissions;
  if (p !== undefined) {
    const rules = `${p.rules.length} rule${p.rules.length === 1 ? '' : 's'}`;
    const fallback = p.default === undefined ? 'identities without a rule may do nothing' : 'identities without a rule get the default';
    return `permissions: ${rules}, ${fallback}; ${reserved}`;
  }
  const kind = accessPosture(input).kind;
  if (kind === 'loopback_open') return `no permissions section, listening on loopback only: every client may do anything, but ${reserved}`;
  return `no permissions section: clients on loopback may do anything but advertise or publish under ${RESERVED_PATTERNS.join(', ')}; clients beyond loopback are refused every action`;
}
