/** A Broker on 127.0.0.1:0 plus a client endpoint, torn down after each test. */
import { Broker, type BrokerOptions } from '../../lib/broker/index.js';
import type { QuicEndpoint } from '../../lib/transport/index.js';
import { clientEndpoint, identity, RawClient } from './helpers.js';

const serverIdentity = identity();

export interface Harness {
  broker: Broker;
  ep: QuicEndpoint;
  connect(realm?: string): Promise<RawClient>;
  open(): Promise<RawClient>;
}

export function useBroker(): { start(opts?: Partial<BrokerOptions>): Promise<Harness> } {
  const brokers: Broker[] = [];
  const endpoints: QuicEndpoint[] = [];
  afterEach(async () => {
    await Promise.all(endpoints.splice(0).map((ep) => ep.close({ force: true })));
    await Promise.all(brokers.splice(0).map((b) => b.stop()));
  });
  return {
    async start(opts = {}) {
      const broker = new Broker({ tls: serverIdentity, host: '127.0.0.1', port: 0, ...opts });
      brokers.push(broker);
      await broker.start();
      const ep = await clientEndpoint();
      endpoints.push(ep);
      return {
        broker,
        ep,
        connect: (realm = '') => RawClient.connect(ep, broker.url, realm),
        open: () => RawClient.open(ep, broker.url),
      };
    },
  };
}
