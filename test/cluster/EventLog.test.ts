import { expect } from 'chai';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { EventLog, formatEvent } from '../../lib/cluster/EventLog.js';

describe('EventLog', () => {
  let dir: string;
  beforeEach(() => (dir = mkdtempSync(join(tmpdir(), 'macula-events-'))));
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('appends one JSON line per event, in order, readable only by the owner', () => {
    const log = new EventLog(join(dir, 'events.jsonl'));
    log.append({ ts: 1, kind: 'child_started', supervisor: 'macula_root', child: 'a' });
    log.append({ ts: 2, kind: 'child_exited', supervisor: 'macula_root', child: 'a', reason: 'crash: x' });
    const lines = readFileSync(log.path, 'utf8').trim().split('\n').map((l) => JSON.parse(l));
    expect(lines.map((l) => l.kind)).to.deep.equal(['child_started', 'child_exited']);
    expect(statSync(log.path).mode & 0o777).to.equal(0o600);
  });

  it('stays bounded: past the size limit it rotates to events.jsonl.1 and starts over', () => {
    const log = new EventLog(join(dir, 'events.jsonl'), 1000);
    for (let i = 0; i < 100; i++) log.append({ ts: i, kind: 'child_started', supervisor: 'macula_root', child: `c${i}` });
    expect(statSync(log.path).size).to.be.at.most(1000);
    expect(statSync(`${log.path}.1`).size).to.be.at.most(1000);
    const last = readFileSync(log.path, 'utf8').trim().split('\n').map((l) => JSON.parse(l));
    expect(last.at(-1).child).to.equal('c99');
    expect(existsSync(`${log.path}.2`)).to.equal(false);
  });

  it('formats an event for humans', () => {
    const line = formatEvent({ ts: Date.UTC(2026, 0, 1, 12, 0, 1, 234), kind: 'child_restarting', supervisor: 'macula_root', child: 'x', reason: 'crash: y', restarts: 2 });
    expect(line).to.equal('12:00:01.234 child_restarting       macula_root child=x reason="crash: y" restarts=2');
  });
});
