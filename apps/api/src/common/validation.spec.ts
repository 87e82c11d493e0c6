import type { ArgumentMetadata } from '@nestjs/common';
import { translateFields, type Message } from '@resacoop/domain';
import { getMetadataStorage, IsInt, IsString } from 'class-validator';
import { createValidationPipe } from './validation';

class Base {
  @IsInt()
  count: number;
}

class Extended extends Base {
  @IsString()
  label: string;
}

const asBody = (metatype: Function): ArgumentMetadata => ({ type: 'body', metatype: metatype as ArgumentMetadata['metatype'] });

/** Errors by field of a refused body, as the API answers them. */
async function refusal(run: Promise<unknown>): Promise<Record<string, string> | undefined> {
  try {
    await run;
    return undefined;
  } catch (error) {
    const { errors } = error as { errors?: Record<string, Message> };
    return errors && translateFields(errors, 'fr');
  }
}

describe('the validation pipe with the class rules worked out once', () => {
  const pipe = createValidationPipe();

  it('checks each body against its class and the rules it inherits, every time', async () => {
    expect(await refusal(pipe.transform({ count: 'three', label: 3 }, asBody(Extended)))).toEqual({
      count: 'nombre entier attendu',
      label: 'texte attendu',
    });
    await expect(pipe.transform({ count: 3, label: 'trois' }, asBody(Extended))).resolves.toEqual({ count: 3, label: 'trois' });
    expect(await refusal(pipe.transform({ count: 3, label: 'trois', extra: true }, asBody(Extended)))).toEqual({
      extra: 'champ inconnu ou non modifiable',
    });
    expect(await refusal(pipe.transform({ count: 1.5 }, asBody(Base)))).toEqual({ count: 'nombre entier attendu' });
  });

  it('works a class’s rules out once, also for a class declared after the pipe', async () => {
    class DeclaredLater {
      @IsString()
      note: string;
    }
    expect(await refusal(pipe.transform({ note: 1 }, asBody(DeclaredLater)))).toEqual({ note: 'texte attendu' });
    const storage = getMetadataStorage();
    const rules = storage.getTargetValidationMetadatas(DeclaredLater, '', false, false);
    expect(rules.map((rule) => rule.propertyName)).toEqual(['note']);
    expect(storage.getTargetValidationMetadatas(DeclaredLater, '', false, false)).toBe(rules);
    expect(storage.groupByPropertyName(rules)).toBe(storage.groupByPropertyName(rules));
  });
});
