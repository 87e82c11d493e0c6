import { Global, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditEvent } from './audit-event.entity';
import { AuditTrail } from './audit-trail';

/** The data-access core's services, for every feature: the audit trail's write side and its table. */
@Global()
@Module({ imports: [TypeOrmModule.forFeature([AuditEvent])], providers: [AuditTrail], exports: [AuditTrail] })
export class DatabaseModule {}
