/** Key figures, for the dashboard (the SQL fragments that define what they count, so both count alike) and the CLI. */
export { ACTIVE_IN_PERIOD, ANSWERED_WITHIN_DUE, OUTCOME_KNOWN, PERIOD, PERIOD_END, THROUGH_RELAY } from './key-figures.sql';
export { KeyFigureSnapshot } from './key-figure-snapshot.entity';
