import { Controller, Get, HttpCode, Param, Post, Query, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import type { AuthUser } from '../common/auth-user';
import { CurrentUser, Permission } from '../common/auth.decorators';
import { IdPipe } from '../common/id.pipe';
import { ExportQueryDto, ListQueryDto } from '../common/list-query.dto';
import { sendPage } from '../common/list-response';
import type { Listed } from '../database/record-store';
import { Notification } from './notification.entity';
import { NotificationsService, NOTIFICATION_LIST } from './notifications.service';
import { READ_ALL_ANSWER } from './notifications.answers';
import { ApiAnswer, ApiCsv, ApiList, ApiRecord } from '../http/api-answers';

/** The bell: `filter={"read":false}` gives the unread ones, their count in Content-Range. */
@ApiTags('notifications')
@Controller('notifications')
export class NotificationsController {
  constructor(private readonly notifications: NotificationsService) {}

  @Get()
  @Permission('notifications', 'list')
  @ApiList(Notification, NOTIFICATION_LIST)
  async list(
    @CurrentUser() user: AuthUser,
    @Query() query: ListQueryDto,
    @Res({ passthrough: true }) response: FastifyReply,
  ): Promise<Listed<Notification>[]> {
    return sendPage(response, 'notifications', await this.notifications.list(user, query));
  }

  @Get('export.csv')
  @Permission('notifications', 'list')
  @ApiCsv(NOTIFICATION_LIST)
  export(@CurrentUser() user: AuthUser, @Query() query: ExportQueryDto, @Res() response: FastifyReply): Promise<void> {
    return this.notifications.export(user, query, response);
  }

  @Get(':id')
  @Permission('notifications', 'read')
  @ApiRecord(Notification)
  get(@CurrentUser() user: AuthUser, @Param('id', IdPipe) id: number): Promise<Notification> {
    return this.notifications.get(user, id);
  }

  @Post('read-all')
  @HttpCode(200)
  @Permission('notifications', 'update')
  @ApiAnswer(READ_ALL_ANSWER)
  readAll(@CurrentUser() user: AuthUser): Promise<{ updated: number }> {
    return this.notifications.markAllRead(user);
  }

  @Post(':id/read')
  @HttpCode(200)
  @Permission('notifications', 'update')
  @ApiRecord(Notification)
  read(@CurrentUser() user: AuthUser, @Param('id', IdPipe) id: number): Promise<Notification> {
    return this.notifications.markRead(user, id);
  }
}
