import { Body, Controller, Get, HttpCode, Param, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { AuthUser } from '../common/auth-user';
import { CurrentUser, Permission } from '../common/auth.decorators';
import { IdPipe } from '../common/id.pipe';
import { ApiAnswer } from '../http/api-answers';
import { EmailAnswerDto } from './dto/email-answer.dto';
import { EMAIL_ANSWER_ANSWER, MAIL_THREAD_ANSWER } from './mail.answers';
import type { MailMessage } from './mail-message.entity';
import { OutboundService } from './outbound.service';

@ApiTags('requests')
@Controller('requests')
export class MailController {
  constructor(private readonly outbound: OutboundService) {}

  /** The request's e-mails, received and sent, oldest first. */
  @Get(':id/mail-messages')
  @Permission('requests', 'read')
  @ApiAnswer(MAIL_THREAD_ANSWER)
  thread(@Param('id', IdPipe) id: number): Promise<MailMessage[]> {
    return this.outbound.thread(id);
  }

  /** Answers the requester by e-mail from the desk: on the thread and the timeline, sent by the worker. */
  @Post(':id/email-answer')
  @HttpCode(201)
  @Permission('requests', 'update')
  @ApiAnswer(EMAIL_ANSWER_ANSWER, { created: true })
  async answer(
    @CurrentUser() user: AuthUser,
    @Param('id', IdPipe) id: number,
    @Body() body: EmailAnswerDto,
  ): Promise<{ id: number; messageId: string }> {
    const { id: mailId, messageId } = await this.outbound.answer(user, id, body.body, body.close ?? false);
    return { id: mailId, messageId };
  }
}
