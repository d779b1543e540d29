import { expect } from 'chai';
import { renderBanner, type BannerOptions } from '../../lib/cluster/banner.js';

const NODE_ID = '3f'.repeat(32);

function options(color: boolean): BannerOptions {
  return {
    version: '0.1.0', nodeId: NODE_ID, realm: 'io.example.arcade', quic: '0.0.0.0:9443', health: 'http://0.0.0.0:8080',
    dataDir: '/var/lib/macula', color, rootPid: 100,
    tree: [
      { id: 'macula_routing_server', type: 'worker', state: 'running', pid: 101, restarts: 0 },
      {
        id: 'macula_bootstrap_system', type: 'supervisor', strategy: 'one_for_one', state: 'running', pid: 102, restarts: 0,
        children: [
          { id: 'macula_bootstrap_server', type: 'worker', state: 'running', pid: 102, restarts: 0 },
          { id: 'macula_bootstrap_registry', type: 'worker', state: 'running', pid: 102, restarts: 0 },
          { id: 'macula_bootstrap_health', type: 'worker', state: 'running', pid: 102, restarts: 0 },
        ],
      },
      {
        id: 'macula_gateway_system', type: 'supervisor', strategy: 'rest_for_one', state: 'running', pid: 103, restarts: 1,
        children: [
          { id: 'macula_gateway_quic_server', type: 'worker', state: 'running', pid: 103, restarts: 0 },
          {
            id: 'macula_gateway_workers_sup', type: 'supervisor', strategy: 'rest_for_one', state: 'running', pid: 103, restarts: 0,
            children: [{ id: 'macula_gateway_pubsub', type: 'worker', state: 'restarting', pid: 103, restarts: 2 }],
          },
        ],
      },
      { id: 'macula_peers_sup', type: 'supervisor', strategy: 'simple_one_for_one', state: 'running', restarts: 0, children: [
        { id: 'peer1', type: 'supervisor', strategy: 'rest_for_one', state: 'running', pid: 104, restarts: 0 },
      ] },
    ],
  };
}

describe('renderBanner', () => {
  it('plain output has no escape codes at all', () => {
    expect(renderBanner(options(false))).not.to.contain('\u001b');
  });

  it('shows version, node id, realm, both listeners and the data dir', () => {
    const text = renderBanner(options(false));
    for (const s of ['Macula v0.1.0', NODE_ID, 'io.example.arcade', '0.0.0.0:9443', 'http://0.0.0.0:8080', '/var/lib/macula']) {
      expect(text).to.contain(s);
    }
  });

  it('draws the tree like the seed, with strategies and one pid per OS process', () => {
    const lines = renderBanner(options(false)).split('\n');
    expect(lines).to.include('  macula_root [one_for_one] pid 100');
    expect(lines).to.include('  ├── macula_routing_server (worker) pid 101');
    expect(lines).to.include('  ├── macula_bootstrap_system [one_for_one] pid 102');
    expect(lines).to.include('  │   ├── macula_bootstrap_server (worker)');
    expect(lines).to.include('  │   └── macula_bootstrap_health (worker)');
    expect(lines).to.include('  ├── macula_gateway_system [rest_for_one] pid 103 restarts 1');
    expect(lines).to.include('  │       └── macula_gateway_pubsub (worker) restarting restarts 2');
    expect(lines).to.include('  └── macula_peers_sup [simple_one_for_one]');
    expect(lines).to.include('      └── peer1 [rest_for_one] pid 104');
  });

  it('states who may do what and shows warnings loudly, wrapped, under the fields', () => {
    const warning = `no permissions section and the QUIC listener (0.0.0.0:9443) is reachable beyond loopback: ${'clients on other machines are refused '.repeat(4)}(docs/SECURITY.md)`;
    const lines = renderBanner({ ...options(false), access: 'no permissions section: loopback clients may do anything', warnings: [warning] }).split('\n');
    expect(lines).to.include('  Access    no permissions section: loopback clients may do anything');
    const at = lines.findIndex((l) => l.startsWith('  WARNING   no permissions section'));
    expect(at).to.be.greaterThan(0);
    expect(lines[at + 1]).to.match(/^ {12}\S/);
    expect(lines.slice(at, at + 3).map((l) => l.slice(12)).join(' ')).to.contain('(docs/SECURITY.md)');
    for (const l of lines) expect(l.length).to.be.at.most(12 + 96 + 40);
    expect(renderBanner({ ...options(true), warnings: [warning] })).to.contain('\u001b[1;31mWARNING');
  });

  it('colour output carries the same text inside ANSI escapes', () => {
    const colored = renderBanner(options(true));
    expect(colored).to.contain('\u001b[');
    // eslint-disable-next-line no-control-regex
    expect(colored.replace(/\u001b\[[0-9;]*m/g, '')).to.equal(renderBanner(options(false)));
  });
});

describe('renderBanner: bootstrap_url', () => {
  it('says the node joins through a configured bootstrap_url, or is a seed node without one', () => {
    const text = renderBanner({ ...options(false), bootstrap: 'https://seed.example:9443' });
    expect(text).to.match(/^ {2}Mesh\s+joining through https:\/\/seed\.example:9443 \(macula-cluster mesh shows its contacts\)$/m);
    expect(renderBanner(options(false))).to.match(/^ {2}Mesh\s+a seed node \(no bootstrap_url\)/m);
  });
});
