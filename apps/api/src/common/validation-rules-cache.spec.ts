import { readFileSync } from 'node:fs';
import { getMetadataStorage, IsInt, IsOptional, IsString, validateSync, ValidationError } from 'class-validator';
import { cacheValidationRules, CLASS_VALIDATOR_VERSION } from './validation-rules-cache';

class Parent {
  @IsInt()
  count: number;
}

class Child extends Parent {
  @IsString()
  @IsOptional()
  label?: string;

  @IsString({ groups: ['strict'] })
  code: string;
}

const summary = (errors: ValidationError[]) => errors.map((error) => [error.property, Object.keys(error.constraints ?? {}).sort()]);
const check = (value: object) => [
  summary(validateSync(Object.assign(new Child(), value), { whitelist: true, forbidNonWhitelisted: true })),
  summary(validateSync(Object.assign(new Child(), value), { groups: ['strict'] })),
];

/** The patch of class-validator's metadata store (validation-rules-cache.ts) against the library as installed. */
describe('the kept class rules', () => {
  it('were written for the class-validator installed: a new version must be checked before this number moves', () => {
    const installed = JSON.parse(readFileSync(require.resolve('class-validator/package.json'), 'utf8')) as { version: string };
    expect(installed.version).toBe(CLASS_VALIDATOR_VERSION);
  });

  it('validate as class-validator does on its own (inheritance, optional fields, groups, unknown fields)', () => {
    const inputs = [{ count: 1, code: 'x' }, { count: 'one', label: 2 }, { count: 1, extra: true }, {}];
    const before = inputs.map(check);
    cacheValidationRules();
    expect(inputs.map(check)).toEqual(before);
    expect(inputs.map(check)).toEqual(before);
  });

  it('work a class’s rules out once per set of options', () => {
    cacheValidationRules();
    const storage = getMetadataStorage();
    const rules = storage.getTargetValidationMetadatas(Child, '', false, false);
    expect(rules.map((rule) => rule.propertyName).sort()).toEqual(['code', 'count', 'label', 'label']);
    expect(storage.getTargetValidationMetadatas(Child, '', false, false)).toBe(rules);
    expect(storage.getTargetValidationMetadatas(Child, '', false, false, ['strict'])).not.toBe(rules);
    expect(storage.groupByPropertyName(rules)).toBe(storage.groupByPropertyName(rules));
  });
});
