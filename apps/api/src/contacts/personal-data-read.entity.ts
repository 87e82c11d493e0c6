import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { Contact } from './contact.entity';
import { User } from '../auth';

export type PersonalDataReadKind = 'read' | 'list' | 'export';

/** A relay user saw a contact's personal data: kept so admins can answer "who looked at me?". */
@Entity('personal_data_reads')
@Check('CHK_personal_data_reads_kind', `"kind" IN ('read', 'list', 'export')`)
@Index('IDX_personal_data_reads_contact', ['contactId', 'at'])
@Index('IDX_personal_data_reads_user', ['userId', 'at'])
@Index('IDX_personal_data_reads_at', ['at'])
export class PersonalDataRead {
  @PrimaryGeneratedColumn({ type: 'bigint' })
  id: string;

  @Column('int')
  userId: number;

  @ManyToOne(() => User, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'user_id' })
  user?: User;

  @Column('int')
  contactId: number;

  @ManyToOne(() => Contact, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'contact_id' })
  contact?: Contact;

  @Column('text')
  kind: PersonalDataReadKind;

  @Column('timestamptz', { default: () => 'now()' })
  at: Date;
}
