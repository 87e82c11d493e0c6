import { Column, Entity, Index } from 'typeorm';
import { BaseRecord } from '../common/base-record.entity';

/**
 * A saved answer: the wording an adviser starts an e-mail answer from, with placeholders the
 * request's fields fill (`ANSWER_PLACEHOLDERS` in the domain library). An inactive one is kept
 * for the record but no longer offered.
 */
@Entity('answer_templates')
// In French order (COLLATE "fr-x-icu", as the lists sort): written by its migration.
@Index('IDX_answer_templates_title', { synchronize: false })
export class AnswerTemplate extends BaseRecord {
  @Column('text')
  title: string;

  @Column('text')
  body: string;

  @Column('boolean', { default: true })
  active: boolean;
}
