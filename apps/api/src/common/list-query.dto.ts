import { IsOptional, IsString } from 'class-validator';

/** The three list parameters of the react-admin contract, still as JSON text (parsed per resource). */
export class ListQueryDto {
  @IsOptional()
  @IsString()
  sort?: string;

  @IsOptional()
  @IsString()
  range?: string;

  @IsOptional()
  @IsString()
  filter?: string;
}

export class ExportQueryDto {
  @IsOptional()
  @IsString()
  sort?: string;

  @IsOptional()
  @IsString()
  filter?: string;
}
