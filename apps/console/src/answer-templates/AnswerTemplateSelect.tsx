import { TextField as MuiTextField } from '@mui/material';
import { fillAnswerTemplate } from '@resacoop/domain';
import { useCanAccess, useGetList, useGetOne, useTranslate } from 'react-admin';
import type { AnswerTemplate, InformationRequest } from '../providers/api.generated';

/**
 * "Start from a saved answer": the offered saved answers, the one picked filled with the request's
 * fields (requester, reference, subject, due date, site, adviser) and handed to the answer's text
 * area, where the adviser edits it before sending.
 */
export const AnswerTemplateSelect = ({ request, onFill }: { request: InformationRequest; onFill: (text: string) => void }) => {
  const translate = useTranslate();
  const { canAccess = false } = useCanAccess({ resource: 'answer-templates', action: 'list' });
  const { data: templates = [] } = useGetList<AnswerTemplate>(
    'answer-templates',
    { filter: { active: true }, sort: { field: 'title', order: 'ASC' }, pagination: { page: 1, perPage: 100 } },
    { enabled: canAccess },
  );
  const { data: assignee } = useGetOne<{ id: number; fullName: string }>(
    'users',
    { id: request.assigneeId ?? 0 },
    { enabled: canAccess && request.assigneeId !== null },
  );
  if (!canAccess || templates.length === 0) return null;
  return (
    <MuiTextField
      select
      label={translate('resacoop.requests.email.template')}
      defaultValue=""
      onChange={(event) => {
        const template = templates.find((candidate) => String(candidate.id) === event.target.value);
        if (!template) return;
        onFill(
          fillAnswerTemplate(template.body, {
            requesterName: request.requesterName,
            reference: request.reference,
            subject: request.subject,
            dueAt: new Date(request.dueAt),
            site: request.site,
            assigneeName: assignee?.fullName ?? null,
          }),
        );
      }}
      slotProps={{ select: { native: true }, inputLabel: { shrink: true } }}
      fullWidth
      margin="dense"
    >
      <option value="">{translate('resacoop.requests.email.no_template')}</option>
      {templates.map((template) => (
        <option key={template.id} value={template.id}>
          {template.title}
        </option>
      ))}
    </MuiTextField>
  );
};
