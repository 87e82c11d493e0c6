import { PartialType, OmitType } from '@nestjs/swagger';
import {
  REQUEST_CHANNELS,
  REQUEST_STATUSES,
  REQUEST_TOPICS,
  SITES,
  type RequestChannel,
  type RequestStatus,
  type RequestTopic,
  type Site,
} from '@resacoop/domain';
import { IsIn, IsInt, IsNotEmpty, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';
import { IsMailAddress, IsRecordId, IsSingleLine, IsTimestamp, OmittableNotNull, TrimToNull } from '../../common/validators';

export class CreateRequestDto {
  /** Defaults to the site of the person logging it. */
  @OmittableNotNull()
  @IsIn(SITES)
  site?: Site;

  @IsIn(REQUEST_CHANNELS)
  channel: RequestChannel;

  @IsIn(REQUEST_TOPICS)
  topic: RequestTopic;

  @TrimToNull()
  @IsString()
  @IsNotEmpty()
  @IsSingleLine()
  @MaxLength(200)
  subject: string;

  @TrimToNull()
  @IsString()
  @IsNotEmpty()
  @MaxLength(20000)
  question: string;

  @IsOptional()
  @IsRecordId()
  organisationId?: number | null;

  @IsOptional()
  @IsRecordId()
  contactId?: number | null;

  @IsOptional()
  @TrimToNull()
  @IsString()
  @IsSingleLine()
  @MaxLength(200)
  requesterName?: string | null;

  @IsOptional()
  @TrimToNull()
  @IsMailAddress()
  @MaxLength(254)
  requesterEmail?: string | null;

  @IsOptional()
  @IsRecordId()
  assigneeId?: number | null;

  /** Defaults to now; a request noted after the call keeps the time it came in. */
  @OmittableNotNull()
  @IsTimestamp()
  receivedAt?: string;

  /** "Answer now and close": a new request may start answered or closed, with its answer. */
  @OmittableNotNull()
  @IsIn(REQUEST_STATUSES)
  status?: RequestStatus;

  @IsOptional()
  @TrimToNull()
  @IsString()
  @MaxLength(20000)
  answer?: string | null;

  @OmittableNotNull()
  @IsInt()
  @Min(0)
  @Max(100000)
  minutesSpent?: number;
}

export class UpdateRequestDto extends PartialType(OmitType(CreateRequestDto, ['receivedAt'] as const), { skipNullProperties: false }) {
  @IsInt()
  @Min(1)
  version: number;
}
