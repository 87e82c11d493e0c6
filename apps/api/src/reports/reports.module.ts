import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { KeyFiguresService } from './key-figures.service';
import { PublicationsService } from './publications.service';
import { ReportsController } from './reports.controller';
import { KeyFigureSnapshot } from './key-figure-snapshot.entity';

@Module({
  imports: [TypeOrmModule.forFeature([KeyFigureSnapshot])],
  controllers: [ReportsController],
  providers: [KeyFiguresService, PublicationsService],
  exports: [KeyFiguresService],
})
export class ReportsModule {}
