import { Body, Controller, Delete, Get, HttpCode, Param, Post, Put, Query, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import type { AuthUser } from '../auth/auth-user';
import { CurrentUser, Permission } from '../auth/auth.decorators';
import { scopeFor } from '../auth/relay-scope';
import { IdPipe } from '../common/id.pipe';
import { ExportQueryDto, ListQueryDto } from '../common/list-query.dto';
import { sendPage } from '../common/list-response';
import type { Listed } from '../common/record-store';
import { MergeOrganisationsDto } from './dto/merge-organisations.dto';
import { CreateOrganisationDto, UpdateOrganisationDto } from './dto/organisation.dto';
import { OrganisationMergeService, type DuplicateCandidate } from './organisation-merge.service';
import type { Organisation } from './organisation.entity';
import { OrganisationsService } from './organisations.service';

@ApiTags('organisations')
@Controller('organisations')
export class OrganisationsController {
  constructor(
    private readonly organisations: OrganisationsService,
    private readonly merging: OrganisationMergeService,
  ) {}

  @Get()
  @Permission('organisations', 'list')
  async list(
    @CurrentUser() user: AuthUser,
    @Query() query: ListQueryDto,
    @Res({ passthrough: true }) response: FastifyReply,
  ): Promise<Listed<Organisation>[]> {
    return sendPage(response, 'organisations', await this.organisations.list(query, scopeFor(user, 'organisations')));
  }

  @Get('export.csv')
  @Permission('organisations', 'export')
  export(@Query() query: ExportQueryDto, @Res() response: FastifyReply): Promise<void> {
    return this.organisations.export(query, response);
  }

  @Get(':id')
  @Permission('organisations', 'read')
  get(@CurrentUser() user: AuthUser, @Param('id', IdPipe) id: number): Promise<Organisation> {
    return this.organisations.get(id, scopeFor(user, 'organisations'));
  }

  /** Directory upkeep, for those who may edit the directory: a relay must not discover organisations beyond its cases. */
  @Get(':id/duplicates')
  @Permission('organisations', 'update')
  duplicates(@Param('id', IdPipe) id: number): Promise<DuplicateCandidate[]> {
    return this.merging.findDuplicates(id);
  }

  @Post(':id/merge')
  @HttpCode(200)
  @Permission('organisations', 'merge')
  merge(@CurrentUser() user: AuthUser, @Param('id', IdPipe) id: number, @Body() body: MergeOrganisationsDto): Promise<Organisation> {
    return this.merging.merge(user.id, id, body);
  }

  @Post()
  @Permission('organisations', 'create')
  create(@CurrentUser() user: AuthUser, @Body() body: CreateOrganisationDto): Promise<Organisation> {
    return this.organisations.create(user.id, body);
  }

  @Put(':id')
  @Permission('organisations', 'update')
  update(@CurrentUser() user: AuthUser, @Param('id', IdPipe) id: number, @Body() body: UpdateOrganisationDto): Promise<Organisation> {
    return this.organisations.update(user.id, id, body);
  }

  @Delete(':id')
  @Permission('organisations', 'delete')
  remove(@CurrentUser() user: AuthUser, @Param('id', IdPipe) id: number): Promise<Organisation> {
    return this.organisations.remove(user.id, id);
  }
}
