import { IsInt, Max, Min } from 'class-validator';

export class EraseContactDto {
  /** The version the contact was read at: erasing what someone has just changed needs a fresh look. */
  @IsInt()
  @Min(1)
  @Max(2_147_483_647)
  version: number;
}
