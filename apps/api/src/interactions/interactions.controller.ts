import { Body, Controller, Get, Param, Post, Query, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import type { AuthUser } from '../common/auth-user';
import { CurrentUser, Permission } from '../common/auth.decorators';
import { scopeFor } from '../common/relay-scope';
import { IdPipe } from '../common/id.pipe';
import { ExportQueryDto, ListQueryDto } from '../common/list-query.dto';
import { sendPage } from '../common/list-response';
import type { Listed } from '../database/record-store';
import { CreateInteractionDto } from './dto/interaction.dto';
import { Interaction } from './interaction.entity';
import { InteractionsService, INTERACTION_LIST } from './interactions.service';
import { ApiCsv, ApiList, ApiRecord } from '../http/api-answers';

/** Timeline entries are history: added, never edited or deleted. */
@ApiTags('interactions')
@Controller('interactions')
export class InteractionsController {
  constructor(private readonly interactions: InteractionsService) {}

  @Get()
  @Permission('interactions', 'list')
  @ApiList(Interaction, INTERACTION_LIST)
  async list(
    @CurrentUser() user: AuthUser,
    @Query() query: ListQueryDto,
    @Res({ passthrough: true }) response: FastifyReply,
  ): Promise<Listed<Interaction>[]> {
    return sendPage(response, 'interactions', await this.interactions.list(query, scopeFor(user, 'interactions')));
  }

  @Get('export.csv')
  @Permission('interactions', 'export')
  @ApiCsv(INTERACTION_LIST)
  export(@CurrentUser() user: AuthUser, @Query() query: ExportQueryDto, @Res() response: FastifyReply): Promise<void> {
    return this.interactions.export(query, response, scopeFor(user, 'interactions'));
  }

  @Get(':id')
  @Permission('interactions', 'read')
  @ApiRecord(Interaction)
  get(@CurrentUser() user: AuthUser, @Param('id', IdPipe) id: number): Promise<Interaction> {
    return this.interactions.get(id, scopeFor(user, 'interactions'));
  }

  @Post()
  @Permission('interactions', 'create')
  @ApiRecord(Interaction, { created: true })
  create(@CurrentUser() user: AuthUser, @Body() body: CreateInteractionDto): Promise<Interaction> {
    return this.interactions.create(user, body);
  }
}
