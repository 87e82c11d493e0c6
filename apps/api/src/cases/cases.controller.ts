import { Body, Controller, Get, Param, Post, Put, Query, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import type { AuthUser } from '../common/auth-user';
import { CurrentUser, Permission, RelayViewOf } from '../common/auth.decorators';
import { scopeFor } from '../common/relay-scope';
import { IdPipe } from '../common/id.pipe';
import { ExportQueryDto, ListQueryDto } from '../common/list-query.dto';
import { sendPage } from '../common/list-response';
import type { Listed } from '../database/record-store';
import { CasesService, type CaseAdviser, CASE_LIST } from './cases.service';
import { CreateCaseDto, UpdateCaseDto } from './dto/case.dto';
import type { StageChange } from './stage-change.entity';
import { SupportCase } from './support-case.entity';
import { CASE_ADVISER_ANSWER, STAGE_HISTORY_ANSWER } from './cases.answers';
import { ApiAnswer, ApiCsv, ApiList, ApiRecord } from '../http/api-answers';

/** Cases are closed with an outcome, never deleted. Relay users see only the cases assigned to their relay. */
@ApiTags('cases')
@Controller('cases')
export class CasesController {
  constructor(private readonly cases: CasesService) {}

  @Get()
  @Permission('cases', 'list')
  @ApiList(SupportCase, CASE_LIST)
  async list(
    @CurrentUser() user: AuthUser,
    @Query() query: ListQueryDto,
    @Res({ passthrough: true }) response: FastifyReply,
  ): Promise<Listed<SupportCase>[]> {
    return sendPage(response, 'cases', await this.cases.list(query, scopeFor(user, 'cases')));
  }

  @Get('export.csv')
  @Permission('cases', 'export')
  @ApiCsv(CASE_LIST)
  export(@Query() query: ExportQueryDto, @Res() response: FastifyReply): Promise<void> {
    return this.cases.export(query, response);
  }

  @Get(':id')
  @Permission('cases', 'read')
  @ApiRecord(SupportCase)
  get(@CurrentUser() user: AuthUser, @Param('id', IdPipe) id: number): Promise<SupportCase> {
    return this.cases.get(id, scopeFor(user, 'cases'));
  }

  @Get(':id/stage-history')
  @Permission('cases', 'read')
  @RelayViewOf('stage-changes')
  @ApiAnswer(STAGE_HISTORY_ANSWER)
  stageHistory(@CurrentUser() user: AuthUser, @Param('id', IdPipe) id: number): Promise<StageChange[]> {
    return this.cases.stageHistory(user, id);
  }

  /** Who follows the case at RESACOOP: all a relay user may read of users, for the cases of their relay. */
  @Get(':id/adviser')
  @Permission('cases', 'read')
  @RelayViewOf('case-advisers')
  @ApiAnswer(CASE_ADVISER_ANSWER)
  adviser(@CurrentUser() user: AuthUser, @Param('id', IdPipe) id: number): Promise<CaseAdviser> {
    return this.cases.adviser(user, id);
  }

  @Post()
  @Permission('cases', 'create')
  @ApiRecord(SupportCase, { created: true })
  create(@CurrentUser() user: AuthUser, @Body() body: CreateCaseDto): Promise<SupportCase> {
    return this.cases.create(user, body);
  }

  @Put(':id')
  @Permission('cases', 'update')
  @ApiRecord(SupportCase)
  update(@CurrentUser() user: AuthUser, @Param('id', IdPipe) id: number, @Body() body: UpdateCaseDto): Promise<SupportCase> {
    return this.cases.update(user, id, body);
  }
}
