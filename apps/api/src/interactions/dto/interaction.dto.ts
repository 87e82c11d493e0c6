import { MANUAL_INTERACTION_KINDS, type ManualInteractionKind } from '@resacoop/domain';
import { IsIn, IsInt, IsNotEmpty, IsString, Max, MaxLength, Min } from 'class-validator';
import { IsTimestamp, OmittableNotNull, TrimToNull } from '../../common/validators';

/** An entry on the timeline of a request or of a case: exactly one of the two. */
export class CreateInteractionDto {
  @OmittableNotNull()
  @IsInt()
  @Min(1)
  @Max(2_147_483_647)
  requestId?: number;

  @OmittableNotNull()
  @IsInt()
  @Min(1)
  @Max(2_147_483_647)
  caseId?: number;

  @IsIn(MANUAL_INTERACTION_KINDS)
  kind: ManualInteractionKind;

  /** Defaults to now. */
  @OmittableNotNull()
  @IsTimestamp()
  occurredAt?: string;

  @OmittableNotNull()
  @IsInt()
  @Min(0)
  @Max(10000)
  minutesSpent?: number;

  @TrimToNull()
  @IsString()
  @IsNotEmpty()
  @MaxLength(20000)
  body: string;
}
