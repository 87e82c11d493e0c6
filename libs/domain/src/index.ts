export * from './labels';
export * from './reference';
export * from './identifiers';
export * from './permissions';
export * from './working-days';
export * from './requests';
export * from './interactions';
