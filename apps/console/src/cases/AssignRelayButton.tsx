import { useEffect, useState, type FormEvent } from 'react';
import HandshakeIcon from '@mui/icons-material/Handshake';
import { Button, Dialog, DialogActions, DialogContent, DialogContentText, DialogTitle, MenuItem, TextField } from '@mui/material';
import { useCreate, useGetList, useGetOne, useNotify, useRecordContext, useRefresh, useTranslate } from 'react-admin';
import { refusalText, useActionErrorHandler } from '../common/saveErrors';

/**
 * Hands the case to a relay (`POST /api/assignments {caseId, relayId}`): the relay covering the
 * project holder's département is chosen by default, as the API would. `blocked` while a relay has
 * the case: the button is disabled, described by the panel's line saying why (`#assign-blocked`).
 * A refusal of the API is shown in the dialog in its own words; closing it then reads the page again.
 */
export const AssignRelayButton = ({ blocked = false }: { blocked?: boolean }) => {
  const record = useRecordContext();
  const translate = useTranslate();
  const notify = useNotify();
  const refresh = useRefresh();
  const notifyError = useActionErrorHandler();
  const [open, setOpen] = useState(false);
  const [relayId, setRelayId] = useState<string>('');
  const [error, setError] = useState<string>();
  const { data: relays = [] } = useGetList(
    'relays',
    { pagination: { page: 1, perPage: 100 }, sort: { field: 'name', order: 'ASC' } },
    { enabled: open },
  );
  const { data: organisation } = useGetOne(
    'organisations',
    { id: record?.organisationId },
    { enabled: open && Boolean(record?.organisationId) },
  );
  const covering = relays.find((relay) => Array.isArray(relay.departements) && relay.departements.includes(organisation?.departement));
  useEffect(() => {
    if (open && relayId === '' && covering) setRelayId(String(covering.id));
  }, [open, relayId, covering]);
  const [create, { isPending }] = useCreate();
  if (!record) return null;
  const close = () => {
    setOpen(false);
    if (error) refresh();
    setError(undefined);
    setRelayId('');
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    create(
      'assignments',
      { data: { caseId: record.id, ...(relayId ? { relayId: Number(relayId) } : {}) } },
      {
        onSuccess: () => {
          close();
          notify('resacoop.assignments.assigned', { type: 'info' });
          refresh();
        },
        onError: (failure) => {
          const reason = refusalText(failure);
          if (reason) return setError(reason);
          close();
          notifyError(failure);
        },
      },
    );
  };
  return (
    <>
      <Button
        size="small"
        variant="outlined"
        startIcon={<HandshakeIcon />}
        disabled={blocked}
        aria-describedby={blocked ? 'assign-blocked' : undefined}
        onClick={() => setOpen(true)}
      >
        {translate('resacoop.assignments.assign')}
      </Button>
      <Dialog open={open} onClose={close} fullWidth maxWidth="xs" aria-labelledby="assign-dialog-title">
        <form onSubmit={submit} noValidate>
          <DialogTitle id="assign-dialog-title">{translate('resacoop.assignments.assign')}</DialogTitle>
          <DialogContent>
            <DialogContentText>{translate('resacoop.assignments.assign_help')}</DialogContentText>
            <TextField
              select
              fullWidth
              margin="dense"
              name="relayId"
              label={translate('resources.assignments.fields.relayId')}
              value={relayId}
              onChange={(event) => setRelayId(event.target.value)}
              error={Boolean(error)}
              helperText={error}
            >
              {relays.map((relay) => (
                <MenuItem key={relay.id} value={String(relay.id)}>
                  {relay.name}
                </MenuItem>
              ))}
            </TextField>
          </DialogContent>
          <DialogActions>
            <Button onClick={close}>{translate('ra.action.cancel')}</Button>
            <Button type="submit" variant="contained" disabled={isPending}>
              {translate('resacoop.assignments.assign_confirm')}
            </Button>
          </DialogActions>
        </form>
      </Dialog>
    </>
  );
};
