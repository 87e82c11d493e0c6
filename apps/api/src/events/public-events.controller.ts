import { Body, Controller, Get, Headers, Param, Post, Req } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { localeOfHeader } from '@resacoop/domain';
import type { FastifyRequest } from 'fastify';
import { AnyOrigin, Public } from '../common/auth.decorators';
import { ApiAnswer } from '../http/api-answers';
import { PublicRegistrationDto } from './dto/registration.dto';
import { PUBLIC_EVENT_ANSWER, PUBLIC_REGISTRATION_ANSWER } from './public-events.answers';
import { PublicRegistrationsService, type PublicEvent } from './public-registrations.service';

/** An event's public registration page: no account, no session, only the link's token. */
@ApiTags('public')
@Controller('public/events')
@Public()
export class PublicEventsController {
  constructor(private readonly registrations: PublicRegistrationsService) {}

  @Get(':token')
  @ApiAnswer(PUBLIC_EVENT_ANSWER)
  page(@Param('token') token: string): Promise<PublicEvent> {
    return this.registrations.page(token);
  }

  @Post(':token/registrations')
  @AnyOrigin()
  @ApiAnswer(PUBLIC_REGISTRATION_ANSWER, { created: true })
  register(
    @Param('token') token: string,
    @Body() body: PublicRegistrationDto,
    @Req() request: FastifyRequest,
    @Headers('accept-language') acceptLanguage: string | undefined,
  ): Promise<{ status: 'registered' }> {
    return this.registrations.register(token, request.ip ?? 'unknown', localeOfHeader(acceptLanguage), body);
  }
}
