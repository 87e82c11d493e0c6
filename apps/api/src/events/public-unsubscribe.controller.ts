import { Controller, Get, Headers, Param } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { localeOfHeader, msg, translate } from '@resacoop/domain';
import { Public } from '../common/auth.decorators';
import { ApiAnswer } from '../http/api-answers';
import { UNSUBSCRIBED_ANSWER } from './public-events.answers';
import { RegistrationsService } from './registrations.service';

/**
 * The unsubscribe link of a registrant's reminder e-mail: no account, only the link's key. One
 * click opens it, as people expect of such a link; opening it again changes nothing.
 */
@ApiTags('public')
@Controller('public/unsubscribe')
@Public()
export class PublicUnsubscribeController {
  constructor(private readonly registrations: RegistrationsService) {}

  @Get(':token')
  @ApiAnswer(UNSUBSCRIBED_ANSWER)
  async unsubscribe(
    @Param('token') token: string,
    @Headers('accept-language') acceptLanguage: string | undefined,
  ): Promise<{ status: 'unsubscribed'; message: string }> {
    await this.registrations.unsubscribe(token);
    return { status: 'unsubscribed', message: translate(msg('event.unsubscribed'), localeOfHeader(acceptLanguage)) };
  }
}
