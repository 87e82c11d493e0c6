import {
  DEPARTEMENTS,
  MEMBERSHIPS,
  ORGANISATION_TYPES,
  ZONES,
  type Departement,
  type Membership,
  type OrganisationType,
  type Zone,
} from '@resacoop/domain';
import { PartialType } from '@nestjs/swagger';
import {
  ArrayMaxSize,
  ArrayUnique,
  IsArray,
  IsIn,
  IsInt,
  IsNotEmpty,
  IsOptional,
  IsString,
  IsUrl,
  Matches,
  MaxLength,
  Min,
} from 'class-validator';
import {
  IsRna,
  IsSingleLine,
  IsSiret,
  NormaliseSiret,
  OmittableNotNull,
  OptionalEmail,
  OptionalPhone,
  TrimToNull,
} from '../../common/validators';

export class CreateOrganisationDto {
  @TrimToNull()
  @IsString()
  @IsNotEmpty()
  @IsSingleLine()
  @MaxLength(200)
  name: string;

  @IsOptional()
  @TrimToNull()
  @IsString()
  @IsSingleLine()
  @MaxLength(40)
  acronym?: string | null;

  @IsIn(ORGANISATION_TYPES)
  type: OrganisationType;

  @IsOptional()
  @NormaliseSiret()
  @TrimToNull()
  @IsSiret()
  siret?: string | null;

  @IsOptional()
  @TrimToNull()
  @IsRna()
  rna?: string | null;

  @IsOptional()
  @IsIn(DEPARTEMENTS)
  departement?: Departement | null;

  @IsOptional()
  @TrimToNull()
  @Matches(/^[0-9]{5}$/)
  postcode?: string | null;

  @IsOptional()
  @TrimToNull()
  @IsString()
  @IsSingleLine()
  @MaxLength(100)
  city?: string | null;

  @IsOptional()
  @TrimToNull()
  @IsString()
  @MaxLength(300)
  address?: string | null;

  @IsOptional()
  @TrimToNull()
  @IsUrl({ require_protocol: true, protocols: ['http', 'https'] })
  @IsSingleLine()
  @MaxLength(300)
  website?: string | null;

  @OptionalEmail()
  email?: string | null;

  @OptionalPhone()
  phone?: string | null;

  @OmittableNotNull()
  @IsIn(MEMBERSHIPS)
  membership?: Membership;

  @OmittableNotNull()
  @IsArray()
  @ArrayMaxSize(ZONES.length)
  @ArrayUnique()
  @IsIn(ZONES, { each: true })
  zones?: Zone[];

  @OmittableNotNull()
  @IsArray()
  @ArrayMaxSize(30)
  @ArrayUnique()
  @IsString({ each: true })
  @IsNotEmpty({ each: true })
  @IsSingleLine({ each: true })
  @MaxLength(50, { each: true })
  tags?: string[];

  @IsOptional()
  @TrimToNull()
  @IsString()
  @MaxLength(10000)
  notes?: string | null;
}

/** A PUT carries the fields to change and the version it was read at. Required fields stay non-null. */
export class UpdateOrganisationDto extends PartialType(CreateOrganisationDto, { skipNullProperties: false }) {
  @IsInt()
  @Min(1)
  version: number;
}
