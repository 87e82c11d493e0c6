import { getMetadataStorage } from 'class-validator';
import type { ValidationMetadata } from 'class-validator/types/metadata/ValidationMetadata';
import { MemoByOwner } from '../database/memo';

/**
 * The one place that reaches into a library's internals at run time: class-validator has no
 * supported way to keep a class's rules. Written for this version; validation-rules-cache.spec.ts
 * fails the day the installed version, or the behaviour of the two methods replaced, changes.
 */
export const CLASS_VALIDATOR_VERSION = '0.15.1';

let rulesCached = false;

/**
 * class-validator works out a class's rules again at every validation, walking the rules of every
 * class to find those it inherits (a quarter of what a note's request allocated, tests/perf/README.md).
 * The rules are fixed once the classes are loaded: each class's are worked out once per set of options.
 */
export function cacheValidationRules(): void {
  if (rulesCached) return;
  rulesCached = true;
  const storage = getMetadataStorage();
  const rulesOf = storage.getTargetValidationMetadatas.bind(storage);
  const groupByProperty = storage.groupByPropertyName.bind(storage);
  const rules = new MemoByOwner<Function, ValidationMetadata[]>();
  const byProperty = new WeakMap<ValidationMetadata[], ReturnType<typeof groupByProperty>>();
  storage.getTargetValidationMetadatas = (target, schema, always, strictGroups, groups) => {
    const options = JSON.stringify([schema, always, strictGroups, groups]);
    return rules.get(target, options, () => rulesOf(target, schema, always, strictGroups, groups));
  };
  storage.groupByPropertyName = (metadata) => {
    let grouped = byProperty.get(metadata);
    if (!grouped) byProperty.set(metadata, (grouped = groupByProperty(metadata)));
    return grouped;
  };
}
