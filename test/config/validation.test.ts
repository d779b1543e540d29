import { expect } from 'chai';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadConfig } from '../../lib/config/index.js';
import { cleanEnv, expectMaculaError, tempConfig } from './helpers.js';

describe('loadConfig validation', () => {
  let cfg: ReturnType<typeof tempConfig>;
  afterEach(() => cfg?.cleanup());
  const load = (argv: string[], env: Record<string, string> = {}) => loadConfig({ argv, env: cleanEnv(env), uid: 1000 });
  const loadFile = (values: unknown) => {
    cfg = tempConfig(values);
    return loadConfig({ argv: ['--config', cfg.file], env: cleanEnv(), uid: 1000 });
  };

  describe('deprecated keys are accepted with a warning naming the replacement', () => {
    it('gateway_port supplies quic_port and names quic_port', () => {
      const c = loadFile({ gateway_port: 4433 });
      expect(c.quicPort).to.equal(4433);
      expect(c.warnings).to.have.length(1);
      expect(c.warnings[0]).to.match(/"gateway_port" is deprecated: use "quic_port"/);
    });
    it('gateway_realm supplies realm and names realm', () => {
      const c = loadFile({ gateway_realm: 'macula.arcade' });
      expect(c.realm).to.equal('macula.arcade');
      expect(c.warnings[0]).to.match(/"gateway_realm" is deprecated: use "realm"/);
    });
    it('the new key wins over its deprecated twin, which still warns', () => {
      const c = loadFile({ gateway_port: 4433, quic_port: 5000, gateway_realm: 'old.realm', realm: 'new.realm' });
      expect(c.quicPort).to.equal(5000);
      expect(c.realm).to.equal('new.realm');
      expect(c.warnings).to.have.length(2);
    });
    it('mode is ignored with a warning that it was removed in v0.8.5', () => {
      const c = loadFile({ mode: 'hybrid' });
      expect(c.warnings[0]).to.match(/"mode" was removed in v0\.8\.5.*every node runs everything/);
    });
    it('start_gateway is ignored with a warning that it was removed in v0.8.5', () => {
      const c = loadFile({ start_gateway: true });
      expect(c.warnings[0]).to.match(/"start_gateway" was removed in v0\.8\.5/);
    });
    it('a bad value under a deprecated key is an error naming that key', () => {
      const err = expectMaculaError(() => loadFile({ gateway_port: 'x' }), 'invalid_config');
      expect(err.details).to.include({ key: 'gateway_port', source: 'file' });
    });
  });

  describe('unknown keys', () => {
    it('an unknown file key is unknown_config_key naming the key and the closest known key', () => {
      const err = expectMaculaError(() => loadFile({ quic_prot: 1 }), 'unknown_config_key');
      expect(err.message).to.contain('"quic_prot"').and.to.contain('did you mean "quic_port"');
      expect(err.details).to.include({ key: 'quic_prot', suggestion: 'quic_port' });
    });
    it('a key far from every known key lists the known keys instead', () => {
      const err = expectMaculaError(() => loadFile({ zzzzzzzzzzzz: 1 }), 'unknown_config_key');
      expect(err.message).to.contain('known keys: quic_port');
    });
    it('an unknown key inside a services entry is unknown_config_key', () => {
      const err = expectMaculaError(() => loadFile({ services: [{ name: 'a', module: 'macula.json', instance: 2 }] }), 'unknown_config_key');
      expect(err.details).to.include({ key: 'services[0].instance', suggestion: 'services[0].instances' });
    });
    it('an unknown flag is a usage error', () => {
      expectMaculaError(() => load(['--quic-prot', '1']), 'usage');
    });
    it('a positional argument or a flag without its value is a usage error', () => {
      expectMaculaError(() => load(['extra']), 'usage');
      expectMaculaError(() => load(['--quic-port']), 'usage');
    });
    it('--help is a usage "error" carrying details.help and the usage text', () => {
      const err = expectMaculaError(() => load(['--help']), 'usage');
      expect(err.details.help).to.equal(true);
      expect(err.message).to.contain('Usage: macula-cluster up');
    });
  });

  describe('invalid values name the key, the source and the value', () => {
    const cases: Array<{ key: string; file?: unknown; flag?: [string, string]; env?: [string, string] }> = [
      { key: 'quic_port', file: 70000, flag: ['--quic-port', '65536'], env: ['MACULA_QUIC_PORT', 'abc'] },
      { key: 'quic_port', file: 1.5, flag: ['--quic-port', '1e3'] },
      { key: 'quic_port', file: '9443' },
      { key: 'health_port', file: 65536, flag: ['--health-port', '99999'], env: ['HEALTH_PORT', '0x10'] },
      { key: 'realm', file: 'Macula.Default', flag: ['--realm', 'a..b'], env: ['MACULA_REALM', 'has space'] },
      { key: 'realm', file: `${'a'.repeat(250)}.bcd` },
      { key: 'quic_host', file: 'not a host', flag: ['--quic-host', 'bad_host!'], env: ['MACULA_QUIC_HOST', '-x'] },
      { key: 'health_host', file: 5, flag: ['--health-host', 'a b'] },
      { key: 'bootstrap_url', file: 'not a url', flag: ['--bootstrap-url', 'bootstrap:4433x'], env: ['MACULA_BOOTSTRAP_URL', '::'] },
      { key: 'bootstrap_health_interval', file: 99 },
      { key: 'cert_validity_days', file: 0 },
      { key: 'cert_key_bits', file: 512 },
      { key: 'cert_key_bits', file: 16384 },
      { key: 'peers', file: 1001, flag: ['--peers', '1001'] },
      { key: 'data_dir', file: '', flag: ['--data-dir', ''] },
      { key: 'runtime_dir', file: 7 },
      { key: 'cert_path', file: false },
      { key: 'ready_timeout_ms', file: 0, env: ['MACULA_READY_TIMEOUT_MS', 'soon'] },
      { key: 'shutdown_timeout_ms', file: -1, env: ['MACULA_SHUTDOWN_TIMEOUT_MS', '1.5'] },
      { key: 'advertise_ttl_ms', file: 10, env: ['MACULA_ADVERTISE_TTL_MS', '0'] },
      { key: 'registry_prune_interval_ms', env: ['MACULA_REGISTRY_PRUNE_INTERVAL_MS', '-5'] },
      { key: 'peer_keep_alive_ms', env: ['MACULA_PEER_KEEP_ALIVE_MS', 'x'] },
      { key: 'peer_gateway_url', file: 'gateway:9443', env: ['MACULA_PEER_GATEWAY_URL', 'ftp://x:1'] },
      { key: 'peer_gateway_node_id', file: 'abc', env: ['MACULA_PEER_GATEWAY_NODE_ID', 'A'.repeat(64)] },
    ];
    for (const c of cases) {
      if (c.file !== undefined) {
        it(`${c.key} = ${JSON.stringify(c.file).slice(0, 30)} in the file`, () => {
          const err = expectMaculaError(() => loadFile({ [c.key]: c.file }), 'invalid_config');
          expect(err.details).to.deep.include({ key: c.key, source: 'file', value: c.file });
          expect(err.message).to.contain(c.key);
        });
      }
      if (c.flag !== undefined) {
        it(`${c.key}: ${c.flag.join(' ')}`, () => {
          const err = expectMaculaError(() => load([...c.flag!]), 'invalid_config');
          expect(err.details).to.deep.include({ key: c.key, source: 'flag', origin: c.flag![0], value: c.flag![1] });
          expect(err.message).to.contain(c.key).and.to.contain(c.flag![0]);
        });
      }
      if (c.env !== undefined) {
        it(`${c.key}: ${c.env.join('=')}`, () => {
          const err = expectMaculaError(() => load([], { [c.env![0]]: c.env![1] }), 'invalid_config');
          expect(err.details).to.deep.include({ key: c.key, source: 'env', origin: c.env![0], value: c.env![1] });
          expect(err.message).to.contain(c.env![0]);
        });
      }
    }

    it('a bad value in the file is an error even when a flag overrides it', () => {
      cfg = tempConfig({ quic_port: 'nope' });
      expectMaculaError(() => loadConfig({ argv: ['--config', cfg.file, '--quic-port', '1'], env: cleanEnv(), uid: 1000 }), 'invalid_config');
    });

    it('a config file that is not JSON, not an object, or missing is invalid_config', () => {
      expectMaculaError(() => loadFile('{ nope'), 'invalid_config');
      cfg.cleanup();
      expectMaculaError(() => loadFile([1, 2]), 'invalid_config');
      cfg.cleanup();
      expectMaculaError(() => load(['--config', '/nonexistent/macula.json']), 'invalid_config');
    });
  });

  describe('certificate and key', () => {
    it('only cert_path set is an error naming the missing key_path', () => {
      const err = expectMaculaError(() => load([], { MACULA_CERT_PATH: '/x/cert.pem' }), 'invalid_config');
      expect(err.details).to.include({ key: 'key_path', source: 'env', origin: 'MACULA_CERT_PATH' });
      expect(err.message).to.match(/cert_path is set .* but key_path is not/);
    });
    it('only key_path set is an error naming the missing cert_path', () => {
      const err = expectMaculaError(() => load(['--key-path', '/x/key.pem']), 'invalid_config');
      expect(err.details).to.include({ key: 'cert_path', source: 'flag' });
    });
    it('both from different sources is fine', () => {
      const c = load(['--key-path', '/x/key.pem'], { MACULA_CERT_PATH: '/x/cert.pem' });
      expect(c.certPath).to.equal('/x/cert.pem');
      expect(c.keyPath).to.equal('/x/key.pem');
    });
  });

  describe('services', () => {
    let svc: ReturnType<typeof tempConfig>;
    beforeEach(() => {
      svc = tempConfig({});
      writeFileSync(join(svc.dir, 'echo.js'), 'export default {}\n');
    });
    afterEach(() => svc.cleanup());
    const flags = (...argv: string[]) => loadConfig({ argv, env: cleanEnv(), cwd: svc.dir, uid: 1000 });

    it('--service name=./path.js defaults to one instance, the module made absolute against cwd', () => {
      expect(flags('--service', 'echo=./echo.js').services).to.deep.equal([{ name: 'echo', module: join(svc.dir, 'echo.js'), instances: 1 }]);
    });
    it('--instances N applies to the preceding --service; name=path:N is the same', () => {
      const c = flags('--service', 'a=./echo.js', '--instances', '3', '--service', 'b=./echo.js:2', '--service', 'c=./echo.js');
      expect(c.services.map((s) => [s.name, s.instances])).to.deep.equal([['a', 3], ['b', 2], ['c', 1]]);
    });
    it('--instances before the only --service applies to it', () => {
      expect(flags('--instances', '4', '--service', 'a=./echo.js').services[0]!.instances).to.equal(4);
    });
    it('--instances before one of several services, or twice for one service, is a usage error', () => {
      expectMaculaError(() => flags('--instances', '4', '--service', 'a=./echo.js', '--service', 'b=./echo.js'), 'usage');
      expectMaculaError(() => flags('--service', 'a=./echo.js:2', '--instances', '3'), 'usage');
      expectMaculaError(() => flags('--service', 'noequals'), 'usage');
    });
    it('bad names, duplicate names, missing modules and bad instance counts are invalid_config', () => {
      expect(expectMaculaError(() => flags('--service', 'Echo=./echo.js'), 'invalid_config').details).to.include({ key: 'services.name', source: 'flag' });
      expect(expectMaculaError(() => flags('--service', 'a=./echo.js', '--service', 'a=./echo.js'), 'invalid_config').message).to.contain('unique');
      expect(expectMaculaError(() => flags('--service', 'a=./missing.js'), 'invalid_config').details).to.include({ key: 'services.module' });
      expect(expectMaculaError(() => flags('--service', 'a=./echo.js', '--instances', '0'), 'invalid_config').details).to.include({ key: 'services.instances' });
      expect(expectMaculaError(() => flags('--service', 'a=./echo.js:1001'), 'invalid_config').details).to.include({ key: 'services.instances' });
    });
    it('file services resolve modules against the file\'s dir; flag services replace the file\'s list', () => {
      cfg = tempConfig({ services: [{ name: 'echo', module: '../' + svc.dir.split('/').pop() + '/echo.js', instances: 2 }] });
      const c = loadConfig({ argv: ['--config', cfg.file], env: cleanEnv(), cwd: '/', uid: 1000 });
      expect(c.services).to.deep.equal([{ name: 'echo', module: join(svc.dir, 'echo.js'), instances: 2 }]);
      const replaced = loadConfig({ argv: ['--config', cfg.file, '--service', `other=${join(svc.dir, 'echo.js')}`], env: cleanEnv(), cwd: '/', uid: 1000 });
      expect(replaced.services.map((s) => s.name)).to.deep.equal(['other']);
    });
    it('a file services value that is not an array of objects, or has duplicate names, is invalid_config', () => {
      expectMaculaError(() => loadFile({ services: { name: 'x' } }), 'invalid_config');
      cfg.cleanup();
      expectMaculaError(() => loadFile({ services: ['x'] }), 'invalid_config');
      cfg.cleanup();
      const dup = { name: 'a', module: 'macula.json' };
      expectMaculaError(() => loadFile({ services: [dup, dup] }), 'invalid_config');
    });
  });
});
