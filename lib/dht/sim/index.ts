export { VirtualClock, ScopedClock, SIM_EPOCH_MS } from './VirtualClock.js';
export { SimNetwork, DEFAULT_LINK, type LinkProfile, type NetworkCounters, type Receiver } from './SimNetwork.js';
export { Simulation, type SimNode, type SimNodeOptions, type SimulationOptions } from './Simulation.js';
