import { IsBoolean, IsNotEmpty, IsString, MaxLength } from 'class-validator';
import { OmittableNotNull, TrimToNull } from '../../common/validators';

/** An answer by e-mail to a request's requester, from the desk's address. */
export class EmailAnswerDto {
  @TrimToNull()
  @IsString()
  @IsNotEmpty()
  @MaxLength(20000)
  body: string;

  /** Answer and close the request in the same step (the text becomes its answer). */
  @OmittableNotNull()
  @IsBoolean()
  close?: boolean;
}
