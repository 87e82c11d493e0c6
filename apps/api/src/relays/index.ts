/** The départements' relays, for the other features. */
export { Relay } from './relay.entity';
