import { expect } from 'chai';
import { readFileSync } from 'node:fs';
import { FRAME_CASES, wireErrorTable } from '../../lib/protocol/index.js';

describe('docs/PROTOCOL.md', () => {
  it('embeds the wire error table exactly as wireErrorTable() generates it from lib/errors/codes.ts', () => {
    const doc = readFileSync(new URL('../../docs/PROTOCOL.md', import.meta.url), 'utf8');
    const m = /<!-- BEGIN wire-error-table -->\n([\s\S]*?)\n<!-- END wire-error-table -->/.exec(doc);
    expect(m, 'markers missing').to.not.equal(null);
    expect(m![1], `regenerate with: npx tsx -e "import {wireErrorTable} from './lib/protocol/index.ts'; console.log(wireErrorTable())"`).to.equal(wireErrorTable());
  });

  it('documents every frame body of the generated protocol', () => {
    const doc = readFileSync(new URL('../../docs/PROTOCOL.md', import.meta.url), 'utf8');
    for (const body of FRAME_CASES.map((c) => c.replace(/[A-Z]/g, (ch) => `_${ch.toLowerCase()}`))) {
      expect(doc, body).to.contain(`| \`${body}\` |`);
    }
  });
});
