import { Controller, HttpStatus, Post, Query, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import type { AuthUser } from '../common/auth-user';
import { CurrentUser, Permission } from '../common/auth.decorators';
import { CsvFile } from './csv-body';
import { ImportQueryDto } from './dto/import-query.dto';
import type { ImportResourceName } from './import-resource';
import { ApiQueryOf } from '../http/api-answers';
import { ApiImport } from './imports.answers';
import { ImportsService, type ImportCommitted, type ImportPreview } from './imports.service';

@ApiTags('imports')
@Controller()
export class ImportsController {
  constructor(private readonly imports: ImportsService) {}

  @Post('organisations/import')
  @Permission('organisations', 'import')
  @ApiImport()
  @ApiQueryOf(ImportQueryDto)
  importOrganisations(
    @CurrentUser() user: AuthUser,
    @Query() query: ImportQueryDto,
    @CsvFile() file: Buffer,
    @Res({ passthrough: true }) response: FastifyReply,
  ): Promise<ImportPreview | ImportCommitted> {
    return this.run('organisations', user, query, file, response);
  }

  @Post('contacts/import')
  @Permission('contacts', 'import')
  @ApiImport()
  @ApiQueryOf(ImportQueryDto)
  importContacts(
    @CurrentUser() user: AuthUser,
    @Query() query: ImportQueryDto,
    @CsvFile() file: Buffer,
    @Res({ passthrough: true }) response: FastifyReply,
  ): Promise<ImportPreview | ImportCommitted> {
    return this.run('contacts', user, query, file, response);
  }

  /** A preview saves nothing (200); a commit creates the records (201). */
  private run(
    resource: ImportResourceName,
    user: AuthUser,
    { mode, mapping }: ImportQueryDto,
    file: Buffer,
    response: FastifyReply,
  ): Promise<ImportPreview | ImportCommitted> {
    if (mode === 'commit') return this.imports.commit(user.id, resource, file, mapping);
    response.status(HttpStatus.OK);
    return this.imports.preview(resource, file, mapping, user.locale);
  }
}
