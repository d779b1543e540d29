import { expect } from 'chai';
import { join } from 'node:path';
import { loadConfig } from '../../lib/config/index.js';
import { cleanEnv, tempConfig } from './helpers.js';

describe('loadConfig precedence (flag > env > file > default)', () => {
  let cfg: ReturnType<typeof tempConfig>;
  afterEach(() => cfg?.cleanup());

  it('uses the seed defaults when nothing is given', () => {
    const c = loadConfig({ argv: [], env: cleanEnv(), uid: 1000 });
    expect(c).to.deep.include({
      quicPort: 9443, quicHost: '0.0.0.0', realm: 'macula.default', healthPort: 8080, healthHost: '0.0.0.0',
      bootstrapHealthIntervalMs: 60000, certValidityDays: 3650, certKeyBits: 2048, peers: 0, peerRestart: 'permanent',
    });
    expect(c.bootstrapUrl).to.equal(undefined);
    expect(c.certPath).to.equal(undefined);
    expect(c.services).to.deep.equal([]);
    expect(c.warnings).to.deep.equal([]);
  });

  const table = [
    { key: 'quic_port', flag: '--quic-port', env: 'MACULA_QUIC_PORT', field: 'quicPort', file: 1001, envText: '1002', flagText: '1003', want: [1001, 1002, 1003] },
    { key: 'health_port', flag: '--health-port', env: 'HEALTH_PORT', field: 'healthPort', file: 2001, envText: '2002', flagText: '2003', want: [2001, 2002, 2003] },
    { key: 'realm', flag: '--realm', env: 'MACULA_REALM', field: 'realm', file: 'io.file', envText: 'io.env', flagText: 'io.flag', want: ['io.file', 'io.env', 'io.flag'] },
    { key: 'quic_host', flag: '--quic-host', env: 'MACULA_QUIC_HOST', field: 'quicHost', file: '10.0.0.1', envText: '10.0.0.2', flagText: '10.0.0.3', want: ['10.0.0.1', '10.0.0.2', '10.0.0.3'] },
    { key: 'health_host', flag: '--health-host', env: 'MACULA_HEALTH_HOST', field: 'healthHost', file: '127.0.0.1', envText: 'localhost', flagText: '::1', want: ['127.0.0.1', 'localhost', '::1'] },
    { key: 'bootstrap_url', flag: '--bootstrap-url', env: 'MACULA_BOOTSTRAP_URL', field: 'bootstrapUrl', file: 'https://f:1', envText: 'https://e:2', flagText: 'https://g:3', want: ['https://f:1', 'https://e:2', 'https://g:3'] },
  ] as const;

  for (const row of table) {
    it(`${row.key}: file beats default, env beats file, flag beats env`, () => {
      cfg = tempConfig({ [row.key]: row.file });
      const field = row.field as keyof ReturnType<typeof loadConfig>;
      const fromFile = loadConfig({ argv: ['--config', cfg.file], env: cleanEnv(), uid: 1000 });
      expect(fromFile[field]).to.equal(row.want[0]);
      const fromEnv = loadConfig({ argv: ['--config', cfg.file], env: cleanEnv({ [row.env]: row.envText }), uid: 1000 });
      expect(fromEnv[field]).to.equal(row.want[1]);
      const fromFlag = loadConfig({ argv: ['--config', cfg.file, row.flag, row.flagText], env: cleanEnv({ [row.env]: row.envText }), uid: 1000 });
      expect(fromFlag[field]).to.equal(row.want[2]);
    });
  }

  it('data_dir, runtime_dir, cert_path and key_path: relative file paths resolve against the file, flags/env against cwd', () => {
    cfg = tempConfig({ data_dir: 'd', runtime_dir: 'r', cert_path: 'c.pem', key_path: 'k.pem' });
    const fromFile = loadConfig({ argv: ['--config', cfg.file], env: cleanEnv(), cwd: '/elsewhere', uid: 1000 });
    expect(fromFile).to.deep.include({ dataDir: join(cfg.dir, 'd'), runtimeDir: join(cfg.dir, 'r'), certPath: join(cfg.dir, 'c.pem'), keyPath: join(cfg.dir, 'k.pem') });
    const fromEnv = loadConfig({
      argv: ['--config', cfg.file], cwd: '/cwd', uid: 1000,
      env: cleanEnv({ MACULA_DATA_DIR: 'ed', MACULA_RUNTIME_DIR: 'er', MACULA_CERT_PATH: 'ec.pem', MACULA_KEY_PATH: 'ek.pem' }),
    });
    expect(fromEnv).to.deep.include({ dataDir: '/cwd/ed', runtimeDir: '/cwd/er', certPath: '/cwd/ec.pem', keyPath: '/cwd/ek.pem' });
    const fromFlag = loadConfig({
      argv: ['--config', cfg.file, '--data-dir', 'fd', '--runtime-dir', '/abs/run', '--cert-path', 'fc.pem', '--key-path', 'fk.pem'], cwd: '/cwd', uid: 1000,
      env: cleanEnv({ MACULA_DATA_DIR: 'ed', MACULA_RUNTIME_DIR: 'er', MACULA_CERT_PATH: 'ec.pem', MACULA_KEY_PATH: 'ek.pem' }),
    });
    expect(fromFlag).to.deep.include({ dataDir: '/cwd/fd', runtimeDir: '/abs/run', certPath: '/cwd/fc.pem', keyPath: '/cwd/fk.pem' });
  });

  it('file-only keys (bootstrap_health_interval, cert_validity_days, cert_key_bits) are read from the file', () => {
    cfg = tempConfig({ bootstrap_health_interval: 500, cert_validity_days: 30, cert_key_bits: 4096 });
    const c = loadConfig({ argv: ['--config', cfg.file], env: cleanEnv(), uid: 1000 });
    expect(c).to.deep.include({ bootstrapHealthIntervalMs: 500, certValidityDays: 30, certKeyBits: 4096 });
  });

  it('peers: flag beats file', () => {
    cfg = tempConfig({ peers: 2 });
    expect(loadConfig({ argv: ['--config', cfg.file], env: cleanEnv(), uid: 1000 }).peers).to.equal(2);
    expect(loadConfig({ argv: ['--config', cfg.file, '--peers', '5'], env: cleanEnv(), uid: 1000 }).peers).to.equal(5);
  });

  it('an empty env variable counts as unset', () => {
    const c = loadConfig({ argv: [], env: cleanEnv({ MACULA_QUIC_PORT: '', MACULA_REALM: '' }), uid: 1000 });
    expect(c.quicPort).to.equal(9443);
    expect(c.realm).to.equal('macula.default');
  });

  it('legacy GATEWAY_PORT is used when MACULA_QUIC_PORT is absent, with a warning naming MACULA_QUIC_PORT', () => {
    const c = loadConfig({ argv: [], env: cleanEnv({ GATEWAY_PORT: '4433' }), uid: 1000 });
    expect(c.quicPort).to.equal(4433);
    expect(c.warnings.join('\n')).to.match(/GATEWAY_PORT.*deprecated.*MACULA_QUIC_PORT/);
  });

  it('MACULA_QUIC_PORT wins over GATEWAY_PORT (no warning: the legacy variable is not used)', () => {
    const c = loadConfig({ argv: [], env: cleanEnv({ GATEWAY_PORT: '4433', MACULA_QUIC_PORT: '4434' }), uid: 1000 });
    expect(c.quicPort).to.equal(4434);
    expect(c.warnings).to.deep.equal([]);
  });

  it('GATEWAY_PORT in env still beats quic_port in the file (env > file)', () => {
    cfg = tempConfig({ quic_port: 1000 });
    expect(loadConfig({ argv: ['--config', cfg.file], env: cleanEnv({ GATEWAY_PORT: '4433' }), uid: 1000 }).quicPort).to.equal(4433);
  });

  it('bootstrap_url is a comma-separated list, each URL optionally pinned with ?node_id=; a bad entry is named', () => {
    const list = `quic://seed.example:9443,https://10.0.0.2:9443?node_id=${'ab'.repeat(32)}`;
    expect(loadConfig({ argv: ['--bootstrap-url', list], env: cleanEnv(), uid: 1000 }).bootstrapUrl).to.equal(list);
    for (const [bad, why] of [['quic://a:1,,quic://b:2', 'empty entry'], ['quic://a:1?node_id=xyz', 'node_id must be 64 lowercase hex'], ['quic://a', 'host and a port'], ['quic://a:1?pin=1', 'unknown parameter pin']]) {
      let err: Error | undefined;
      try {
        loadConfig({ argv: ['--bootstrap-url', bad!], env: cleanEnv(), uid: 1000 });
      } catch (e) {
        err = e as Error;
      }
      expect(err?.message, bad).to.contain(why);
    }
  });
});
