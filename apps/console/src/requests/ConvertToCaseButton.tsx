import { useState, type FormEvent } from 'react';
import WorkIcon from '@mui/icons-material/Work';
import { Button, Dialog, DialogActions, DialogContent, DialogContentText, DialogTitle, TextField } from '@mui/material';
import {
  HttpError,
  Link,
  useCanAccess,
  useDataProvider,
  useNotify,
  useRecordContext,
  useRedirect,
  useRefresh,
  useTranslate,
} from 'react-admin';
import { useMutation } from '@tanstack/react-query';
import { today } from '../common/days';
import { fieldErrorText, useActionErrorHandler } from '../common/saveErrors';
import type { ResacoopDataProvider } from '../providers/dataProvider';

/** The follow-up a new case gets unless changed: two weeks from now. */
const DEFAULT_FOLLOW_UP_DAYS = 14;

/**
 * Turns the request into a support case (`POST /api/requests/{id}/convert-to-case`): the dialog asks
 * for the first follow-up date, the rest comes from the request; the new case's page opens.
 */
const ConvertToCaseButton = ({ requestId }: { requestId: string | number }) => {
  const translate = useTranslate();
  const dataProvider = useDataProvider<ResacoopDataProvider>();
  const notify = useNotify();
  const refresh = useRefresh();
  const redirect = useRedirect();
  const notifyError = useActionErrorHandler();
  const [open, setOpen] = useState(false);
  const [nextFollowUpAt, setNextFollowUpAt] = useState(() => today(DEFAULT_FOLLOW_UP_DAYS));
  const [error, setError] = useState<string>();
  const { mutate, isPending } = useMutation({
    mutationFn: () => dataProvider.act<{ id: number }>(`requests/${requestId}/convert-to-case`, { nextFollowUpAt }),
    onSuccess: (created) => {
      setOpen(false);
      notify('resacoop.requests.converted', { type: 'info' });
      // The request now points at its case; the case's page is where the work goes on.
      refresh();
      redirect('show', 'cases', created.id);
    },
    onError: (failure) => {
      const reason = failure instanceof HttpError && failure.status === 400 ? fieldErrorText(failure) : undefined;
      if (reason) return setError(reason);
      setOpen(false);
      if (failure instanceof HttpError && failure.status === 409) refresh();
      notifyError(failure);
    },
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (nextFollowUpAt) mutate();
  };
  return (
    <>
      <Button size="small" startIcon={<WorkIcon />} onClick={() => setOpen(true)}>
        {translate('resacoop.requests.convert.button')}
      </Button>
      <Dialog open={open} onClose={() => setOpen(false)} aria-labelledby="convert-dialog-title">
        <form onSubmit={submit} noValidate>
          <DialogTitle id="convert-dialog-title">{translate('resacoop.requests.convert.title')}</DialogTitle>
          <DialogContent>
            <DialogContentText>{translate('resacoop.requests.convert.help')}</DialogContentText>
            <TextField
              autoFocus
              type="date"
              name="nextFollowUpAt"
              label={translate('resources.cases.fields.nextFollowUpAt')}
              value={nextFollowUpAt}
              onChange={(event) => setNextFollowUpAt(event.target.value)}
              required
              margin="dense"
              slotProps={{ inputLabel: { shrink: true } }}
              error={Boolean(error)}
              helperText={error}
            />
          </DialogContent>
          <DialogActions>
            <Button onClick={() => setOpen(false)}>{translate('ra.action.cancel')}</Button>
            <Button type="submit" variant="contained" disabled={!nextFollowUpAt || isPending}>
              {translate('resacoop.requests.convert.confirm')}
            </Button>
          </DialogActions>
        </form>
      </Dialog>
    </>
  );
};

/**
 * On a request's page: a link to the case it became, or for those who may open cases the button
 * that turns it into one (only for a request with an organisation, which the case needs).
 */
export const CaseLinkOrConvert = () => {
  const record = useRecordContext();
  const translate = useTranslate();
  const { canAccess: mayRead } = useCanAccess({ resource: 'cases', action: 'show' });
  const { canAccess: mayCreate } = useCanAccess({ resource: 'cases', action: 'create' });
  if (!record) return null;
  if (record.caseId) {
    if (!mayRead) return null;
    return (
      <Button size="small" startIcon={<WorkIcon />} component={Link} to={`/cases/${record.caseId}/show`}>
        {translate('resacoop.requests.convert.open_case')}
      </Button>
    );
  }
  if (!mayCreate || !record.organisationId) return null;
  return <ConvertToCaseButton requestId={record.id} />;
};
