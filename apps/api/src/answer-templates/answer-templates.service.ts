import { Injectable } from '@nestjs/common';
import { ANSWER_PLACEHOLDERS, msg, unknownPlaceholders } from '@resacoop/domain';
import type { AuthUser } from '../common/auth-user';
import { ValidationFailed } from '../common/app-exception';
import type { ListDefinition } from '../common/list-query';
import { RecordService } from '../common/record.service';
import { Database } from '../database/database';
import { AnswerTemplate } from './answer-template.entity';
import type { CreateAnswerTemplateDto, UpdateAnswerTemplateDto } from './dto/answer-template.dto';

export const ANSWER_TEMPLATE_LIST: ListDefinition = {
  sortable: { id: 'id', title: 'title', active: 'active', updatedAt: 'updatedAt' },
  filters: {
    q: { kind: 'search', expression: 'f_unaccent(lower($alias.title))' },
    id: { kind: 'equals', column: 'id', type: 'int' },
    active: { kind: 'equals', column: 'active', type: 'bool' },
  },
  defaultSort: ['title', 'ASC'],
};

const EXPORT_FIELDS = ['id', 'title', 'body', 'active', 'updatedAt'] as const satisfies readonly (keyof AnswerTemplate)[];

/** Saved answers: written by coordination, read by advisers when they answer a request by e-mail. */
@Injectable()
export class AnswerTemplatesService extends RecordService<AnswerTemplate> {
  constructor(db: Database) {
    super(db, {
      target: AnswerTemplate,
      entityName: 'answer-template',
      list: ANSWER_TEMPLATE_LIST,
      export: { fileName: 'reponses-types.csv', fields: EXPORT_FIELDS },
    });
  }

  create(actor: AuthUser, data: CreateAnswerTemplateDto): Promise<AnswerTemplate> {
    assertFillable(data.body);
    return this.store.create(actor.id, { ...data, active: data.active ?? true });
  }

  update(actor: AuthUser, id: number, { version, ...changes }: UpdateAnswerTemplateDto): Promise<AnswerTemplate> {
    if (changes.body !== undefined) assertFillable(changes.body);
    return this.store.update(actor.id, id, version, changes);
  }

  remove(actorId: number, id: number): Promise<AnswerTemplate> {
    return this.store.remove(actorId, id, { record: 'answer-template', heldBy: [] });
  }
}

/** A body naming a placeholder the desk cannot fill would leave it in the e-mail sent: refused, naming them. */
function assertFillable(body: string): void {
  const unknown = unknownPlaceholders(body);
  if (unknown.length > 0) {
    const written = (names: readonly string[]) => names.map((name) => `{{${name}}}`).join(', ');
    throw new ValidationFailed({
      body: msg('field.unknownPlaceholders', { unknown: written(unknown), known: written(ANSWER_PLACEHOLDERS) }),
    });
  }
}
