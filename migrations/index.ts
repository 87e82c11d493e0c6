import { Foundation1764000000000 } from './1764000000000-foundation';
import { InformationRequests1795544706745 } from './1795544706745-information-requests';

/** Every schema change, in order. A landed migration is never edited: add a new one. */
export const MIGRATIONS = [Foundation1764000000000, InformationRequests1795544706745];
