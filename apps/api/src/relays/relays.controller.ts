import { Controller, Get, Param, Query, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { Permission } from '../auth/auth.decorators';
import { IdPipe } from '../common/id.pipe';
import { ListQueryDto } from '../common/list-query.dto';
import { sendPage } from '../common/list-response';
import type { Relay } from './relay.entity';
import { RelaysService } from './relays.service';

/** Read-only for now: editing relays comes with the support cases. */
@ApiTags('relays')
@Controller('relays')
export class RelaysController {
  constructor(private readonly relays: RelaysService) {}

  @Get()
  @Permission('relays', 'list')
  async list(@Query() query: ListQueryDto, @Res({ passthrough: true }) response: Response): Promise<Relay[]> {
    return sendPage(response, 'relays', await this.relays.list(query));
  }

  @Get(':id')
  @Permission('relays', 'read')
  get(@Param('id', IdPipe) id: number): Promise<Relay> {
    return this.relays.get(id);
  }
}
