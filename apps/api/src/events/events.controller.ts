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
import { ApiCalendar, ApiCsv, ApiList, ApiRecord } from '../http/api-answers';
import { CollectiveEvent } from './collective-event.entity';
import { CreateEventDto, EventActionDto, UpdateEventDto } from './dto/event.dto';
import { ParticipantDto } from './dto/registration.dto';
import { EventsService, EVENT_LIST } from './events.service';
import { Registration } from './registration.entity';
import { RegistrationsService } from './registrations.service';

/** Collective events; their status changes only through its moves. Relay users see only the events their relay runs. */
@ApiTags('events')
@Controller('events')
export class EventsController {
  constructor(
    private readonly events: EventsService,
    private readonly registrations: RegistrationsService,
  ) {}

  @Get()
  @Permission('events', 'list')
  @ApiList(CollectiveEvent, EVENT_LIST)
  async list(
    @CurrentUser() user: AuthUser,
    @Query() query: ListQueryDto,
    @Res({ passthrough: true }) response: FastifyReply,
  ): Promise<Listed<CollectiveEvent>[]> {
    return sendPage(response, 'events', await this.events.list(query, scopeFor(user, 'events')));
  }

  @Get('export.csv')
  @Permission('events', 'export')
  @ApiCsv(EVENT_LIST)
  export(@Query() query: ExportQueryDto, @Res() response: FastifyReply): Promise<void> {
    return this.events.export(query, response);
  }

  /** The published events of the list, for the team's calendars. */
  @Get('export.ics')
  @Permission('events', 'export')
  @ApiCalendar(EVENT_LIST)
  async calendar(@Query() query: ExportQueryDto, @Res() response: FastifyReply): Promise<void> {
    const calendar = await this.events.calendar(query);
    await response
      .header('Content-Type', 'text/calendar; charset=utf-8')
      .header('Content-Disposition', 'attachment; filename="temps-collectifs.ics"')
      .send(calendar);
  }

  @Get(':id')
  @Permission('events', 'read')
  @ApiRecord(CollectiveEvent)
  get(@CurrentUser() user: AuthUser, @Param('id', IdPipe) id: number): Promise<CollectiveEvent> {
    return this.events.get(id, scopeFor(user, 'events'));
  }

  @Post()
  @Permission('events', 'create')
  @ApiRecord(CollectiveEvent, { created: true })
  create(@CurrentUser() user: AuthUser, @Body() body: CreateEventDto): Promise<CollectiveEvent> {
    return this.events.create(user, body);
  }

  @Put(':id')
  @Permission('events', 'update')
  @ApiRecord(CollectiveEvent)
  update(@CurrentUser() user: AuthUser, @Param('id', IdPipe) id: number, @Body() body: UpdateEventDto): Promise<CollectiveEvent> {
    return this.events.update(user, id, body);
  }

  @Delete(':id')
  @Permission('events', 'delete')
  @ApiRecord(CollectiveEvent)
  remove(@CurrentUser() user: AuthUser, @Param('id', IdPipe) id: number): Promise<CollectiveEvent> {
    return this.events.remove(user.id, id);
  }

  /** Opens the public registration page (its token is given once and kept). */
  @Post(':id/publish')
  @HttpCode(200)
  @Permission('events', 'update')
  @ApiRecord(CollectiveEvent)
  publish(@CurrentUser() user: AuthUser, @Param('id', IdPipe) id: number, @Body() body: EventActionDto): Promise<CollectiveEvent> {
    return this.events.move(user, id, 'publish', body.version);
  }

  @Post(':id/cancel')
  @HttpCode(200)
  @Permission('events', 'update')
  @ApiRecord(CollectiveEvent)
  cancel(@CurrentUser() user: AuthUser, @Param('id', IdPipe) id: number, @Body() body: EventActionDto): Promise<CollectiveEvent> {
    return this.events.move(user, id, 'cancel', body.version);
  }

  @Post(':id/hold')
  @HttpCode(200)
  @Permission('events', 'update')
  @ApiRecord(CollectiveEvent)
  hold(@CurrentUser() user: AuthUser, @Param('id', IdPipe) id: number, @Body() body: EventActionDto): Promise<CollectiveEvent> {
    return this.events.move(user, id, 'hold', body.version);
  }

  /** Someone who came without registering: added as attended, or marked attended if already registered. */
  @Post(':id/walk-ins')
  @Permission('registrations', 'create')
  @ApiRecord(Registration, { created: true })
  walkIn(@CurrentUser() user: AuthUser, @Param('id', IdPipe) id: number, @Body() body: ParticipantDto): Promise<Registration> {
    return this.registrations.walkIn(user, id, body);
  }
}
