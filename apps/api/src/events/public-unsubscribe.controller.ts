import { Controller, Headers, HttpCode, Param, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { localeOfHeader, msg, translate } from '@resacoop/domain';
import { Public } from '../common/auth.decorators';
import { ApiAnswer } from '../http/api-answers';
import { UNSUBSCRIBED_ANSWER } from './public-events.answers';
import { RegistrationsService } from './registrations.service';

/**
 * The opt-out behind a registrant's unsubscribe link: no account, only the link's key. The link opens
 * the console's page (`/desinscription/:token`), whose button posts here: a GET would be followed by
 * the link checkers of mail services and opt everyone out unseen. Posting again changes nothing.
 */
@ApiTags('public')
@Controller('public/unsubscribe')
@Public()
export class PublicUnsubscribeController {
  constructor(private readonly registrations: RegistrationsService) {}

  @Post(':token')
  @HttpCode(200)
  @ApiAnswer(UNSUBSCRIBED_ANSWER)
  async unsubscribe(
    @Param('token') token: string,
    @Headers('accept-language') acceptLanguage: string | undefined,
  ): Promise<{ status: 'unsubscribed'; message: string }> {
    await this.registrations.unsubscribe(token);
    return { status: 'unsubscribed', message: translate(msg('event.unsubscribed'), localeOfHeader(acceptLanguage)) };
  }
}
