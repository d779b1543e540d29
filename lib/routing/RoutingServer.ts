/**
 * macula_routing_server (seed §1): the node's DHT routing server. Lifecycle only for now: it
 * starts, stops and is supervised like the real one, but holds no routing table and answers no
 * DHT queries until the DHT lands in lib/routing.
 */
import { BaseWorker } from '../supervisor/workerChild.js';

export class RoutingServer extends BaseWorker {}
