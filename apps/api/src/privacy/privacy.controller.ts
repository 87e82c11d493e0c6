import { Body, Controller, Get, HttpCode, Param, Post, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import type { AuthUser } from '../common/auth-user';
import { CurrentUser, Permission } from '../common/auth.decorators';
import { IdPipe } from '../common/id.pipe';
import { Contact } from '../contacts';
import { EraseContactDto } from './dto/erase-contact.dto';
import { PrivacyService, type PersonalData } from './privacy.service';
import { PERSONAL_DATA_ANSWER } from './privacy.answers';
import { ApiAnswer, ApiRecord } from '../http/api-answers';

/** The GDPR's actions on a contact: hand over everything held about the person, or erase it. */
@ApiTags('contacts')
@Controller('contacts')
export class PrivacyController {
  constructor(private readonly privacy: PrivacyService) {}

  @Get(':id/personal-data')
  @Permission('contacts', 'export')
  @ApiAnswer(PERSONAL_DATA_ANSWER)
  async personalData(@Param('id', IdPipe) id: number, @Res({ passthrough: true }) response: FastifyReply): Promise<PersonalData> {
    const data = await this.privacy.personalDataOf(id);
    response.header('Content-Disposition', `attachment; filename="contact-${id}.json"`);
    return data;
  }

  @Post(':id/erase')
  @HttpCode(200)
  @Permission('contacts', 'erase')
  @ApiRecord(Contact)
  erase(@CurrentUser() user: AuthUser, @Param('id', IdPipe) id: number, @Body() { version }: EraseContactDto): Promise<Contact> {
    return this.privacy.erase(user.id, id, version);
  }
}
