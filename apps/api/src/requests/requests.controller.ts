import { Body, Controller, Get, Param, Post, Put, Query, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import type { AuthUser } from '../common/auth-user';
import { CurrentUser, Permission } from '../common/auth.decorators';
import { IdPipe } from '../common/id.pipe';
import { ExportQueryDto, ListQueryDto } from '../common/list-query.dto';
import { sendPage } from '../common/list-response';
import type { Listed } from '../database/record-store';
import { CreateRequestDto, UpdateRequestDto } from './dto/request.dto';
import { InformationRequest } from './information-request.entity';
import { RequestsService, REQUEST_LIST } from './requests.service';
import { ApiCsv, ApiList, ApiRecord } from '../http/api-answers';

@ApiTags('requests')
/** Requests are closed, never deleted: their numbers are never reused. */
@Controller('requests')
export class RequestsController {
  constructor(private readonly requests: RequestsService) {}

  @Get()
  @Permission('requests', 'list')
  @ApiList(InformationRequest, REQUEST_LIST)
  async list(@Query() query: ListQueryDto, @Res({ passthrough: true }) response: FastifyReply): Promise<Listed<InformationRequest>[]> {
    return sendPage(response, 'requests', await this.requests.list(query));
  }

  @Get('export.csv')
  @Permission('requests', 'export')
  @ApiCsv(REQUEST_LIST)
  export(@Query() query: ExportQueryDto, @Res() response: FastifyReply): Promise<void> {
    return this.requests.export(query, response);
  }

  @Get(':id')
  @Permission('requests', 'read')
  @ApiRecord(InformationRequest)
  get(@Param('id', IdPipe) id: number): Promise<InformationRequest> {
    return this.requests.get(id);
  }

  @Post()
  @Permission('requests', 'create')
  @ApiRecord(InformationRequest, { created: true })
  create(@CurrentUser() user: AuthUser, @Body() body: CreateRequestDto): Promise<InformationRequest> {
    return this.requests.create(user, body);
  }

  @Put(':id')
  @Permission('requests', 'update')
  @ApiRecord(InformationRequest)
  update(@CurrentUser() user: AuthUser, @Param('id', IdPipe) id: number, @Body() body: UpdateRequestDto): Promise<InformationRequest> {
    return this.requests.update(user, id, body);
  }
}
