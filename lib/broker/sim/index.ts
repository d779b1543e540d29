export { PubSubSim, SimClient, type PubSubSimOptions, type SimDelivery, type SimArrival } from './PubSubSim.js';
export { SimConnection, SimStream } from './SimTransport.js';
