import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ReferencesModule } from '../references';
import { CasesController } from './cases.controller';
import { CasesService } from './cases.service';
import { StageChange } from './stage-change.entity';
import { SupportCase } from './support-case.entity';

@Module({
  imports: [TypeOrmModule.forFeature([SupportCase, StageChange]), ReferencesModule],
  controllers: [CasesController],
  providers: [CasesService],
  exports: [CasesService],
})
export class CasesModule {}
