/** Shared fixtures for test/auth: node ids, policies built from config-file JSON, principals. */
import { expect } from 'chai';
import { createHash } from 'node:crypto';
import { MaculaError, type ErrorCode } from '../../lib/errors/index.js';
import { PermissionPolicy, parsePermissions, type Action, type Grant } from '../../lib/auth/index.js';

/** A node id that looks real (64 lowercase hex) and is stable per name. */
export const nodeId = (name: string): string => createHash('sha256').update(name).digest('hex');

export const NODE = nodeId('the node itself');
export const ALICE = nodeId('alice');
export const BOB = nodeId('bob');
export const CAROL = nodeId('carol');
export const REALM = 'io.example.shop';
export const OTHER_REALM = 'io.example.other';

/** A policy from the `permissions` section as a config file would hold it (undefined = no section). */
export function policyOf(permissions: unknown, listenHost = '0.0.0.0'): PermissionPolicy {
  return new PermissionPolicy({ nodeId: NODE, listenHost, permissions: permissions === undefined ? undefined : parsePermissions(permissions) });
}

/** The grant of `id` in `realm`, connecting from `remoteAddress`. */
export function grantOf(policy: PermissionPolicy, id: string, realm = REALM, remoteAddress = '192.0.2.10'): Grant {
  return policy.grantFor({ nodeId: id, realm, remoteAddress });
}

/** Asserts the grant refuses with permission_denied naming action and name; returns the error. */
export function expectRefused(grant: Grant, action: Action, name: string, reason?: string): MaculaError {
  const e = grant.check(action, name);
  expect(e, `${action} ${name} should be refused`).to.be.instanceOf(MaculaError);
  expect(e!.code).to.equal('permission_denied');
  expect(e!.message).to.contain(action).and.to.contain(`"${name}"`);
  expect(e!.details).to.include({ action, name });
  if (reason !== undefined) expect(e!.details.reason, e!.message).to.equal(reason);
  expect(() => grant.authorize(action, name)).to.throw(MaculaError, name);
  return e!;
}

export function expectAllowed(grant: Grant, action: Action, name: string): void {
  const e = grant.check(action, name);
  expect(e, e?.message).to.equal(undefined);
  expect(grant.allows(action, name)).to.equal(true);
  grant.authorize(action, name);
}

export function expectMaculaError(fn: () => unknown, code: ErrorCode): MaculaError {
  try {
    fn();
  } catch (err) {
    expect(err).to.be.instanceOf(MaculaError);
    expect((err as MaculaError).code, (err as Error).message).to.equal(code);
    return err as MaculaError;
  }
  expect.fail(`expected MaculaError(${code})`);
}
