import { Module } from '@nestjs/common';
import { OrganisationMergeService } from './organisation-merge.service';
import { OrganisationsController } from './organisations.controller';
import { OrganisationsService } from './organisations.service';

@Module({
  controllers: [OrganisationsController],
  providers: [OrganisationsService, OrganisationMergeService],
  exports: [OrganisationsService],
})
export class OrganisationsModule {}
