/** Cases handed to relays, for the other features (the demo data). */
export { Assignment } from './assignment.entity';
