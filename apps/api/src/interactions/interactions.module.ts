import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CasesModule } from '../cases';
import { RequestsModule } from '../requests';
import { InteractionsController } from './interactions.controller';
import { InteractionsService } from './interactions.service';
import { Interaction } from './interaction.entity';

@Module({
  imports: [TypeOrmModule.forFeature([Interaction]), RequestsModule, CasesModule],
  controllers: [InteractionsController],
  providers: [InteractionsService],
})
export class InteractionsModule {}
