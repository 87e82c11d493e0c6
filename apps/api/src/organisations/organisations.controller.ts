import { Body, Controller, Delete, Get, HttpCode, Param, Post, Put, Query, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import type { AuthUser } from '../common/auth-user';
import { CurrentUser, Permission } from '../common/auth.decorators';
import { scopeFor } from '../common/relay-scope';
import { IdPipe } from '../common/id.pipe';
import { ExportQueryDto, ListQueryDto } from '../common/list-query.dto';
import { sendPage } from '../common/list-response';
import type { Listed } from '../database/record-store';
import { MergeOrganisationsDto } from './dto/merge-organisations.dto';
import { CreateOrganisationDto, UpdateOrganisationDto } from './dto/organisation.dto';
import { OrganisationMergeService, type DuplicateCandidate } from './organisation-merge.service';
import { Organisation } from './organisation.entity';
import { OrganisationsService, ORGANISATION_LIST } from './organisations.service';
import { DUPLICATES_ANSWER } from './organisations.answers';
import { ApiAnswer, ApiCsv, ApiList, ApiRecord } from '../http/api-answers';

@ApiTags('organisations')
@Controller('organisations')
export class OrganisationsController {
  constructor(
    private readonly organisations: OrganisationsService,
    private readonly merging: OrganisationMergeService,
  ) {}

  @Get()
  @Permission('organisations', 'list')
  @ApiList(Organisation, ORGANISATION_LIST)
  async list(
    @CurrentUser() user: AuthUser,
    @Query() query: ListQueryDto,
    @Res({ passthrough: true }) response: FastifyReply,
  ): Promise<Listed<Organisation>[]> {
    return sendPage(response, 'organisations', await this.organisations.list(query, scopeFor(user, 'organisations')));
  }

  @Get('export.csv')
  @Permission('organisations', 'export')
  @ApiCsv(ORGANISATION_LIST)
  export(@Query() query: ExportQueryDto, @Res() response: FastifyReply): Promise<void> {
    return this.organisations.export(query, response);
  }

  @Get(':id')
  @Permission('organisations', 'read')
  @ApiRecord(Organisation)
  get(@CurrentUser() user: AuthUser, @Param('id', IdPipe) id: number): Promise<Organisation> {
    return this.organisations.get(id, scopeFor(user, 'organisations'));
  }

  /** Directory upkeep, for those who may edit the directory: a relay must not discover organisations beyond its cases. */
  @Get(':id/duplicates')
  @Permission('organisations', 'update')
  @ApiAnswer(DUPLICATES_ANSWER)
  duplicates(@Param('id', IdPipe) id: number): Promise<DuplicateCandidate[]> {
    return this.merging.findDuplicates(id);
  }

  @Post(':id/merge')
  @HttpCode(200)
  @Permission('organisations', 'merge')
  @ApiRecord(Organisation)
  merge(@CurrentUser() user: AuthUser, @Param('id', IdPipe) id: number, @Body() body: MergeOrganisationsDto): Promise<Organisation> {
    return this.merging.merge(user.id, id, body);
  }

  @Post()
  @Permission('organisations', 'create')
  @ApiRecord(Organisation, { created: true })
  create(@CurrentUser() user: AuthUser, @Body() body: CreateOrganisationDto): Promise<Organisation> {
    return this.organisations.create(user.id, body);
  }

  @Put(':id')
  @Permission('organisations', 'update')
  @ApiRecord(Organisation)
  update(@CurrentUser() user: AuthUser, @Param('id', IdPipe) id: number, @Body() body: UpdateOrganisationDto): Promise<Organisation> {
    return this.organisations.update(user.id, id, body);
  }

  @Delete(':id')
  @Permission('organisations', 'delete')
  @ApiRecord(Organisation)
  remove(@CurrentUser() user: AuthUser, @Param('id', IdPipe) id: number): Promise<Organisation> {
    return this.organisations.remove(user.id, id);
  }
}
