import { Module } from '@nestjs/common';
import { MailerService } from './mailer.service';

/**
 * The SMTP pool in a module of its own: Nest destroys an importing module before the modules it
 * imports, so the e-mail worker (RemindersModule) has finished its jobs when the pool closes.
 */
@Module({
  providers: [MailerService],
  exports: [MailerService],
})
export class MailerModule {}
