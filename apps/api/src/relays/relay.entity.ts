import { type Departement, DEPARTEMENTS } from '@resacoop/domain';
import { Coded } from '../database/coded';
import { Column, Entity, JoinColumn, ManyToOne } from 'typeorm';
import { BaseRecord } from '../common/base-record.entity';
import { Organisation } from '../organisations';

/** A departmental relay (relais départemental): a partner organisation working the cases of its départements. */
@Entity('relays')
export class Relay extends BaseRecord {
  @Column('text', { unique: true })
  name: string;

  @Column('int')
  organisationId: number;

  @ManyToOne(() => Organisation, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'organisation_id' })
  organisation?: Organisation;

  @Coded(DEPARTEMENTS)
  @Column('text', { array: true, default: () => "'{}'" })
  departements: Departement[];
}
