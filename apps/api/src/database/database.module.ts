import { Global, Module } from '@nestjs/common';
import { AuditTrail } from './audit-trail';

/** The data-access core's services, for every feature: the audit trail's write side. */
@Global()
@Module({ providers: [AuditTrail], exports: [AuditTrail] })
export class DatabaseModule {}
