import { Body, Controller, Get, Post, Query, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import type { AuthUser } from '../common/auth-user';
import { CurrentUser, Permission } from '../common/auth.decorators';
import { sendCsv } from '../common/csv-export';
import { PeriodQueryDto } from './dto/period.dto';
import { PublishYearDto } from './dto/publish-year.dto';
import { keyFigureColumns, keyFigureLines } from './key-figures.csv';
import { PublicationsService, resolvePeriod, type KeyFiguresView, type Publication } from './publications.service';
import { ApiAnswer, ApiCsv, ApiQueryOf } from '../http/api-answers';
import { KEY_FIGURES_VIEW_ANSWER, PUBLICATION_ANSWER, PUBLICATIONS_ANSWER } from './reports.answers';

@ApiTags('reports')
@Controller('reports')
export class ReportsController {
  constructor(private readonly publications: PublicationsService) {}

  @Get('key-figures')
  @Permission('reports', 'read')
  @ApiQueryOf(PeriodQueryDto)
  @ApiAnswer(KEY_FIGURES_VIEW_ANSWER)
  keyFigures(@Query() query: PeriodQueryDto): Promise<KeyFiguresView> {
    const { from, to } = resolvePeriod(query.from, query.to);
    return this.publications.view(from, to);
  }

  @Get('key-figures/export.csv')
  @Permission('reports', 'export')
  @ApiQueryOf(PeriodQueryDto)
  @ApiCsv()
  async exportKeyFigures(@CurrentUser() user: AuthUser, @Query() query: PeriodQueryDto, @Res() response: FastifyReply): Promise<void> {
    const { from, to } = resolvePeriod(query.from, query.to);
    const { figures } = await this.publications.view(from, to);
    return sendCsv(response, `chiffres-cles-${from}-${to}.csv`, keyFigureColumns(user.locale), keyFigureLines(figures, user.locale), user.locale);
  }

  @Get('publications')
  @Permission('reports', 'read')
  @ApiAnswer(PUBLICATIONS_ANSWER)
  listPublications(): Promise<Publication[]> {
    return this.publications.list();
  }

  @Post('publications')
  @Permission('reports', 'publish')
  @ApiAnswer(PUBLICATION_ANSWER, { created: true })
  publish(@CurrentUser() user: AuthUser, @Body() body: PublishYearDto): Promise<Publication> {
    return this.publications.publish(user.id, body.year);
  }
}
