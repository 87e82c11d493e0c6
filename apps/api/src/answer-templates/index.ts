/** Saved answers, for the roots and the other features: the module and its record. */
export { AnswerTemplate } from './answer-template.entity';
export { AnswerTemplatesModule } from './answer-templates.module';
