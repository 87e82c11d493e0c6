import { Body, Controller, Delete, Get, Param, Post, Put, Query, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import type { AuthUser } from '../common/auth-user';
import { CurrentUser, Permission } from '../common/auth.decorators';
import { IdPipe } from '../common/id.pipe';
import { ExportQueryDto, ListQueryDto } from '../common/list-query.dto';
import { sendPage } from '../common/list-response';
import type { Listed } from '../database/record-store';
import { ApiCsv, ApiList, ApiRecord } from '../http/api-answers';
import { AnswerTemplate } from './answer-template.entity';
import { ANSWER_TEMPLATE_LIST, AnswerTemplatesService } from './answer-templates.service';
import { CreateAnswerTemplateDto, UpdateAnswerTemplateDto } from './dto/answer-template.dto';

/** Saved answers ("réponses types"); the console fills one with a request's fields. */
@ApiTags('answer-templates')
@Controller('answer-templates')
export class AnswerTemplatesController {
  constructor(private readonly templates: AnswerTemplatesService) {}

  @Get()
  @Permission('answer-templates', 'list')
  @ApiList(AnswerTemplate, ANSWER_TEMPLATE_LIST)
  async list(@Query() query: ListQueryDto, @Res({ passthrough: true }) response: FastifyReply): Promise<Listed<AnswerTemplate>[]> {
    return sendPage(response, 'answer-templates', await this.templates.list(query));
  }

  @Get('export.csv')
  @Permission('answer-templates', 'export')
  @ApiCsv(ANSWER_TEMPLATE_LIST)
  export(@Query() query: ExportQueryDto, @Res() response: FastifyReply): Promise<void> {
    return this.templates.export(query, response);
  }

  @Get(':id')
  @Permission('answer-templates', 'read')
  @ApiRecord(AnswerTemplate)
  get(@Param('id', IdPipe) id: number): Promise<AnswerTemplate> {
    return this.templates.get(id);
  }

  @Post()
  @Permission('answer-templates', 'create')
  @ApiRecord(AnswerTemplate, { created: true })
  create(@CurrentUser() user: AuthUser, @Body() body: CreateAnswerTemplateDto): Promise<AnswerTemplate> {
    return this.templates.create(user, body);
  }

  @Put(':id')
  @Permission('answer-templates', 'update')
  @ApiRecord(AnswerTemplate)
  update(@CurrentUser() user: AuthUser, @Param('id', IdPipe) id: number, @Body() body: UpdateAnswerTemplateDto): Promise<AnswerTemplate> {
    return this.templates.update(user, id, body);
  }

  @Delete(':id')
  @Permission('answer-templates', 'delete')
  @ApiRecord(AnswerTemplate)
  remove(@CurrentUser() user: AuthUser, @Param('id', IdPipe) id: number): Promise<AnswerTemplate> {
    return this.templates.remove(user.id, id);
  }
}
