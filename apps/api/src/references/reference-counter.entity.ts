import { Column, Entity, PrimaryColumn } from 'typeorm';

/** The last number handed out per prefix and year (DI-2024-0042, AC-2024-0007). */
@Entity('reference_counters')
export class ReferenceCounter {
  @PrimaryColumn('text')
  prefix: string;

  @PrimaryColumn('int')
  year: number;

  @Column('int')
  last: number;
}
