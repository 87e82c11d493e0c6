import { Body, Controller, Get, Param, Put, Query, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import type { AuthUser } from '../common/auth-user';
import { CurrentUser, Permission } from '../common/auth.decorators';
import { IdPipe } from '../common/id.pipe';
import { ExportQueryDto, ListQueryDto } from '../common/list-query.dto';
import { sendPage } from '../common/list-response';
import type { Listed } from '../database/record-store';
import { UpdateRelayDto } from './dto/relay.dto';
import { Relay } from './relay.entity';
import { RelaysService, RELAY_LIST } from './relays.service';
import { ApiCsv, ApiList, ApiRecord } from '../http/api-answers';

/** The four departmental relays: listed by staff, edited by admins. */
@ApiTags('relays')
@Controller('relays')
export class RelaysController {
  constructor(private readonly relays: RelaysService) {}

  @Get()
  @Permission('relays', 'list')
  @ApiList(Relay, RELAY_LIST)
  async list(@Query() query: ListQueryDto, @Res({ passthrough: true }) response: FastifyReply): Promise<Listed<Relay>[]> {
    return sendPage(response, 'relays', await this.relays.list(query));
  }

  @Get('export.csv')
  @Permission('relays', 'export')
  @ApiCsv(RELAY_LIST)
  export(@Query() query: ExportQueryDto, @Res() response: FastifyReply): Promise<void> {
    return this.relays.export(query, response);
  }

  @Get(':id')
  @Permission('relays', 'read')
  @ApiRecord(Relay)
  get(@Param('id', IdPipe) id: number): Promise<Relay> {
    return this.relays.get(id);
  }

  @Put(':id')
  @Permission('relays', 'update')
  @ApiRecord(Relay)
  update(@CurrentUser() user: AuthUser, @Param('id', IdPipe) id: number, @Body() body: UpdateRelayDto): Promise<Relay> {
    return this.relays.update(user.id, id, body);
  }
}
