import { CreateDateColumn, PrimaryGeneratedColumn, UpdateDateColumn, VersionColumn } from 'typeorm';

/** What every record carries: an id, its timestamps and the version that guards against lost updates. */
export abstract class BaseRecord {
  @PrimaryGeneratedColumn()
  id: number;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;

  @VersionColumn()
  version: number;
}

/** The fields no client may write. */
export const READ_ONLY_FIELDS = ['id', 'createdAt', 'updatedAt', 'version'] as const;
