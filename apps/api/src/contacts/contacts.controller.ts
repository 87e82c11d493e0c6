import { Body, Controller, Delete, Get, Param, Post, Put, Query, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import type { AuthUser } from '../common/auth-user';
import { CurrentUser, Permission } from '../common/auth.decorators';
import { IdPipe } from '../common/id.pipe';
import { ExportQueryDto, ListQueryDto } from '../common/list-query.dto';
import { sendPage } from '../common/list-response';
import type { Listed } from '../database/record-store';
import { CreateContactDto, UpdateContactDto } from './dto/contact.dto';
import { Contact } from './contact.entity';
import { ContactsService, CONTACT_LIST } from './contacts.service';
import { ApiCsv, ApiList, ApiRecord } from '../http/api-answers';

@ApiTags('contacts')
@Controller('contacts')
export class ContactsController {
  constructor(private readonly contacts: ContactsService) {}

  @Get()
  @Permission('contacts', 'list')
  @ApiList(Contact, CONTACT_LIST)
  async list(
    @CurrentUser() user: AuthUser,
    @Query() query: ListQueryDto,
    @Res({ passthrough: true }) response: FastifyReply,
  ): Promise<Listed<Contact>[]> {
    return sendPage(response, 'contacts', await this.contacts.listFor(user, query));
  }

  @Get('export.csv')
  @Permission('contacts', 'export')
  @ApiCsv(CONTACT_LIST)
  export(@Query() query: ExportQueryDto, @Res() response: FastifyReply): Promise<void> {
    return this.contacts.export(query, response);
  }

  @Get(':id')
  @Permission('contacts', 'read')
  @ApiRecord(Contact)
  get(@CurrentUser() user: AuthUser, @Param('id', IdPipe) id: number): Promise<Contact> {
    return this.contacts.getFor(user, id);
  }

  @Post()
  @Permission('contacts', 'create')
  @ApiRecord(Contact, { created: true })
  create(@CurrentUser() user: AuthUser, @Body() body: CreateContactDto): Promise<Contact> {
    return this.contacts.create(user.id, body);
  }

  @Put(':id')
  @Permission('contacts', 'update')
  @ApiRecord(Contact)
  update(@CurrentUser() user: AuthUser, @Param('id', IdPipe) id: number, @Body() body: UpdateContactDto): Promise<Contact> {
    return this.contacts.update(user.id, id, body);
  }

  @Delete(':id')
  @Permission('contacts', 'delete')
  @ApiRecord(Contact)
  remove(@CurrentUser() user: AuthUser, @Param('id', IdPipe) id: number): Promise<Contact> {
    return this.contacts.remove(user.id, id);
  }
}
