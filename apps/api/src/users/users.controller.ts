import { Body, Controller, Get, Param, Post, Put, Query, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import type { AuthUser } from '../common/auth-user';
import { CurrentUser, Permission } from '../common/auth.decorators';
import { IdPipe } from '../common/id.pipe';
import { ExportQueryDto, ListQueryDto } from '../common/list-query.dto';
import { sendPage } from '../common/list-response';
import type { Listed } from '../database/record-store';
import { CreateUserDto, PreferencesDto, UpdateUserDto } from './dto/user.dto';
import { User } from '../auth';
import { UsersService, USER_LIST } from './users.service';
import { ApiCsv, ApiList, ApiRecord } from '../http/api-answers';

/** Users are deactivated, never deleted. */
@ApiTags('users')
@Controller('users')
export class UsersController {
  constructor(private readonly users: UsersService) {}

  @Get()
  @Permission('users', 'list')
  @ApiList(User, USER_LIST)
  async list(@Query() query: ListQueryDto, @Res({ passthrough: true }) response: FastifyReply): Promise<Listed<User>[]> {
    return sendPage(response, 'users', await this.users.list(query));
  }

  @Get('export.csv')
  @Permission('users', 'export')
  @ApiCsv(USER_LIST)
  export(@Query() query: ExportQueryDto, @Res() response: FastifyReply): Promise<void> {
    return this.users.export(query, response);
  }

  @Get(':id')
  @Permission('users', 'read')
  @ApiRecord(User)
  get(@Param('id', IdPipe) id: number): Promise<User> {
    return this.users.get(id);
  }

  @Post()
  @Permission('users', 'create')
  @ApiRecord(User, { created: true })
  create(@CurrentUser() user: AuthUser, @Body() body: CreateUserDto): Promise<User> {
    return this.users.create(user.id, body);
  }

  /** Any logged-in user: their own preferences (the daily digest). Declared before `:id`. */
  @Put('me/preferences')
  @ApiRecord(User)
  setPreferences(@CurrentUser() user: AuthUser, @Body() body: PreferencesDto): Promise<User> {
    return this.users.setPreferences(user, body);
  }

  @Put(':id')
  @Permission('users', 'update')
  @ApiRecord(User)
  update(@CurrentUser() user: AuthUser, @Param('id', IdPipe) id: number, @Body() body: UpdateUserDto): Promise<User> {
    return this.users.update(user.id, id, body);
  }
}
