/**
 * The trust keys in a config file, through loadConfig as `macula-cluster up` runs it: every bad
 * rule is an error naming the rule (index, identity, label), the action, the list, the pattern
 * and why; the mesh_* keys are checked together.
 */
import { expect } from 'chai';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { MAX_PERMISSIONS_JSON_BYTES, MAX_PERMISSION_RULES, MAX_RULE_IDENTITIES, MAX_RULE_PATTERNS } from '../../lib/auth/index.js';
import { loadConfig } from '../../lib/config/index.js';
import { cleanEnv, tempConfig } from '../config/helpers.js';
import { issue } from './certs.js';
import { ALICE, BOB, expectMaculaError, nodeId } from './helpers.js';

describe('config: the permissions section', () => {
  let cfg: ReturnType<typeof tempConfig> | undefined;
  afterEach(() => cfg?.cleanup());
  const load = (values: Record<string, unknown>) => {
    cfg?.cleanup();
    cfg = tempConfig(values);
    return loadConfig({ argv: ['--config', cfg.file], env: cleanEnv(), uid: 1000 });
  };
  const loadPermissions = (permissions: unknown) => load({ permissions });
  const bad = (permissions: unknown) => expectMaculaError(() => loadPermissions(permissions), 'invalid_config');
  const rule = (r: Record<string, unknown>) => ({ rules: [{ identity: ALICE, ...r }] });

  it('a valid section is loaded normalised: lists everywhere, node ids lowercase, realms "*" when absent', () => {
    const c = loadPermissions({
      rules: [{ identity: ALICE.toUpperCase(), realm: 'macula.default', name: 'shop', publish: 'orders.*', subscribe: { allow: ['orders.**'], deny: 'orders.audit' } }, { identity: '*', call: ['com.macula.diagnostics.*'] }],
      default: { subscribe: ['public.**'] },
      node: { advertise: ['**'] },
    });
    expect(c.permissions).to.deep.equal({
      rules: [
        { identities: [ALICE], realms: ['macula.default'], name: 'shop', publish: { allow: ['orders.*'], deny: [] }, subscribe: { allow: ['orders.**'], deny: ['orders.audit'] } },
        { identities: '*', realms: '*', call: { allow: ['com.macula.diagnostics.*'], deny: [] } },
      ],
      default: { subscribe: { allow: ['public.**'], deny: [] } },
      node: { advertise: { allow: ['**'], deny: [] } },
    });
  });

  it('without a permissions section the config has none (the loopback default applies)', () => {
    expect(load({}).permissions).to.equal(undefined);
  });

  describe('an invalid rule is invalid_config naming the rule, the action, the pattern and why', () => {
    it('a pattern that breaks the grammar: rule index, identity, label, action, list, pattern, segment', () => {
      const e = bad({ rules: [{ identity: '*', call: ['x'] }, { identity: ALICE, name: 'shop backend', publish: { allow: ['orders.*', 'orders.*x'] } }] });
      expect(e.message).to.contain('rules[1]').and.to.contain(ALICE.slice(0, 12)).and.to.contain('"shop backend"');
      expect(e.message).to.contain('publish.allow[1] "orders.*x"').and.to.contain('a wildcard must be a whole segment');
      expect(e.details).to.include({ key: 'permissions', source: 'file', origin: 'permissions.rules[1].publish.allow[1]', rule: 1, action: 'publish', list: 'allow', pattern: 'orders.*x' });
      expect(e.details.identity).to.deep.equal([ALICE]);
    });
    const patterns: Array<[unknown, RegExp]> = [
      ['a..b', /empty segment/],
      ['a.#', /segments use only/],
      ['a.>', /segments use only/],
      ['', /must not be empty/],
      [`a.${'b'.repeat(300)}`, /longer than 256/],
      [Array.from({ length: 33 }, () => 'a').join('.'), /more than 32 segments/],
      [7, /must be a string/],
    ];
    for (const [pattern, reason] of patterns) {
      it(`deny pattern ${JSON.stringify(pattern).slice(0, 30)}: ${reason.source}`, () => {
        const e = bad(rule({ subscribe: { deny: [pattern] } }));
        expect(e.message).to.match(reason).and.to.contain('rules[0]').and.to.contain('subscribe.deny[0]');
        expect(e.details).to.include({ rule: 0, action: 'subscribe', list: 'deny' });
        expect(e.details.pattern).to.deep.equal(pattern);
      });
    }
    it('a single pattern given as a string is named by its action', () => {
      const e = bad(rule({ advertise: 'svc.*x' }));
      expect(e.details).to.include({ origin: 'permissions.rules[0].advertise', action: 'advertise', pattern: 'svc.*x' });
    });
    it('an action that is neither a pattern, a list nor {allow, deny}', () => {
      const e = bad(rule({ call: 42 }));
      expect(e.message).to.contain('rules[0]').and.to.contain('call').and.to.contain('{allow, deny}');
      expect(e.details).to.include({ action: 'call' });
    });
    it('allow or deny that is not a list of patterns', () => {
      expect(bad(rule({ call: { allow: { a: 1 } } })).details).to.include({ origin: 'permissions.rules[0].call.allow', list: 'allow' });
    });
    it(`more than ${MAX_RULE_PATTERNS} patterns in one list`, () => {
      expect(bad(rule({ publish: Array.from({ length: MAX_RULE_PATTERNS + 1 }, (_, i) => `t${i}`) })).message).to.contain(`at most ${MAX_RULE_PATTERNS}`);
    });
    it('an identity that is not a node id names the rule and the value', () => {
      const e = bad({ rules: [{ identity: 'alice', call: ['x'] }] });
      expect(e.message).to.contain('rules[0]').and.to.contain('"alice" is not a node id');
      expect(e.details).to.include({ rule: 0, identity: 'alice', origin: 'permissions.rules[0].identity' });
    });
    it('a bad node id inside a list names its position', () => {
      const e = bad({ rules: [{ identity: [ALICE, `${BOB}0`], call: ['x'] }] });
      expect(e.details).to.include({ origin: 'permissions.rules[0].identity[1]' });
    });
    it('a node id listed twice, "*" inside a list, an empty list, a missing identity', () => {
      expect(bad({ rules: [{ identity: [ALICE, ALICE.toUpperCase()] }] }).message).to.contain('listed twice');
      expect(bad({ rules: [{ identity: [ALICE, '*'] }] }).message).to.contain('"*" must stand alone');
      expect(bad({ rules: [{ identity: [] }] }).message).to.contain('lists no node id');
      expect(bad({ rules: [{ call: ['x'] }] }).message).to.contain('identity is required');
    });
    it(`more than ${MAX_RULE_IDENTITIES} identities in one rule`, () => {
      const ids = Array.from({ length: MAX_RULE_IDENTITIES + 1 }, (_, i) => nodeId(`n${i}`));
      expect(bad({ rules: [{ identity: ids }] }).message).to.contain(`at most ${MAX_RULE_IDENTITIES}`);
    });
    it('a realm that is not a realm name, "*" inside a realm list, an empty realm list', () => {
      const e = bad(rule({ realm: ['macula.default', 'Not A Realm'] }));
      expect(e.message).to.contain('rules[0]').and.to.contain('reverse-DNS');
      expect(e.details).to.include({ origin: 'permissions.rules[0].realm[1]' });
      expect(bad(rule({ realm: ['a.b', '*'] })).message).to.contain('must stand alone');
      expect(bad(rule({ realm: [] })).message).to.contain('non-empty list of realms');
    });
    it('a label that is not a short string', () => {
      expect(bad(rule({ name: '' })).details).to.include({ origin: 'permissions.rules[0].name' });
    });
    it('a rule that is not an object, rules that are not a list, a section that is not an object', () => {
      expect(bad({ rules: ['x'] }).message).to.contain('rules[0]: must be an object');
      expect(bad({ rules: {} }).message).to.contain('rules: must be an array');
      expect(bad(['x']).message).to.contain('permissions: must be an object');
    });
    it(`more than ${MAX_PERMISSION_RULES} rules`, () => {
      expect(bad({ rules: Array.from({ length: MAX_PERMISSION_RULES + 1 }, () => ({ identity: '*' })) }).message).to.contain(`at most ${MAX_PERMISSION_RULES}`);
    });
    it(`a section over ${MAX_PERMISSIONS_JSON_BYTES} bytes (it travels to the node's processes in an environment variable)`, () => {
      const ids = (k: number) => Array.from({ length: 400 }, (_, i) => nodeId(`n${k}-${i}`));
      const e = bad({ rules: [0, 1, 2].map((k) => ({ identity: ids(k), call: ['a'] })) });
      expect(e.message).to.contain(`at most ${MAX_PERMISSIONS_JSON_BYTES}`).and.to.contain('environment variable');
      expect(e.details).to.include({ key: 'permissions', origin: 'permissions.' });
    });
    it('default and node are named as such', () => {
      const d = bad({ default: { subscribe: ['a.**.b*'] } });
      expect(d.message).to.contain('default: subscribe[0] "a.**.b*"');
      expect(d.details).to.include({ rule: 'default', action: 'subscribe' });
      const n = bad({ node: { call: { deny: ['*x'] } } });
      expect(n.details).to.include({ rule: 'node', action: 'call', list: 'deny', origin: 'permissions.node.call.deny[0]' });
      expect(bad({ node: 'all' }).details).to.include({ rule: 'node' });
    });
  });

  describe('a misspelt key is unknown_config_key with the closest key', () => {
    const cases: Array<[unknown, string, string]> = [
      [{ rulez: [] }, 'permissions.rulez', 'permissions.rules'],
      [{ rules: [{ identity: ALICE, publsh: ['x'] }] }, 'permissions.rules[0].publsh', 'permissions.rules[0].publish'],
      [{ rules: [{ identity: ALICE, call: { allw: ['x'] } }] }, 'permissions.rules[0].call.allw', 'permissions.rules[0].call.allow'],
      [{ default: { subscibe: ['x'] } }, 'permissions.default.subscibe', 'permissions.default.subscribe'],
      [{ node: { identity: ALICE } }, 'permissions.node.identity', ''],
    ];
    for (const [permissions, key, suggestion] of cases) {
      it(key, () => {
        const e = expectMaculaError(() => loadPermissions(permissions), 'unknown_config_key');
        expect(e.details.key).to.equal(key);
        if (suggestion !== '') expect(e.details.suggestion).to.equal(suggestion);
        expect(e.message).to.contain(key);
      });
    }
  });

  describe('warnings for rules that cannot do what they say', () => {
    it('a rule for a realm this node does not serve never applies', () => {
      const c = loadPermissions({ rules: [{ identity: '*', realm: 'io.example.elsewhere', call: ['x'] }] });
      expect(c.warnings.join('\n')).to.contain('permissions.rules[0] applies only to realm io.example.elsewhere, which this node does not serve');
    });
    it('allowing a client to advertise or publish under com.macula has no effect', () => {
      const c = loadPermissions({ rules: [{ identity: '*', advertise: ['com.macula.diagnostics.*', 'svc.*'] }], default: { publish: ['com.macula.**'] } });
      const text = c.warnings.join('\n');
      expect(text).to.contain('permissions.rules[0].advertise.allow[0] "com.macula.diagnostics.*" has no effect');
      expect(text).to.contain('permissions.default.publish.allow[0] "com.macula.**" has no effect');
      expect(text).to.not.contain('svc.*');
    });
    it('a permissions section the gateway enforces as written draws no warning', () => {
      expect(loadPermissions({ rules: [{ identity: '*', call: ['svc.*'] }] }).warnings).to.deep.equal([]);
    });
  });
});

