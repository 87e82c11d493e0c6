import { Module } from '@nestjs/common';
import { RequestsModule } from '../requests/requests.module';
import { CasesController } from './cases.controller';
import { CasesService } from './cases.service';
import { ConvertRequestController } from './convert-request.controller';
import { ConvertRequestService } from './convert-request.service';

@Module({
  imports: [RequestsModule],
  controllers: [CasesController, ConvertRequestController],
  providers: [CasesService, ConvertRequestService],
  exports: [CasesService],
})
export class CasesModule {}
