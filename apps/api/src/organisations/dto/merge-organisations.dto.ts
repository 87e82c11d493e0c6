import { IsInt, Max, Min } from 'class-validator';

/** `POST /api/organisations/{id}/merge`: the organisation of the path is kept, `duplicateId` is absorbed into it. */
export class MergeOrganisationsDto {
  @IsInt()
  @Min(1)
  @Max(2_147_483_647)
  duplicateId: number;

  /** The kept organisation's version, as the page showed it. */
  @IsInt()
  @Min(1)
  version: number;

  /** The absorbed organisation's version, as the page showed it. */
  @IsInt()
  @Min(1)
  duplicateVersion: number;
}