describe('config: mesh_trust, mesh_allowlist, mesh_ca_path', () => {
  let cfg: ReturnType<typeof tempConfig> | undefined;
  afterEach(() => cfg?.cleanup());
  const load = (values: Record<string, unknown>, files: Record<string, string> = {}) => {
    cfg?.cleanup();
    cfg = tempConfig(values);
    for (const [name, text] of Object.entries(files)) writeFileSync(join(cfg.dir, name), text);
    return loadConfig({ argv: ['--config', cfg.file], env: cleanEnv(), uid: 1000 });
  };
  const bad = (values: Record<string, unknown>, files?: Record<string, string>) => expectMaculaError(() => load(values, files), 'invalid_config');

  it('defaults to open, with no warning when nothing mesh-related is set', () => {
    const c = load({});
    expect(c.meshTrust).to.equal('open');
    expect(c.warnings).to.deep.equal([]);
  });
  it('a value other than open, allowlist or ca names the key and the choices', () => {
    const e = bad({ mesh_trust: 'closed' });
    expect(e.details).to.include({ key: 'mesh_trust', source: 'file' });
    expect(e.message).to.contain('"open", "allowlist", "ca"');
  });
  it('allowlist: the list is loaded lowercase; missing, it is an error naming mesh_allowlist', () => {
    expect(load({ mesh_trust: 'allowlist', mesh_allowlist: [ALICE.toUpperCase(), BOB] }).meshAllowlist).to.deep.equal([ALICE, BOB]);
    const e = bad({ mesh_trust: 'allowlist' });
    expect(e.details).to.include({ key: 'mesh_allowlist' });
    expect(e.message).to.contain('mesh_trust "allowlist"');
  });
  it('mesh_allowlist entries must be node ids, each once', () => {
    expect(bad({ mesh_allowlist: [ALICE, 'bob'] }).message).to.contain('entry 1 ("bob") is not a node id');
    expect(bad({ mesh_allowlist: [ALICE, ALICE] }).message).to.contain('twice');
    expect(bad({ mesh_allowlist: [] }).message).to.contain('non-empty');
  });
  it('ca: the CA file is read at load; missing, unreadable, empty, not a CA or expired are errors naming mesh_ca_path', function () {
    this.timeout(20_000);
    const ca = issue({ commonName: 'realm CA', ca: true });
    const leaf = issue({ commonName: 'node' }, ca);
    const expired = issue({ commonName: 'old CA', ca: true, notBefore: new Date(Date.now() - 10 * 86_400_000), notAfter: new Date(Date.now() - 86_400_000) });
    expect(load({ mesh_trust: 'ca', mesh_ca_path: 'ca.pem' }, { 'ca.pem': ca.certPem }).meshCaPath).to.match(/ca\.pem$/);
    expect(bad({ mesh_trust: 'ca' }).details).to.include({ key: 'mesh_ca_path' });
    expect(bad({ mesh_trust: 'ca', mesh_ca_path: 'nope.pem' }).message).to.contain('cannot read it');
    expect(bad({ mesh_trust: 'ca', mesh_ca_path: 'ca.pem' }, { 'ca.pem': 'hello' }).message).to.contain('holds no PEM certificate');
    expect(bad({ mesh_trust: 'ca', mesh_ca_path: 'ca.pem' }, { 'ca.pem': leaf.certPem }).message).to.contain('certificate 0 (CN=node) is not a CA certificate');
    expect(bad({ mesh_trust: 'ca', mesh_ca_path: 'ca.pem' }, { 'ca.pem': `${ca.certPem}${expired.certPem}` }).message).to.contain('certificate 1 (CN=old CA) is outside its validity');
  });
  it('warns when ca mode keeps the generated self-signed identity, and when a setting is ignored by the mode', function () {
    this.timeout(20_000);
    const ca = issue({ commonName: 'realm CA', ca: true });
    const ca1 = load({ mesh_trust: 'ca', mesh_ca_path: 'ca.pem' }, { 'ca.pem': ca.certPem }).warnings.join('\n');
    expect(ca1).to.contain('self-signed identity').and.to.contain('cert_path');
    const open = load({ mesh_allowlist: [ALICE], mesh_ca_path: 'x.pem' }).warnings.join('\n');
    expect(open).to.contain('mesh_allowlist (config file key "mesh_allowlist") is ignored: mesh_trust is "open"');
    expect(open).to.contain('mesh_ca_path (config file key "mesh_ca_path") is ignored');
  });
  it('a mesh_trust the node links enforce draws no warning', () => {
    expect(load({ mesh_trust: 'open' }).warnings).to.deep.equal([]);
    expect(load({ mesh_trust: 'allowlist', mesh_allowlist: [ALICE] }).warnings).to.deep.equal([]);
  });
});
