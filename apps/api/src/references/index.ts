/** The yearly references of requests and cases (DI-2024-0042), for the features that hand them out. */
export { ReferenceCounter } from './reference-counter.entity';
export { nextReference } from './references';
export { ReferencesModule } from './references.module';
