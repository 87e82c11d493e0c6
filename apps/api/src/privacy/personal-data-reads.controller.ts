import { Controller, Get, Param, Query, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { Permission } from '../common/auth.decorators';
import { IdPipe } from '../common/id.pipe';
import { ListQueryDto } from '../common/list-query.dto';
import { sendPage } from '../common/list-response';
import type { Listed } from '../database/record-store';
import { PersonalDataRead, PersonalDataReadsService, PERSONAL_DATA_READ_LIST } from '../contacts';
import { ApiList, ApiRecord } from '../http/api-answers';

/** Who among the relays saw which contact, and when: read-only, for admins. */
@ApiTags('personal-data-reads')
@Controller('personal-data-reads')
export class PersonalDataReadsController {
  constructor(private readonly reads: PersonalDataReadsService) {}

  @Get()
  @Permission('personal-data-reads', 'list')
  @ApiList(PersonalDataRead, PERSONAL_DATA_READ_LIST)
  async list(@Query() query: ListQueryDto, @Res({ passthrough: true }) response: FastifyReply): Promise<Listed<PersonalDataRead>[]> {
    return sendPage(response, 'personal-data-reads', await this.reads.list(query));
  }

  @Get(':id')
  @Permission('personal-data-reads', 'read')
  @ApiRecord(PersonalDataRead)
  get(@Param('id', IdPipe) id: number): Promise<PersonalDataRead> {
    return this.reads.get(id);
  }
}
