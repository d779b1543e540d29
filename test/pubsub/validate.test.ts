import { expect } from 'chai';
import { MaculaError } from '../../lib/errors/index.js';
import {
  MAX_TOPIC_LENGTH, MAX_TOPIC_SEGMENTS, isValidPattern, isValidTopic, validatePattern, validateTopic,
} from '../../lib/pubsub/index.js';
import { TOPIC_CACHE_ENTRIES } from '../../lib/pubsub/constants.js';
import { topicCacheSize, topicSegments } from '../../lib/pubsub/validate.js';

function errorOf(fn: () => unknown): MaculaError {
  try {
    fn();
  } catch (e) {
    expect(e).to.be.instanceOf(MaculaError);
    return e as MaculaError;
  }
  throw new Error('expected a MaculaError');
}

describe('topic and pattern validation', () => {
  it('accepts dot-separated segments of letters, digits, _ and -', () => {
    expect(validateTopic('io.macula.sensor-1.temp_c')).to.deep.equal(['io', 'macula', 'sensor-1', 'temp_c']);
    expect(isValidTopic('A.b9.__.-')).to.equal(true);
  });

  it('accepts * and ** in patterns, anywhere and several times', () => {
    for (const p of ['*', '**', 'a.*', '**.b', 'a.**.b', '**.x.**', 'a.*.**.*', '**.**']) expect(isValidPattern(p), p).to.equal(true);
  });

  it('rejects a wildcard in a published topic, naming the segment and its index', () => {
    const e = errorOf(() => validateTopic('a.b.*'));
    expect(e.code).to.equal('invalid_topic');
    expect(e.details).to.include({ segment: '*', index: 2 });
    expect(e.message).to.contain('the 3rd segment "*" is a wildcard');
    expect(errorOf(() => validateTopic('**.a')).details).to.include({ segment: '**', index: 0 });
  });

  it('rejects an empty segment, naming its index', () => {
    expect(errorOf(() => validateTopic('a..b')).details).to.include({ segment: '', index: 1 });
    expect(errorOf(() => validateTopic('.a')).details).to.include({ segment: '', index: 0 });
    expect(errorOf(() => validatePattern('a.*.')).details).to.include({ segment: '', index: 2 });
  });

  it('rejects bad characters and partial wildcards, naming the segment', () => {
    const cases: Array<[string, string, number]> = [['a.b c', 'b c', 1], ['a/b', 'a/b', 0], ['x.y#', 'y#', 1], ['a.b*', 'b*', 1], ['***', '***', 0], ['ü', 'ü', 0], ['a.>', '>', 1]];
    for (const [pattern, segment, index] of cases) {
      const e = errorOf(() => validatePattern(pattern));
      expect(e.code, pattern).to.equal('invalid_topic');
      expect(e.details, pattern).to.include({ segment, index });
    }
  });

  it('rejects empty, non-string, over-long and over-deep names', () => {
    expect(errorOf(() => validateTopic('')).code).to.equal('invalid_topic');
    expect(errorOf(() => validateTopic(42)).code).to.equal('invalid_topic');
    expect(isValidTopic('a'.repeat(MAX_TOPIC_LENGTH))).to.equal(true);
    expect(errorOf(() => validateTopic('a'.repeat(MAX_TOPIC_LENGTH + 1))).details.reason).to.contain(String(MAX_TOPIC_LENGTH));
    expect(isValidTopic(Array(MAX_TOPIC_SEGMENTS).fill('a').join('.'))).to.equal(true);
    expect(errorOf(() => validateTopic(Array(MAX_TOPIC_SEGMENTS + 1).fill('a').join('.'))).details.reason).to.contain(String(MAX_TOPIC_SEGMENTS));
  });
});

describe('topicSegments (the publish path)', () => {
  it('answers like validateTopic, shares read-only segments, and remembers at most TOPIC_CACHE_ENTRIES topics', () => {
    expect(topicSegments('a.b-c.d_1')).to.deep.equal(['a', 'b-c', 'd_1']);
    expect(topicSegments('a.b-c.d_1')).to.equal(topicSegments('a.b-c.d_1'));
    expect(Object.isFrozen(topicSegments('a.b'))).to.equal(true);
    for (const bad of ['', 'a..b', '.a', 'a.', 'a.*', 'a b', 'a'.repeat(MAX_TOPIC_LENGTH + 1)]) {
      expect(errorOf(() => topicSegments(bad)).code, bad).to.equal(errorOf(() => validateTopic(bad)).code);
    }
    for (let i = 0; i < TOPIC_CACHE_ENTRIES * 3; i++) topicSegments(`t.${i}`);
    expect(topicCacheSize()).to.be.at.most(TOPIC_CACHE_ENTRIES).and.above(0);
  });
});
