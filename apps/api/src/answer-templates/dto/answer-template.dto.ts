import { PartialType } from '@nestjs/swagger';
import { IsBoolean, IsInt, IsNotEmpty, IsString, MaxLength, Min } from 'class-validator';
import { IsSingleLine, OmittableNotNull, TrimToNull } from '../../common/validators';

export class CreateAnswerTemplateDto {
  @TrimToNull()
  @IsString()
  @IsNotEmpty()
  @IsSingleLine()
  @MaxLength(200)
  title: string;

  /** The answer's text; `{{requesterName}}`, `{{reference}}`, `{{subject}}`, `{{dueAt}}`, `{{site}}`, `{{assigneeName}}` are filled from the request. */
  @TrimToNull()
  @IsString()
  @IsNotEmpty()
  @MaxLength(20000)
  body: string;

  @OmittableNotNull()
  @IsBoolean()
  active?: boolean;
}

export class UpdateAnswerTemplateDto extends PartialType(CreateAnswerTemplateDto, { skipNullProperties: false }) {
  @IsInt()
  @Min(1)
  version: number;
}
