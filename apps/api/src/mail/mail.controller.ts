import { Body, Controller, Get, HttpCode, Param, Post, Res } from '@nestjs/common';
import { ApiOkResponse, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import type { AuthUser } from '../common/auth-user';
import { CurrentUser, Permission } from '../common/auth.decorators';
import { IdPipe } from '../common/id.pipe';
import { ApiAnswer } from '../http/api-answers';
import { EmailAnswerDto } from './dto/email-answer.dto';
import { EMAIL_ANSWER_ANSWER, MAIL_ATTACHMENTS_ANSWER, MAIL_MESSAGE_ANSWER, MAIL_THREAD_ANSWER } from './mail.answers';
import type { MailAttachment } from './mail-attachment.entity';
import type { MailMessage } from './mail-message.entity';
import { OutboundService } from './outbound.service';
import { ThreadService } from './thread.service';

/** A file name for the plain `filename` parameter: its ASCII letters kept, the rest replaced. */
const asciiName = (name: string) => name.replace(/[^\x20-\x7e]|["\\]/g, '_');

@ApiTags('requests')
@Controller('requests')
export class MailController {
  constructor(
    private readonly outbound: OutboundService,
    private readonly threads: ThreadService,
  ) {}

  /** The request's e-mails, received and sent, oldest first. */
  @Get(':id/mail-messages')
  @Permission('requests', 'read')
  @ApiAnswer(MAIL_THREAD_ANSWER)
  thread(@Param('id', IdPipe) id: number): Promise<MailMessage[]> {
    return this.threads.messages(id);
  }

  /** The files received with the request's e-mails (without their content). */
  @Get(':id/mail-attachments')
  @Permission('requests', 'read')
  @ApiAnswer(MAIL_ATTACHMENTS_ANSWER)
  attachments(@Param('id', IdPipe) id: number): Promise<MailAttachment[]> {
    return this.threads.attachments(id);
  }

  /** One file, as a download: never shown inline by the browser, whatever its type. */
  @Get(':id/mail-attachments/:attachmentId')
  @Permission('requests', 'read')
  @ApiProduces('application/octet-stream')
  @ApiOkResponse({
    description: 'the file, as an attachment',
    content: { 'application/octet-stream': { schema: { type: 'string', format: 'binary' } } },
  })
  async download(
    @Param('id', IdPipe) id: number,
    @Param('attachmentId', IdPipe) attachmentId: number,
    @Res() response: FastifyReply,
  ): Promise<void> {
    const file = await this.threads.file(id, attachmentId);
    await response
      .header('Content-Type', file.contentType)
      .header(
        'Content-Disposition',
        `attachment; filename="${asciiName(file.fileName)}"; filename*=UTF-8''${encodeURIComponent(file.fileName)}`,
      )
      .header('X-Content-Type-Options', 'nosniff')
      .send(file.content);
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

  /**
   * Sends again an e-mail of the request that failed after its last retry: queued anew, once (409 for one
   * that is not failed, e.g. sent again meanwhile), for those who may answer the request.
   */
  @Post(':id/mail-messages/:messageId/resend')
  @HttpCode(200)
  @Permission('requests', 'update')
  @ApiAnswer(MAIL_MESSAGE_ANSWER)
  resend(
    @CurrentUser() user: AuthUser,
    @Param('id', IdPipe) id: number,
    @Param('messageId', IdPipe) messageId: number,
  ): Promise<MailMessage> {
    return this.outbound.resend(user, id, messageId);
  }
}
