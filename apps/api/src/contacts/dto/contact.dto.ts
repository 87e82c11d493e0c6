import { PartialType } from '@nestjs/swagger';
import { IsInt, IsNotEmpty, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';
import { IsSingleLine, IsTimestamp, OptionalEmail, OptionalPhone, TrimToNull } from '../../common/validators';

export class CreateContactDto {
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(2_147_483_647)
  organisationId?: number | null;

  @TrimToNull()
  @IsString()
  @IsNotEmpty()
  @IsSingleLine()
  @MaxLength(100)
  firstName: string;

  @TrimToNull()
  @IsString()
  @IsNotEmpty()
  @IsSingleLine()
  @MaxLength(100)
  lastName: string;

  @OptionalEmail()
  email?: string | null;

  @OptionalPhone()
  phone?: string | null;

  @IsOptional()
  @TrimToNull()
  @IsString()
  @IsSingleLine()
  @MaxLength(150)
  function?: string | null;

  @IsOptional()
  @IsTimestamp()
  newsletterConsentAt?: string | null;

  @IsOptional()
  @TrimToNull()
  @IsString()
  @MaxLength(10000)
  notes?: string | null;
}

export class UpdateContactDto extends PartialType(CreateContactDto, { skipNullProperties: false }) {
  @IsInt()
  @Min(1)
  version: number;
}
