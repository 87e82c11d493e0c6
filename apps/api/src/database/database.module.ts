import { Global, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditEvent } from './audit-event.entity';
import { AuditTrail } from './audit-trail';
import { Database } from './database';

/** The data-access core's services, for every feature: the one way to PostgreSQL, the audit trail's write side and its table. */
@Global()
@Module({ imports: [TypeOrmModule.forFeature([AuditEvent])], providers: [AuditTrail, Database], exports: [AuditTrail, Database] })
export class DatabaseModule {}
