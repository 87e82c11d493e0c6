import { PartialType } from '@nestjs/swagger';
import {
  DEPARTEMENTS,
  EVENT_KINDS,
  EVENT_ROLES,
  EVENT_THEMES,
  SDGS,
  SITES,
  type Departement,
  type EventKind,
  type EventRole,
  type EventTheme,
  type Site,
} from '@resacoop/domain';
import {
  ArrayMaxSize,
  ArrayUnique,
  IsArray,
  IsBoolean,
  IsIn,
  IsInt,
  IsNotEmpty,
  IsNumber,
  IsOptional,
  IsString,
  Max,
  MaxLength,
  Min,
} from 'class-validator';
import { MAX_ID } from '../../common/id.pipe';
import { IsRecordId, IsSingleLine, IsTimestamp, OmittableNotNull, TrimToNull } from '../../common/validators';

export class CreateEventDto {
  @TrimToNull()
  @IsString()
  @IsNotEmpty()
  @IsSingleLine()
  @MaxLength(200)
  title: string;

  @IsIn(EVENT_KINDS)
  kind: EventKind;

  @IsIn(EVENT_ROLES)
  role: EventRole;

  /** An ISO date-time with its offset (the console sends Paris time). */
  @IsTimestamp()
  startsAt: string;

  @IsTimestamp()
  endsAt: string;

  @OmittableNotNull()
  @IsBoolean()
  online?: boolean;

  @IsOptional()
  @TrimToNull()
  @IsString()
  @MaxLength(500)
  address?: string | null;

  /** Required unless online. */
  @IsOptional()
  @IsIn(DEPARTEMENTS)
  departement?: Departement | null;

  @OmittableNotNull()
  @IsArray()
  @ArrayUnique()
  @IsIn(EVENT_THEMES, { each: true })
  themes?: EventTheme[];

  @OmittableNotNull()
  @IsArray()
  @ArrayUnique()
  @IsIn(SDGS, { each: true })
  sdgs?: number[];

  @OmittableNotNull()
  @IsArray()
  @ArrayMaxSize(50)
  @ArrayUnique()
  @IsInt({ each: true })
  @Min(1, { each: true })
  @Max(MAX_ID, { each: true })
  coOrganiserIds?: number[];

  /** For a relay user, always their own relay. */
  @IsOptional()
  @IsRecordId()
  relayId?: number | null;

  /** Defaults to the creator's site (none for a relay user). */
  @IsOptional()
  @IsIn(SITES)
  site?: Site | null;

  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(100_000)
  capacity?: number | null;

  @IsOptional()
  @TrimToNull()
  @IsString()
  @MaxLength(20000)
  publicDescription?: string | null;

  @OmittableNotNull()
  @IsInt()
  @Min(0)
  @Max(1_000_000)
  headCount?: number;

  /** A training's length in hours (half hours and the like allowed). */
  @IsOptional()
  @IsNumber({ allowNaN: false, allowInfinity: false, maxDecimalPlaces: 2 })
  @Min(0.25)
  @Max(1000)
  hours?: number | null;

  @IsOptional()
  @TrimToNull()
  @IsString()
  @IsSingleLine()
  @MaxLength(200)
  trainer?: string | null;
}

export class UpdateEventDto extends PartialType(CreateEventDto, { skipNullProperties: false }) {
  @IsInt()
  @Min(1)
  version: number;
}

/** An event's move (publish, cancel, mark held), from the version the caller saw. */
export class EventActionDto {
  @IsInt()
  @Min(1)
  version: number;
}
