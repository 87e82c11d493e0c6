import { Module } from '@nestjs/common';
import { MailModule } from '../mail';
import { DashboardController } from './dashboard.controller';
import { DashboardService } from './dashboard.service';

@Module({
  imports: [MailModule],
  controllers: [DashboardController],
  providers: [DashboardService],
})
export class DashboardModule {}
