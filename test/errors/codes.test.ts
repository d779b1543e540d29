import { expect } from 'chai';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { ERROR_CODES, ERROR_INFO, MaculaError } from '../../lib/errors/index.js';

/** Every TypeScript source of lib/ and apps/ except the code list itself and generated code. */
function sources(): string {
  const root = new URL('../../', import.meta.url).pathname;
  const skip = new Set(['lib/errors/codes.ts', 'lib/protocol/errorTable.ts']);
  const out: string[] = [];
  const walk = (dir: string): void => {
    for (const name of readdirSync(join(root, dir))) {
      const rel = `${dir}/${name}`;
      if (rel === 'lib/gen') continue;
      if (statSync(join(root, rel)).isDirectory()) walk(rel);
      else if (rel.endsWith('.ts') && !skip.has(rel)) out.push(readFileSync(join(root, rel), 'utf8'));
    }
  };
  walk('lib');
  walk('apps');
  return out.join('\n');
}

describe('error codes', () => {
  it('every code has an ERROR_INFO row and nothing else does', () => {
    expect(Object.keys(ERROR_INFO).sort()).to.deep.equal([...ERROR_CODES].sort());
  });

  it('a code is marked reserved exactly when nothing in lib/ or apps/ names it', () => {
    const text = sources();
    const used = (code: string): boolean => text.includes(`'${code}'`);
    const unmarkedUnused = ERROR_CODES.filter((c) => ERROR_INFO[c].reserved !== true && !used(c));
    const markedButUsed = ERROR_CODES.filter((c) => ERROR_INFO[c].reserved === true && used(c));
    expect(unmarkedUnused, 'nothing raises these: mark them reserved').to.deep.equal([]);
    expect(markedButUsed, 'these are raised now: drop `reserved`').to.deep.equal([]);
  });

  it('MaculaError.retryable follows ERROR_INFO, also for an error rebuilt from the wire', () => {
    expect(new MaculaError('process_unavailable', 'x').retryable).to.equal(true);
    expect(new MaculaError('timeout', 'x').retryable).to.equal(true);
    expect(new MaculaError('invalid_topic', 'x').retryable).to.equal(false);
    expect(new MaculaError('no_providers', 'x').retryable).to.equal(false);
    const wire = new MaculaError('connection_closed', 'x').wireCode;
    expect(MaculaError.fromWire(wire, 'y').retryable).to.equal(true);
  });
});
