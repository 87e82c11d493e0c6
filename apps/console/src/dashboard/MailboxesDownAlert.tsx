import { Alert, AlertTitle } from '@mui/material';
import type { Dashboard } from '@resacoop/domain';
import { useTranslate } from 'react-admin';
import { useDates } from './useDates';

/** Why no e-mail comes in: each mailbox the worker cannot reach, since when and the error, and that nothing is lost. */
export const MailboxesDownAlert = ({ mailboxes }: { mailboxes: Dashboard['mailboxesDown'] }) => {
  const translate = useTranslate();
  const dates = useDates();
  if (mailboxes.length === 0) return null;
  return (
    <Alert severity="warning" sx={{ mb: 2 }}>
      <AlertTitle>{translate('resacoop.dashboard.mailboxes_down', { smart_count: mailboxes.length })}</AlertTitle>
      {mailboxes.map(({ name, since, error }) => (
        <div key={name}>{translate('resacoop.dashboard.mailbox_down', { name, since: dates.moment(since), error })}</div>
      ))}
      <div>{translate('resacoop.dashboard.mailboxes_down_help')}</div>
    </Alert>
  );
};
