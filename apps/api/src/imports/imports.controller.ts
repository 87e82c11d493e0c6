import { Controller, HttpStatus, Param, Post, Query, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import type { AuthUser } from '../common/auth-user';
import { CurrentUser, Permission } from '../common/auth.decorators';
import { CsvFile, SIGN_IN_SHEET_ROUTE } from './csv-body';
import { ImportQueryDto } from './dto/import-query.dto';
import type { ImportResourceName } from './import-resource';
import { ApiQueryOf } from '../http/api-answers';
import { ApiImport } from './imports.answers';
import { ImportsService, type ImportCommitted, type ImportPreview } from './imports.service';
import { IdPipe } from '../common/id.pipe';
import { ApiSignInSheetImport } from './imports.answers';
import { SignInSheetService, type SignInSheetCommitted, type SignInSheetPreview } from './sign-in-sheet.service';

@ApiTags('imports')
@Controller()
export class ImportsController {
  constructor(
    private readonly imports: ImportsService,
    private readonly signInSheets: SignInSheetService,
  ) {}

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

  /** An event's sign-in sheet: its people marked attended, registered or not before; as for registrations, a relay only for its relay's events. */
  @Post(SIGN_IN_SHEET_ROUTE)
  @Permission('registrations', 'create')
  @ApiSignInSheetImport()
  @ApiQueryOf(ImportQueryDto)
  async importSignInSheet(
    @CurrentUser() user: AuthUser,
    @Param('id', IdPipe) eventId: number,
    @Query() { mode, mapping }: ImportQueryDto,
    @CsvFile() file: Buffer,
    @Res({ passthrough: true }) response: FastifyReply,
  ): Promise<SignInSheetPreview | SignInSheetCommitted> {
    if (mode === 'commit') return this.signInSheets.commit(user, eventId, file, mapping);
    response.status(HttpStatus.OK);
    return this.signInSheets.preview(user, eventId, file, mapping);
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
