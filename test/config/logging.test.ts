import { expect } from 'chai';
import { loadConfig } from '../../lib/config/index.js';
import { MaculaError } from '../../lib/errors/index.js';
import { createLogger, resolveLogFormat } from '../../lib/log/index.js';

function fails(fn: () => unknown): MaculaError {
  try {
    fn();
  } catch (e) {
    expect(e).to.be.instanceOf(MaculaError);
    return e as MaculaError;
  }
  throw new Error('expected a MaculaError');
}

describe('config: log level and format, bootstrap_url scheme', () => {
  it('MACULA_LOG_LEVEL / --log-level and MACULA_LOG_FORMAT / --log-format are settings with defaults', () => {
    const d = loadConfig({ argv: [], env: {}, uid: 1000 });
    expect(d).to.include({ logLevel: 'info', logFormat: 'auto' });
    expect(loadConfig({ argv: [], env: { MACULA_LOG_LEVEL: 'warn', MACULA_LOG_FORMAT: 'json' }, uid: 1000 })).to.include({ logLevel: 'warn', logFormat: 'json' });
    expect(loadConfig({ argv: ['--log-level', 'debug'], env: { MACULA_LOG_LEVEL: 'warn' }, uid: 1000 }).logLevel).to.equal('debug');
  });

  it('a level or format outside the list is invalid_config naming the variable and the values allowed', () => {
    const e = fails(() => loadConfig({ argv: [], env: { MACULA_LOG_LEVEL: 'verbose' }, uid: 1000 }));
    expect(e.code).to.equal('invalid_config');
    expect(e.message).to.contain('MACULA_LOG_LEVEL').and.contain('"verbose"').and.contain('trace, debug, info, warn, error, fatal, silent');
    expect(fails(() => loadConfig({ argv: ['--log-format', 'xml'], env: {}, uid: 1000 })).message).to.contain('auto, json, pretty');
    expect(fails(() => createLogger({ name: 't', level: 'loud' })).code).to.equal('invalid_config');
  });

  it('auto is readable lines on a terminal and JSON lines otherwise', () => {
    expect(resolveLogFormat('auto', true)).to.equal('pretty');
    expect(resolveLogFormat('auto', false)).to.equal('json');
    expect(resolveLogFormat('json', true)).to.equal('json');
  });

  it('bootstrap_url takes quic:// or the seed\'s https://, nothing else', () => {
    for (const url of ['quic://seed.example:9443', 'https://seed.example:9443']) {
      expect(loadConfig({ argv: ['--bootstrap-url', url], env: {}, uid: 1000 }).bootstrapUrl).to.equal(url);
    }
    expect(fails(() => loadConfig({ argv: ['--bootstrap-url', 'ftp://seed.example:21'], env: {}, uid: 1000 })).message).to.contain('quic://host:port or https://host:port');
  });
});
