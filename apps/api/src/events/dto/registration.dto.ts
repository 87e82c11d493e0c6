import { OmitType, PartialType } from '@nestjs/swagger';
import { EVALUATION_SCORES, REGISTRATION_STATUSES, type RegistrationStatus } from '@resacoop/domain';
import { IsIn, IsInt, IsNotEmpty, IsOptional, IsString, MaxLength, Min } from 'class-validator';
import { IsMailAddress, IsRecordId, IsSingleLine, IsTimestamp, OmittableNotNull, OptionalEmail, TrimToNull } from '../../common/validators';

/** Who comes: a contact of the directory, or a name (and an e-mail) alone; their organisation if any. */
export class ParticipantDto {
  @IsOptional()
  @IsRecordId()
  contactId?: number | null;

  @IsOptional()
  @TrimToNull()
  @IsString()
  @IsSingleLine()
  @MaxLength(200)
  name?: string | null;

  @OptionalEmail()
  email?: string | null;

  @IsOptional()
  @IsRecordId()
  organisationId?: number | null;

  /** The organisation as the person named it, when it is not (yet) one of the directory. */
  @IsOptional()
  @TrimToNull()
  @IsString()
  @IsSingleLine()
  @MaxLength(200)
  organisationName?: string | null;
}

export class CreateRegistrationDto extends ParticipantDto {
  @IsRecordId()
  eventId: number;

  @OmittableNotNull()
  @IsIn(REGISTRATION_STATUSES)
  status?: RegistrationStatus;

  /** When the person agreed to be written to about the event; null: no consent. */
  @IsOptional()
  @IsTimestamp()
  consentAt?: string | null;

  /** A trainee's evaluation of a training: 1 to 5. */
  @IsOptional()
  @IsIn(EVALUATION_SCORES)
  evaluationScore?: number | null;

  @IsOptional()
  @TrimToNull()
  @IsString()
  @MaxLength(5000)
  evaluationComment?: string | null;
}

export class UpdateRegistrationDto extends PartialType(OmitType(CreateRegistrationDto, ['eventId'] as const), {
  skipNullProperties: false,
}) {
  @IsInt()
  @Min(1)
  version: number;
}

/** One tap of the attendance list: the registrant's status, whatever it was (no version: the last tap wins). */
export class AttendanceDto {
  @IsIn(REGISTRATION_STATUSES)
  status: RegistrationStatus;
}

/** The public registration form: no account, so a name and an e-mail, and consent to be written to. */
export class PublicRegistrationDto {
  @TrimToNull()
  @IsString()
  @IsNotEmpty()
  @IsSingleLine()
  @MaxLength(200)
  name: string;

  @TrimToNull()
  @IsMailAddress()
  @MaxLength(254)
  email: string;

  @IsOptional()
  @TrimToNull()
  @IsString()
  @IsSingleLine()
  @MaxLength(200)
  organisationName?: string | null;

  /** The person agrees to be written to about this event (confirmation and reminder); required. */
  @IsIn([true])
  consent: boolean;
}

/** A registration made under a name and e-mail, linked to the directory's contact it turned out to be. */
export class LinkContactDto {
  @IsRecordId()
  contactId: number;

  @IsInt()
  @Min(1)
  version: number;
}
