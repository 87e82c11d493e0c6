import { Module } from '@nestjs/common';
import { PersonalDataReadsController } from './personal-data-reads.controller';
import { PersonalDataReadsService } from './personal-data-reads.service';
import { PrivacyController } from './privacy.controller';
import { PrivacyService } from './privacy.service';

/** The GDPR: a person's data handed over or erased, and relay users' reads of contacts logged. */
@Module({
  controllers: [PrivacyController, PersonalDataReadsController],
  providers: [PrivacyService, PersonalDataReadsService],
  exports: [PersonalDataReadsService],
})
export class PrivacyModule {}
