import { IsOptional } from 'class-validator';
import { IsCalendarDay } from '../../common/validators';

/** A period of calendar days, both included; the current calendar year when left out. */
export class PeriodQueryDto {
  @IsOptional()
  @IsCalendarDay()
  from?: string;

  @IsOptional()
  @IsCalendarDay()
  to?: string;
}
