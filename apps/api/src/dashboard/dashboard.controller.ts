import { Controller, Get } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { AuthUser } from '../common/auth-user';
import { CurrentUser } from '../common/auth.decorators';
import type { Dashboard } from '@resacoop/domain';
import { DashboardService } from './dashboard.service';
import { ApiAnswer } from '../http/api-answers';
import { DASHBOARD_ANSWER } from './dashboard.answers';

/** Every logged-in user has a home page; what it holds depends on who they are. */
@ApiTags('dashboard')
@Controller('dashboard')
export class DashboardController {
  constructor(private readonly dashboard: DashboardService) {}

  @Get()
  @ApiAnswer(DASHBOARD_ANSWER)
  of(@CurrentUser() user: AuthUser): Promise<Dashboard<Date>> {
    return this.dashboard.of(user);
  }
}
