import { IsIn, IsOptional, IsString, MaxLength } from 'class-validator';

export const IMPORT_MODES = ['preview', 'commit'] as const;
export type ImportMode = (typeof IMPORT_MODES)[number];

export class ImportQueryDto {
  /** `preview` checks every row and saves nothing; `commit` saves all rows, or none if one is in error. */
  @IsIn(IMPORT_MODES)
  mode: ImportMode;

  /** JSON object: column title → field name, or null to leave the column out. Titles not named keep their default. */
  @IsOptional()
  @IsString()
  @MaxLength(20_000)
  mapping?: string;
}
