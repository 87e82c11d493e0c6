import { DEPARTEMENTS, type Departement } from '@resacoop/domain';
import { ArrayUnique, IsArray, IsIn, IsInt, IsNotEmpty, IsString, Max, MaxLength, Min } from 'class-validator';
import { IsSingleLine, OmittableNotNull, TrimToNull } from '../../common/validators';

/** Admins rename a relay, change its organisation record or the départements it covers. */
export class UpdateRelayDto {
  @OmittableNotNull()
  @TrimToNull()
  @IsString()
  @IsNotEmpty()
  @IsSingleLine()
  @MaxLength(150)
  name?: string;

  @OmittableNotNull()
  @IsInt()
  @Min(1)
  @Max(2_147_483_647)
  organisationId?: number;

  @OmittableNotNull()
  @IsArray()
  @ArrayUnique()
  @IsIn(DEPARTEMENTS, { each: true })
  departements?: Departement[];

  @IsInt()
  @Min(1)
  version: number;
}
