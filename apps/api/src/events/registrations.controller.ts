import { Body, Controller, Get, HttpCode, Param, Post, Put, Query, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import type { AuthUser } from '../common/auth-user';
import { CurrentUser, Permission } from '../common/auth.decorators';
import { scopeFor } from '../common/relay-scope';
import { IdPipe } from '../common/id.pipe';
import { ExportQueryDto, ListQueryDto } from '../common/list-query.dto';
import { sendPage } from '../common/list-response';
import type { Listed } from '../database/record-store';
import { ApiCsv, ApiList, ApiRecord } from '../http/api-answers';
import { AttendanceDto, CreateRegistrationDto, LinkContactDto, UpdateRegistrationDto } from './dto/registration.dto';
import { Registration } from './registration.entity';
import { RegistrationsService, REGISTRATION_LIST } from './registrations.service';

/** Registrations are history: never deleted. Relay users see those of the events their relay runs. */
@ApiTags('registrations')
@Controller('registrations')
export class RegistrationsController {
  constructor(private readonly registrations: RegistrationsService) {}

  @Get()
  @Permission('registrations', 'list')
  @ApiList(Registration, REGISTRATION_LIST)
  async list(
    @CurrentUser() user: AuthUser,
    @Query() query: ListQueryDto,
    @Res({ passthrough: true }) response: FastifyReply,
  ): Promise<Listed<Registration>[]> {
    return sendPage(response, 'registrations', await this.registrations.listFor(user, query));
  }

  @Get('export.csv')
  @Permission('registrations', 'export')
  @ApiCsv(REGISTRATION_LIST)
  export(@Query() query: ExportQueryDto, @Res() response: FastifyReply): Promise<void> {
    return this.registrations.export(query, response);
  }

  @Get(':id')
  @Permission('registrations', 'read')
  @ApiRecord(Registration)
  get(@CurrentUser() user: AuthUser, @Param('id', IdPipe) id: number): Promise<Registration> {
    return this.registrations.get(id, scopeFor(user, 'registrations'));
  }

  @Post()
  @Permission('registrations', 'create')
  @ApiRecord(Registration, { created: true })
  create(@CurrentUser() user: AuthUser, @Body() body: CreateRegistrationDto): Promise<Registration> {
    return this.registrations.create(user, body);
  }

  @Put(':id')
  @Permission('registrations', 'update')
  @ApiRecord(Registration)
  update(@CurrentUser() user: AuthUser, @Param('id', IdPipe) id: number, @Body() body: UpdateRegistrationDto): Promise<Registration> {
    return this.registrations.update(user, id, body);
  }

  /** One tap of the attendance list. */
  @Post(':id/attendance')
  @HttpCode(200)
  @Permission('registrations', 'update')
  @ApiRecord(Registration)
  attendance(@CurrentUser() user: AuthUser, @Param('id', IdPipe) id: number, @Body() body: AttendanceDto): Promise<Registration> {
    return this.registrations.setAttendance(user, id, body.status);
  }

  /**
   * A name-and-e-mail registrant found in the directory: linked to that contact, never registered
   * twice. It adds to what the directory holds of the contact (their events), so it takes the
   * right to edit contacts: the team's, as relay users reach only the people of their cases.
   */
  @Post(':id/link-contact')
  @HttpCode(200)
  @Permission('contacts', 'update')
  @ApiRecord(Registration)
  linkContact(@CurrentUser() user: AuthUser, @Param('id', IdPipe) id: number, @Body() body: LinkContactDto): Promise<Registration> {
    return this.registrations.linkContact(user, id, body);
  }
}
