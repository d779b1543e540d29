import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect } from 'chai';
import { MaculaError, type ErrorCode } from '../../lib/errors/index.js';

/** A temp dir with a JSON config file in it; `cleanup()` removes both. */
export function tempConfig(values: unknown): { dir: string; file: string; cleanup: () => void } {
  const dir = mkdtempSync(join(tmpdir(), 'macula-config-'));
  const file = join(dir, 'macula.json');
  writeFileSync(file, typeof values === 'string' ? values : JSON.stringify(values));
  return { dir, file, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

export function expectMaculaError(fn: () => unknown, code: ErrorCode): MaculaError {
  try {
    fn();
  } catch (err) {
    expect(err).to.be.instanceOf(MaculaError);
    expect((err as MaculaError).code).to.equal(code);
    return err as MaculaError;
  }
  expect.fail(`expected MaculaError(${code})`);
}

/** An env with no Macula variables and a fixed HOME, so the machine's own env never leaks in. */
export function cleanEnv(extra: Record<string, string> = {}): Record<string, string> {
  return { HOME: '/home/tester', ...extra };
}
