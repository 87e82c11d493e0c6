import { Body, Controller, Get, HttpCode, Param, Post, Query, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import type { AuthUser } from '../common/auth-user';
import { CurrentUser, Permission } from '../common/auth.decorators';
import { scopeFor } from '../common/relay-scope';
import { IdPipe } from '../common/id.pipe';
import { ExportQueryDto, ListQueryDto } from '../common/list-query.dto';
import { sendPage } from '../common/list-response';
import type { Listed } from '../database/record-store';
import { Assignment } from './assignment.entity';
import { AssignmentsService, ASSIGNMENT_LIST } from './assignments.service';
import { AssignmentActionDto, CreateAssignmentDto, DeclineAssignmentDto } from './dto/assignment.dto';
import { ApiCsv, ApiList, ApiRecord } from '../http/api-answers';

/** Assignments change only through their actions, so each move is checked and recorded. */
@ApiTags('assignments')
@Controller('assignments')
export class AssignmentsController {
  constructor(private readonly assignments: AssignmentsService) {}

  @Get()
  @Permission('assignments', 'list')
  @ApiList(Assignment, ASSIGNMENT_LIST)
  async list(
    @CurrentUser() user: AuthUser,
    @Query() query: ListQueryDto,
    @Res({ passthrough: true }) response: FastifyReply,
  ): Promise<Listed<Assignment>[]> {
    return sendPage(response, 'assignments', await this.assignments.list(query, scopeFor(user, 'assignments')));
  }

  @Get('export.csv')
  @Permission('assignments', 'export')
  @ApiCsv(ASSIGNMENT_LIST)
  export(@Query() query: ExportQueryDto, @Res() response: FastifyReply): Promise<void> {
    return this.assignments.export(query, response);
  }

  @Get(':id')
  @Permission('assignments', 'read')
  @ApiRecord(Assignment)
  get(@CurrentUser() user: AuthUser, @Param('id', IdPipe) id: number): Promise<Assignment> {
    return this.assignments.get(id, scopeFor(user, 'assignments'));
  }

  @Post()
  @Permission('assignments', 'create')
  @ApiRecord(Assignment, { created: true })
  create(@CurrentUser() user: AuthUser, @Body() body: CreateAssignmentDto): Promise<Assignment> {
    return this.assignments.create(user, body);
  }

  @Post(':id/accept')
  @HttpCode(200)
  @Permission('assignments', 'update')
  @ApiRecord(Assignment)
  accept(@CurrentUser() user: AuthUser, @Param('id', IdPipe) id: number, @Body() body: AssignmentActionDto): Promise<Assignment> {
    return this.assignments.move(user, id, 'accept', body.version);
  }

  @Post(':id/decline')
  @HttpCode(200)
  @Permission('assignments', 'update')
  @ApiRecord(Assignment)
  decline(@CurrentUser() user: AuthUser, @Param('id', IdPipe) id: number, @Body() body: DeclineAssignmentDto): Promise<Assignment> {
    return this.assignments.move(user, id, 'decline', body.version, body.declineReason);
  }

  @Post(':id/withdraw')
  @HttpCode(200)
  @Permission('assignments', 'update')
  @ApiRecord(Assignment)
  withdraw(@CurrentUser() user: AuthUser, @Param('id', IdPipe) id: number, @Body() body: AssignmentActionDto): Promise<Assignment> {
    return this.assignments.move(user, id, 'withdraw', body.version);
  }

  @Post(':id/complete')
  @HttpCode(200)
  @Permission('assignments', 'update')
  @ApiRecord(Assignment)
  complete(@CurrentUser() user: AuthUser, @Param('id', IdPipe) id: number, @Body() body: AssignmentActionDto): Promise<Assignment> {
    return this.assignments.move(user, id, 'complete', body.version);
  }
}
