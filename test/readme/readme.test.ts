/**
 * Issue 9 items 1 and 10: every `sh` example of README.md, pasted as a user would, works against
 * a real node. Each block carries a directive (an HTML comment, invisible on the page):
 *   node                  a node in the foreground: the previous one is stopped (Ctrl-C), this
 *                         one runs in the background until its banner says "node up"
 *   background "TEXT"     a command left running in another terminal, until it prints TEXT
 *   run "A" "B"           runs to completion, exit 0, printing A and B;
 *                         `then-background "C"`: the running background command then prints C
 *   skip: WHY             not run here (only the test command, which .ci/run runs itself)
 * Blocks run in order, in a copy of the checkout (its tracked files and node_modules, not dist/:
 * `npm start` must build it), with the node's ports, data dir and the client URL in the
 * environment so nothing collides with other nodes on the machine. The commands are as printed.
 */
import { expect } from 'chai';
import { execSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { limitsTable } from '../../lib/client/cli/limits.js';
import { pidsWithEnv } from '../ops/procs.js';
import { ROOT, background, sh, stop, type Background } from '../ops/shell.js';

interface Block {
  mode: 'node' | 'background' | 'run' | 'skip';
  expects: string[];
  thenBackground: string[];
  reason: string;
  code: string;
}

export function readmeBlocks(text: string): Block[] {
  const blocks: Block[] = [];
  const re = /<!-- readme-test: (.*?) -->\n```sh\n([\s\S]*?)```/g;
  for (const m of text.matchAll(re)) {
    const directive = m[1]!;
    const mode = directive.split(/[\s:]/)[0] as Block['mode'];
    const quoted = [...directive.matchAll(/"((?:[^"\\]|\\.)*)"/g)].map((q) => JSON.parse(`"${q[1]}"`) as string);
    const split = directive.indexOf('then-background');
    const thenIdx = split < 0 ? quoted.length : [...directive.slice(0, split).matchAll(/"((?:[^"\\]|\\.)*)"/g)].length;
    blocks.push({ mode, expects: quoted.slice(0, thenIdx), thenBackground: quoted.slice(thenIdx), reason: directive, code: m[2]! });
  }
  return blocks;
}

describe('README.md: every example works as printed', function () {
  this.timeout(600_000);
  const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
  const blocks = readmeBlocks(readme);
  let dir: string;
  let copy: string;
  let env: Record<string, string>;
  let node: Background | undefined;
  const running: Background[] = [];

  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'macula-readme-'));
    copy = join(dir, 'checkout');
    execSync(`mkdir -p ${copy} && git ls-files -co --exclude-standard -z | xargs -0 -I{} cp --parents -a {} ${copy}/ 2>/dev/null; cp -a node_modules ${copy}/; true`, { cwd: ROOT, stdio: 'ignore', shell: '/bin/sh' });
    env = {
      MACULA_DATA_DIR: join(dir, 'data'),
      MACULA_QUIC_PORT: '0', HEALTH_PORT: '0', MACULA_QUIC_HOST: '127.0.0.1', MACULA_HEALTH_HOST: '127.0.0.1',
      MACULA_LOG_LEVEL: 'warn', npm_config_audit: 'false', npm_config_fund: 'false',
    };
  });
  after(async () => {
    for (const b of running.splice(0)) await stop(b, 'SIGKILL');
    if (node) await stop(node, 'SIGKILL');
    const left = pidsWithEnv(`MACULA_DATA_DIR=${join(dir, 'data')}`);
    for (const pid of left) process.kill(pid, 'SIGKILL');
    rmSync(dir, { recursive: true, force: true });
    expect(left, 'processes left behind').to.deep.equal([]);
  });

  it('every sh block has a directive, and the first screen holds exactly the two commands', () => {
    const fences = [...readme.matchAll(/^```sh$/gm)].length;
    expect(blocks.length, 'sh blocks with a readme-test directive').to.equal(fences);
    expect(blocks.slice(0, 2).map((b) => b.code.split('\n').filter((l) => l && !l.startsWith('#')))).to.deep.equal([['npm install && npm start'], ['npm ci && npm test']]);
  });

  it('the test command is the one .ci/run runs, and it is the only block not run here', () => {
    const ci = readFileSync(join(ROOT, '.ci', 'run'), 'utf8').split('\n');
    expect(ci.some((l) => /^npm ci\b/.test(l))).to.equal(true);
    expect(ci).to.include('npm test');
    expect(blocks.filter((b) => b.mode === 'skip').map((b) => b.code.trim().split('\n').pop())).to.deep.equal(['npm ci && npm test']);
  });

  it('the Limits table is the one `macula --help` prints', () => {
    const rows = limitsTable().split('\n').map((l) => l.trim().split(/\s{2,}/));
    const section = readme.slice(readme.indexOf('<!-- readme-limits: start -->'), readme.indexOf('<!-- readme-limits: end -->'));
    for (const [what, value, beyond] of rows) expect(section).to.contain(`| ${what} | ${value} | ${beyond} |`);
  });

  it('runs each block in order against a real node', async () => {
    const say = (b: Block, out: string): string => `block:\n${b.code}\noutput:\n${out.slice(-4000)}`;
    for (const block of blocks) {
      if (block.mode === 'skip') continue;
      if (block.mode === 'node') {
        if (node) {
          // Ctrl-C in the node's terminal
          await stop(node, 'SIGINT');
        }
        node = background(block.code, { cwd: copy, env, bins: false });
        await node.waitFor('node up', 300_000);
        const status = sh('npx macula-cluster status --json', { cwd: copy, env, bins: false });
        expect(status.status, say(block, status.stderr)).to.equal(0);
        const quic = (JSON.parse(status.stdout) as { bound: { quic: string } }).bound.quic;
        env.MACULA_URL = `quic://127.0.0.1:${quic.split(':').pop()}`;
      } else if (block.mode === 'background') {
        const b = background(block.code, { cwd: copy, env, bins: false });
        running.push(b);
        for (const text of block.expects) await b.waitFor(text, 60_000);
      } else {
        const r = sh(block.code, { cwd: copy, env, bins: false, timeoutMs: 60_000 });
        expect(r.status, say(block, r.stdout + r.stderr)).to.equal(0);
        for (const text of block.expects) expect(r.stdout + r.stderr, say(block, r.stdout + r.stderr)).to.contain(text);
        for (const text of block.thenBackground) await running.at(-1)!.waitFor(text, 10_000);
      }
    }
    for (const b of running.splice(0)) await stop(b, 'SIGINT');
    // the last node stops as a user stops it, and nothing of it stays behind
    const down = sh('npx macula-cluster down', { cwd: copy, env, bins: false });
    expect(down.status, down.stderr).to.equal(0);
    await node!.exited;
    node = undefined;
  });
});
