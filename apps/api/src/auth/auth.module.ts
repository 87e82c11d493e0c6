import { Global, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { APP_GUARD } from '@nestjs/core';
import { AuthController } from './auth.controller';
import { AuthService } from './auth.service';
import { CsrfGuard } from './csrf.guard';
import { LoginDevices } from './login-devices';
import { LoginRateLimiter } from './login-rate-limiter';
import { SessionGuard } from './session.guard';
import { SessionsService } from './sessions.service';
import { Session } from './session.entity';
import { User } from './user.entity';

@Global()
@Module({
  imports: [TypeOrmModule.forFeature([Session, User])],
  controllers: [AuthController],
  providers: [
    AuthService,
    SessionsService,
    LoginRateLimiter,
    LoginDevices,
    // Order matters: a forged cross-site write is refused before any session lookup.
    { provide: APP_GUARD, useClass: CsrfGuard },
    { provide: APP_GUARD, useClass: SessionGuard },
  ],
  exports: [SessionsService],
})
export class AuthModule {}
