import type { KeyFigures } from '@resacoop/domain';
import { Column, Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { User } from '../auth';

/** The key figures of a published year, frozen as printed: later corrections never change them. */
@Entity('key_figure_snapshots')
export class KeyFigureSnapshot {
  @PrimaryColumn('int')
  year: number;

  @Column('jsonb')
  figures: KeyFigures;

  @Column('timestamptz', { default: () => 'now()' })
  publishedAt: Date;

  @Column('int', { nullable: true })
  publishedById: number | null;

  @ManyToOne(() => User, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'published_by_id' })
  publishedBy?: User;
}
