import { IsInt, IsNotEmpty, IsString, Max, MaxLength, Min } from 'class-validator';
import { OmittableNotNull, TrimToNull } from '../../common/validators';

export class CreateAssignmentDto {
  @IsInt()
  @Min(1)
  @Max(2_147_483_647)
  caseId: number;

  /** Defaults to the relay covering the organisation's département. */
  @OmittableNotNull()
  @IsInt()
  @Min(1)
  @Max(2_147_483_647)
  relayId?: number;
}

export class AssignmentActionDto {
  @IsInt()
  @Min(1)
  version: number;
}

export class DeclineAssignmentDto extends AssignmentActionDto {
  @TrimToNull()
  @IsString()
  @IsNotEmpty()
  @MaxLength(2000)
  declineReason: string;
}
