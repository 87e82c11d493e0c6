import { OmitType, PartialType } from '@nestjs/swagger';
import {
  CASE_OUTCOMES,
  CASE_STATUSES,
  SDGS,
  SITES,
  STAGES,
  type CaseOutcome,
  type CaseStatus,
  type Site,
  type Stage,
} from '@resacoop/domain';
import { ArrayMaxSize, ArrayUnique, IsArray, IsIn, IsInt, IsNotEmpty, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';
import { IsCalendarDay, IsCountryCode, IsRecordId, IsSingleLine, IsTimestamp, OmittableNotNull, TrimToNull } from '../../common/validators';

const MAX_EUR = 1_000_000_000;

export class CreateCaseDto {
  /** The project holder: an organisation, a contact (a private individual), or both; at least one. */
  @IsOptional()
  @IsRecordId()
  organisationId?: number | null;

  @IsOptional()
  @IsRecordId()
  contactId?: number | null;

  @TrimToNull()
  @IsString()
  @IsNotEmpty()
  @IsSingleLine()
  @MaxLength(200)
  projectTitle: string;

  @IsOptional()
  @TrimToNull()
  @IsString()
  @MaxLength(20000)
  projectSummary?: string | null;

  @OmittableNotNull()
  @IsArray()
  @ArrayMaxSize(50)
  @ArrayUnique()
  @IsCountryCode({ each: true })
  countries?: string[];

  @OmittableNotNull()
  @IsArray()
  @ArrayUnique()
  @IsIn(SDGS, { each: true })
  sdgs?: number[];

  /** Defaults to the person opening the case. */
  @OmittableNotNull()
  @IsRecordId()
  adviserId?: number;

  /** Defaults to the adviser's site. */
  @OmittableNotNull()
  @IsIn(SITES)
  site?: Site;

  @OmittableNotNull()
  @IsIn(STAGES)
  stage?: Stage;

  /** Required while the case is open. */
  @IsCalendarDay()
  nextFollowUpAt: string;

  @OmittableNotNull()
  @IsInt()
  @Min(0)
  @Max(MAX_EUR)
  fundingSoughtEur?: number;

  @OmittableNotNull()
  @IsInt()
  @Min(0)
  @Max(MAX_EUR)
  fundingObtainedEur?: number;

  @OmittableNotNull()
  @IsArray()
  @ArrayMaxSize(20)
  @IsString({ each: true })
  @IsNotEmpty({ each: true })
  @IsSingleLine({ each: true })
  @MaxLength(100, { each: true })
  funders?: string[];

  @OmittableNotNull()
  @IsTimestamp()
  openedAt?: string;
}

export class UpdateCaseDto extends PartialType(OmitType(CreateCaseDto, ['nextFollowUpAt'] as const), { skipNullProperties: false }) {
  /** Null only once the case is closed or on hold. */
  @IsOptional()
  @IsCalendarDay()
  nextFollowUpAt?: string | null;

  @OmittableNotNull()
  @IsIn(CASE_STATUSES)
  status?: CaseStatus;

  @IsOptional()
  @IsIn(CASE_OUTCOMES)
  outcome?: CaseOutcome | null;

  @IsInt()
  @Min(1)
  version: number;
}

/** Turning a request into a case: the holder and the rest come from the request. */
export class ConvertRequestDto extends PartialType(OmitType(CreateCaseDto, ['organisationId', 'contactId', 'nextFollowUpAt'] as const)) {
  @IsCalendarDay()
  nextFollowUpAt: string;
}
