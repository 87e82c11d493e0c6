import { Controller, Get, Param, Query, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { Permission } from '../common/auth.decorators';
import { IdPipe } from '../common/id.pipe';
import { ExportQueryDto, ListQueryDto } from '../common/list-query.dto';
import { sendPage } from '../common/list-response';
import type { Listed } from '../database/record-store';
import { AuditEvent } from '../database/audit-event.entity';
import { AuditService, AUDIT_EVENT_LIST } from './audit.service';
import { ApiCsv, ApiList, ApiRecord } from '../http/api-answers';

/** The audit trail is read-only: nobody rewrites history. */
@ApiTags('audit-events')
@Controller('audit-events')
export class AuditEventsController {
  constructor(private readonly audit: AuditService) {}

  @Get()
  @Permission('audit-events', 'list')
  @ApiList(AuditEvent, AUDIT_EVENT_LIST)
  async list(@Query() query: ListQueryDto, @Res({ passthrough: true }) response: FastifyReply): Promise<Listed<AuditEvent>[]> {
    return sendPage(response, 'audit-events', await this.audit.list(query));
  }

  @Get('export.csv')
  @Permission('audit-events', 'export')
  @ApiCsv(AUDIT_EVENT_LIST)
  export(@Query() query: ExportQueryDto, @Res() response: FastifyReply): Promise<void> {
    return this.audit.export(query, response);
  }

  @Get(':id')
  @Permission('audit-events', 'read')
  @ApiRecord(AuditEvent)
  async get(@Param('id', IdPipe) id: number): Promise<AuditEvent> {
    return this.audit.get(id);
  }
}
