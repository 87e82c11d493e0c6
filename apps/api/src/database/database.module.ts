import { Global, Module } from '@nestjs/common';
import { AuditTrail } from './audit-trail';
import { Database } from './database';

/** The data-access core's services, for every feature: the one way to PostgreSQL, and the audit trail's write side. */
@Global()
@Module({ providers: [AuditTrail, Database], exports: [AuditTrail, Database] })
export class DatabaseModule {}
