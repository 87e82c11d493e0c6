import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { AuthUser } from '../auth/auth-user';
import { AppException, ErrorCode, ValidationFailed } from '../common/app-exception';
import { RequestsService } from '../requests/requests.service';
import { CasesService } from './cases.service';
import type { ConvertRequestDto } from './dto/case.dto';
import type { SupportCase } from './support-case.entity';

@Injectable()
export class ConvertRequestService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly requests: RequestsService,
    private readonly cases: CasesService,
  ) {}

  /** The case takes the request's organisation and question; the request points to its case. */
  convert(actor: AuthUser, requestId: number, data: ConvertRequestDto): Promise<SupportCase> {
    return this.dataSource.transaction(async (tx) => {
      const request = await this.requests.store.lock(requestId, tx);
      if (request.caseId) throw new AppException(ErrorCode.Conflict, `Cette demande est déjà devenue l’accompagnement ${request.caseId}.`);
      if (!request.organisationId)
        throw new ValidationFailed({ organisationId: 'la demande doit être liée à une organisation porteuse du projet' });
      const supportCase = await this.cases.open(
        actor,
        {
          projectTitle: request.subject,
          projectSummary: request.question,
          site: request.site,
          ...data,
          organisationId: request.organisationId,
        },
        tx,
      );
      await this.requests.store.applyWithin(tx, actor.id, request, { caseId: supportCase.id });
      return supportCase;
    });
  }
}
