import { Module } from '@nestjs/common';
import { CasesModule } from '../cases/cases.module';
import { RequestsModule } from '../requests/requests.module';
import { InteractionsController } from './interactions.controller';
import { InteractionsService } from './interactions.service';

@Module({
  imports: [RequestsModule, CasesModule],
  controllers: [InteractionsController],
  providers: [InteractionsService],
})
export class InteractionsModule {}
