import { IsBoolean, IsNotEmpty, IsOptional, IsString, MaxLength } from 'class-validator';
import { IsSingleLine, OptionalEmail, TrimToNull } from '../../common/validators';

/** One line of an event's sign-in sheet: who signed, and whether they agree to be kept in the directory. */
export class SignInSheetRowDto {
  @IsOptional()
  @TrimToNull()
  @IsString()
  @IsSingleLine()
  @MaxLength(100)
  firstName?: string | null;

  @TrimToNull()
  @IsString()
  @IsNotEmpty()
  @IsSingleLine()
  @MaxLength(100)
  lastName: string;

  @OptionalEmail()
  email?: string | null;

  @IsOptional()
  @TrimToNull()
  @IsString()
  @IsSingleLine()
  @MaxLength(200)
  organisationName?: string | null;

  /** Set: the person agrees to be written to and kept in the directory (a contact is created for them). */
  @IsOptional()
  @IsBoolean()
  consent?: boolean;
}
