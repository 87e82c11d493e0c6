import { Module } from '@nestjs/common';
import { KeyFiguresService } from './key-figures.service';
import { PublicationsService } from './publications.service';
import { ReportsController } from './reports.controller';

@Module({
  controllers: [ReportsController],
  providers: [KeyFiguresService, PublicationsService],
  exports: [KeyFiguresService],
})
export class ReportsModule {}
