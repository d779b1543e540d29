import { readFileSync } from 'node:fs';
import { expect } from 'chai';
import { UP_OPTIONS, UP_USAGE, loadConfig, resolvePaths } from '../../lib/config/index.js';
import { KEYS } from '../../lib/config/keys.js';

describe('data dir and runtime dir', () => {
  it('MACULA_DATA_DIR wins; runtime dir defaults to <dataDir>/run', () => {
    expect(resolvePaths({ env: { MACULA_DATA_DIR: '/srv/m', XDG_DATA_HOME: '/x' }, uid: 1000 })).to.deep.equal({ dataDir: '/srv/m', runtimeDir: '/srv/m/run' });
  });
  it('an explicit dataDir beats MACULA_DATA_DIR, an explicit runtimeDir beats MACULA_RUNTIME_DIR', () => {
    expect(resolvePaths({ dataDir: '/a', runtimeDir: '/b', env: { MACULA_DATA_DIR: '/srv/m', MACULA_RUNTIME_DIR: '/r' } })).to.deep.equal({ dataDir: '/a', runtimeDir: '/b' });
    expect(resolvePaths({ env: { MACULA_DATA_DIR: '/srv/m', MACULA_RUNTIME_DIR: '/r' } })).to.deep.equal({ dataDir: '/srv/m', runtimeDir: '/r' });
  });
  it('defaults to $XDG_DATA_HOME/macula', () => {
    expect(resolvePaths({ env: { XDG_DATA_HOME: '/home/u/.data', HOME: '/home/u' }, uid: 1000 }).dataDir).to.equal('/home/u/.data/macula');
  });
  it('ignores a relative $XDG_DATA_HOME (XDG spec) and falls back to ~/.local/share/macula', () => {
    expect(resolvePaths({ env: { XDG_DATA_HOME: 'rel', HOME: '/home/u' }, uid: 1000 }).dataDir).to.equal('/home/u/.local/share/macula');
    expect(resolvePaths({ env: { HOME: '/home/u' }, uid: 1000 }).dataDir).to.equal('/home/u/.local/share/macula');
  });
  it('uses /var/lib/macula when root under systemd (INVOCATION_ID or NOTIFY_SOCKET set)', () => {
    expect(resolvePaths({ env: { HOME: '/root', INVOCATION_ID: 'abc' }, uid: 0 }).dataDir).to.equal('/var/lib/macula');
    expect(resolvePaths({ env: { HOME: '/root', NOTIFY_SOCKET: '/run/systemd/notify' }, uid: 0 }).dataDir).to.equal('/var/lib/macula');
  });
  it('does not use /var/lib/macula for root outside systemd, nor for non-root under systemd', () => {
    expect(resolvePaths({ env: { HOME: '/root' }, uid: 0 }).dataDir).to.equal('/root/.local/share/macula');
    expect(resolvePaths({ env: { HOME: '/home/u', INVOCATION_ID: 'abc' }, uid: 1000 }).dataDir).to.equal('/home/u/.local/share/macula');
  });
  it('relative dirs resolve against cwd', () => {
    expect(resolvePaths({ dataDir: 'd', env: {}, cwd: '/w' })).to.deep.equal({ dataDir: '/w/d', runtimeDir: '/w/d/run' });
  });
  it('loadConfig applies the same rules', () => {
    const c = loadConfig({ argv: [], env: { HOME: '/root', INVOCATION_ID: 'x' }, uid: 0 });
    expect(c.dataDir).to.equal('/var/lib/macula');
    expect(c.runtimeDir).to.equal('/var/lib/macula/run');
    expect(loadConfig({ argv: ['--data-dir', '/d'], env: { HOME: '/h' }, uid: 1000 }).runtimeDir).to.equal('/d/run');
  });
});

describe('up usage text', () => {
  it('documents every flag loadConfig accepts', () => {
    for (const flag of Object.keys(UP_OPTIONS)) expect(UP_USAGE, flag).to.contain(`--${flag}`);
  });
  it('documents every environment variable and every config file key', () => {
    for (const k of KEYS) {
      expect(UP_USAGE, k.key).to.contain(k.key);
      for (const v of k.env ?? []) expect(UP_USAGE, v).to.contain(v);
    }
  });
  it('deploy/macula.env and the unit name every environment variable', () => {
    const deploy = ['macula.env', 'macula.service'].map((f) => readFileSync(new URL(`../../deploy/${f}`, import.meta.url), 'utf8')).join('\n');
    for (const v of KEYS.flatMap((k) => k.env ?? [])) expect(deploy, v).to.contain(v);
  });
});
