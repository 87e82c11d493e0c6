/**
 * The timelines' entries, for the features that write them (cases, requests, assignments). The
 * module stays out: its service asks the cases and requests services, which import this file.
 */
export { Interaction } from './interaction.entity';
