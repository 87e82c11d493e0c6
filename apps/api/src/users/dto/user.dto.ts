import { PartialType } from '@nestjs/swagger';
import { LOCALES, ROLES, SITES, type Locale, type Role, type Site } from '@resacoop/domain';
import { IsBoolean, IsIn, IsInt, IsNotEmpty, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';
import { IsMailAddress, IsSingleLine, OmittableNotNull, TrimToNull } from '../../common/validators';

export class CreateUserDto {
  @TrimToNull()
  @IsMailAddress()
  @MaxLength(254)
  email: string;

  @TrimToNull()
  @IsString()
  @IsNotEmpty()
  @IsSingleLine()
  @MaxLength(150)
  fullName: string;

  @IsIn(ROLES)
  role: Role;

  /** Required for staff. */
  @IsOptional()
  @IsIn(SITES)
  site?: Site | null;

  /** Required for relay users. */
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(2_147_483_647)
  relayId?: number | null;

  @OmittableNotNull()
  @IsBoolean()
  active?: boolean;

  @OmittableNotNull()
  @IsBoolean()
  dailyDigest?: boolean;

  @OmittableNotNull()
  @IsIn(LOCALES)
  locale?: Locale;

  /** Judged by the password policy (auth/password-policy.ts), which needs the e-mail too. */
  @IsString()
  @MaxLength(200)
  password: string;
}

export class UpdateUserDto extends PartialType(CreateUserDto, { skipNullProperties: false }) {
  @IsInt()
  @Min(1)
  version: number;
}

/** What any user may change about themselves. */
export class PreferencesDto {
  @OmittableNotNull()
  @IsBoolean()
  dailyDigest?: boolean;

  /** The language the API answers in: errors, notifications, e-mails. */
  @OmittableNotNull()
  @IsIn(LOCALES)
  locale?: Locale;
}
