import { Logger } from '@nestjs/common';
import { loadConfig } from '../config/app-config';
import { MailerService } from './mailer.service';

describe('MailerService without SMTP_URL', () => {
  afterEach(() => jest.restoreAllMocks());

  it('says once that e-mails are not sent, not once per e-mail', async () => {
    const warn = jest.spyOn(Logger.prototype, 'warn').mockImplementation(() => undefined);
    jest.spyOn(Logger.prototype, 'debug').mockImplementation(() => undefined);
    const mailer = new MailerService(loadConfig({}));
    for (let index = 0; index < 200; index++) await mailer.send({ to: `person${index}@example.org`, subject: 'Rappel', text: '…' });
    expect(warn).toHaveBeenCalledTimes(1);
    expect(warn.mock.calls[0][0]).toMatch(/SMTP_URL is not set/);
  });
});
