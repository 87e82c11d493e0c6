/** What other features may use of the reminders: the e-mail pool. */
export { MailerModule } from './mailer.module';
export { MailerService } from './mailer.service';
