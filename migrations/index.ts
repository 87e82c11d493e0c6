import { Foundation1764000000000 } from './1764000000000-foundation';

/** Every schema change, in order. A landed migration is never edited: add a new one. */
export const MIGRATIONS = [Foundation1764000000000];
