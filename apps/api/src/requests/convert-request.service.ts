import { msg } from '@resacoop/domain';
import { Injectable } from '@nestjs/common';
import { Database } from '../database/database';
import type { AuthUser } from '../common/auth-user';
import { AppException, ErrorCode, ValidationFailed } from '../common/app-exception';
import { Contact } from '../contacts';
import { RequestsService } from './requests.service';
import { CasesService, type ConvertRequestDto, SupportCase } from '../cases';

@Injectable()
export class ConvertRequestService {
  constructor(
    private readonly db: Database,
    private readonly requests: RequestsService,
    private readonly cases: CasesService,
  ) {}

  /**
   * The case takes the request's holder (its organisation and contact; the contact alone for a
   * private individual) and question; the request is closed as converted and points to its case.
   */
  convert(actor: AuthUser, requestId: number, data: ConvertRequestDto): Promise<SupportCase> {
    return this.db.transaction(async (tx) => {
      const request = await this.requests.lockRequest(tx, requestId);
      if (request.caseId) {
        const existing = await this.db.find(SupportCase, request.caseId, tx);
        throw new AppException(ErrorCode.Conflict, msg('request.alreadyCase', { case: existing?.reference ?? request.caseId ?? '' }));
      }
      if (!request.organisationId && !request.contactId)
        throw new ValidationFailed({
          organisationId: msg('field.requestHolderRequired'),
        });
      if (data.openedAt && new Date(data.openedAt) < request.receivedAt)
        throw new ValidationFailed({ openedAt: msg('field.beforeReceived') });
      // A contact who belongs to an organisation brings it along: the case is then the organisation's.
      const contact = request.contactId ? await this.db.find(Contact, request.contactId, tx) : null;
      const supportCase = await this.cases.open(
        actor,
        {
          projectTitle: request.subject,
          projectSummary: request.question,
          site: request.site,
          ...data,
          organisationId: request.organisationId ?? contact?.organisationId ?? null,
          contactId: request.contactId,
        },
        tx,
      );
      await this.requests.markConverted(tx, actor, request, supportCase, supportCase.openedAt);
      return supportCase;
    });
  }
}
