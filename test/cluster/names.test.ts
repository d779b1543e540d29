import { expect } from 'chai';
import { childIdOf, processNameOf, resolveFaultTarget, supervisorPathOf } from '../../lib/cluster/names.js';
import { isMaculaError } from '../../lib/errors/index.js';

describe('cluster names', () => {
  it('maps the seed children to OS process names and back', () => {
    expect(processNameOf('macula_gateway_system')).to.equal('gateway');
    expect(processNameOf('peer12')).to.equal('peer:12');
    expect(processNameOf('macula_peers_sup')).to.equal(undefined);
    expect(childIdOf('peer:3')).to.equal('peer3');
    expect(childIdOf('routing')).to.equal('macula_routing_server');
    expect(supervisorPathOf('peer:2')).to.equal('macula_root/macula_peers_sup/peer2');
    expect(supervisorPathOf('bootstrap')).to.equal('macula_root/macula_bootstrap_system');
  });

  it('resolves fault targets: OS process names, logical paths, with or without macula_root/', () => {
    expect(resolveFaultTarget('peer:1')).to.deep.equal({ process: 'peer:1', path: '' });
    expect(resolveFaultTarget('macula_gateway_system/macula_gateway_workers_sup/macula_gateway_pubsub')).to.deep.equal({
      process: 'gateway',
      path: 'macula_gateway_workers_sup/macula_gateway_pubsub',
    });
    expect(resolveFaultTarget('peer1/macula_rpc_handler')).to.deep.equal({ process: 'peer:1', path: 'macula_rpc_handler' });
    expect(resolveFaultTarget('macula_root/macula_peers_sup/peer2/macula_connection')).to.deep.equal({ process: 'peer:2', path: 'macula_connection' });
    expect(() => resolveFaultTarget('nowhere/x')).to.throw().that.satisfies((e: unknown) => isMaculaError(e, 'no_such_process'));
    expect(() => resolveFaultTarget('peer0/x')).to.throw();
  });
});
