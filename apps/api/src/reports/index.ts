/** Key figures, for the dashboard (its headline statements, built from the key figures' own definitions, so both count alike) and the CLI. */
export { HEADLINE_CASES, HEADLINE_REQUESTS } from './key-figures.sql';
export { KeyFigureSnapshot } from './key-figure-snapshot.entity';
