import { Body, Controller, Get, HttpCode, Post, Req, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { AppConfig } from '../config/app-config';
import { CurrentUser, Public, type AuthenticatedRequest } from '../common/auth.decorators';
import type { AuthUser } from '../common/auth-user';
import { AuthService, describe, type Me } from './auth.service';
import { LoginDto } from './dto/login.dto';
import { DEVICE_COOKIE, deviceCookieOptions } from './login-devices';
import { SESSION_COOKIE, sessionCookieOptions } from './session-cookie';
import { ApiAnswer } from '../http/api-answers';
import { ME_ANSWER } from './auth.answers';
import { ApiNoContentResponse } from '@nestjs/swagger';

@ApiTags('auth')
@Controller('auth')
export class AuthController {
  constructor(
    private readonly auth: AuthService,
    private readonly config: AppConfig,
  ) {}

  @Public()
  @Post('login')
  @HttpCode(200)
  @ApiAnswer(ME_ANSWER)
  async login(@Body() body: LoginDto, @Req() request: FastifyRequest, @Res({ passthrough: true }) response: FastifyReply): Promise<Me> {
    const { token, deviceToken, me } = await this.auth.login(body.email, body.password, {
      ip: request.ip ?? 'unknown',
      userAgent: request.headers['user-agent'] ?? null,
      deviceToken: request.cookies[DEVICE_COOKIE],
    });
    response.setCookie(SESSION_COOKIE, token, sessionCookieOptions(this.config));
    response.setCookie(DEVICE_COOKIE, deviceToken, deviceCookieOptions(this.config));
    return me;
  }

  @Post('logout')
  @HttpCode(204)
  @ApiNoContentResponse({ description: 'the session is revoked and its cookie cleared' })
  async logout(@Req() request: AuthenticatedRequest, @Res({ passthrough: true }) response: FastifyReply): Promise<void> {
    await this.auth.logout(request.user, request.sessionTokenHash);
    const { maxAge: _maxAge, ...options } = sessionCookieOptions(this.config);
    response.clearCookie(SESSION_COOKIE, options);
  }

  @Get('me')
  @ApiAnswer(ME_ANSWER)
  me(@CurrentUser() user: AuthUser): Me {
    return describe(user);
  }
}
