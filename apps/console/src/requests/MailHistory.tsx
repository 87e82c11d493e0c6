import { Box, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { useCanAccess, useGetList, useGetMany, useTranslate } from 'react-admin';
import type { AuditEvent, MailAttachment, MailMessage } from '../providers/api.generated';

type Snapshot = Record<string, unknown> | null | undefined;

const sideOf = (event: AuditEvent, side: 'before' | 'after'): Snapshot =>
  (event.changes as { before?: Snapshot; after?: Snapshot })?.[side];

/**
 * The history of the request's e-mails and files (`/api/audit-events` of `mail_message` and `mail_attachment`):
 * each received or written, each sent, failed or sent again, each erased, by whom (the system for the worker).
 */
export const MailHistory = ({ thread, files }: { thread: MailMessage[]; files: MailAttachment[] }) => {
  const translate = useTranslate();
  const { canAccess = false } = useCanAccess({ resource: 'audit-events', action: 'list' });
  const options = { sort: { field: 'at', order: 'DESC' as const }, pagination: { page: 1, perPage: 100 } };
  const { data: messageEvents = [] } = useGetList<AuditEvent>(
    'audit-events',
    { ...options, filter: { entity: 'mail_message', entityId: thread.map((mail) => mail.id) } },
    { enabled: canAccess && thread.length > 0 },
  );
  const { data: fileEvents = [] } = useGetList<AuditEvent>(
    'audit-events',
    { ...options, filter: { entity: 'mail_attachment', entityId: files.map((file) => file.id) } },
    { enabled: canAccess && files.length > 0 },
  );
  const events = [...messageEvents, ...fileEvents].sort((a, b) => b.at.localeCompare(a.at) || Number(b.id) - Number(a.id));
  const actorIds = [...new Set(events.flatMap((event) => (event.actorId === null ? [] : [event.actorId])))];
  const { data: actors = [] } = useGetMany('users', { ids: actorIds }, { enabled: actorIds.length > 0 });
  if (!canAccess || events.length === 0) return null;

  const outcome = (value: unknown) => translate(`resacoop.requests.email.${String(value)}`, { _: String(value) });
  const describe = (event: AuditEvent): string => {
    const before = sideOf(event, 'before');
    const after = sideOf(event, 'after');
    if (event.entity === 'mail_attachment') {
      const file = files.find((candidate) => candidate.id === event.entityId);
      return translate('resacoop.requests.email.history.file', { name: String(after?.fileName ?? file?.fileName ?? '') });
    }
    const mail = thread.find((candidate) => candidate.id === event.entityId);
    if (event.action === 'create') {
      const incoming = String(after?.direction ?? mail?.direction) === 'in';
      const who = incoming
        ? (after?.fromName ?? after?.fromAddress ?? mail?.fromName ?? mail?.fromAddress)
        : (after?.toAddress ?? mail?.toAddress);
      return translate(`resacoop.requests.email.history.${incoming ? 'received' : 'written'}`, { who: String(who ?? '—') });
    }
    if (event.action === 'update' && after && 'outcome' in after) {
      return translate('resacoop.requests.email.history.outcome', { before: outcome(before?.outcome), after: outcome(after.outcome) });
    }
    return translate('resacoop.requests.email.history.other');
  };

  return (
    <Box component="section" aria-labelledby="mail-history-title" sx={{ mt: 2 }}>
      <Typography id="mail-history-title" variant="subtitle2" component="h3">
        {translate('resacoop.requests.email.history.title')}
      </Typography>
      <Table size="small">
        <TableHead>
          <TableRow>
            <TableCell>{translate('resacoop.requests.email.history.at')}</TableCell>
            <TableCell>{translate('resacoop.requests.email.history.by')}</TableCell>
            <TableCell>{translate('resacoop.requests.email.history.action')}</TableCell>
            <TableCell>{translate('resacoop.requests.email.history.what')}</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {events.map((event) => (
            <TableRow key={event.id}>
              <TableCell>{new Date(event.at).toLocaleString()}</TableCell>
              <TableCell>
                {event.actorId === null
                  ? translate('resacoop.history.system')
                  : ((actors.find((actor) => actor.id === event.actorId)?.fullName as string | undefined) ?? `#${event.actorId}`)}
              </TableCell>
              <TableCell>{translate(`resacoop.history.actions.${event.action}`)}</TableCell>
              <TableCell sx={{ overflowWrap: 'anywhere' }}>{describe(event)}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </Box>
  );
};
