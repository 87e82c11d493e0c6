import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CasesModule } from '../cases';
import { ReferencesModule } from '../references';
import { ConvertRequestController } from './convert-request.controller';
import { ConvertRequestService } from './convert-request.service';
import { InformationRequest } from './information-request.entity';
import { RequestsController } from './requests.controller';
import { RequestsService } from './requests.service';

@Module({
  imports: [TypeOrmModule.forFeature([InformationRequest]), ReferencesModule, CasesModule],
  controllers: [RequestsController, ConvertRequestController],
  providers: [RequestsService, ConvertRequestService],
  exports: [RequestsService],
})
export class RequestsModule {}
