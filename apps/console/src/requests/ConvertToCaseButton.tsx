import { useState, type FormEvent } from 'react';
import WorkIcon from '@mui/icons-material/Work';
import { Autocomplete, Button, Dialog, DialogActions, DialogContent, DialogContentText, DialogTitle, TextField } from '@mui/material';
import { useCanAccess, useDataProvider, useNotify, useRecordContext, useRedirect, useRefresh, useTranslate } from 'react-admin';
import { useMutation } from '@tanstack/react-query';
import { useCountryChoices } from '../cases/countries';
import { followUpIn } from '../common/days';
import { refusalText, useActionErrorHandler } from '../common/saveErrors';
import type { ResacoopDataProvider } from '../providers/dataProvider';

/** The follow-up a new case gets unless changed: two weeks from now, on a working day. */
const DEFAULT_FOLLOW_UP_DAYS = 14;

/**
 * Turns the request into a support case (`POST /api/requests/{id}/convert-to-case`): the dialog asks
 * for the project's countries (they give the case its world zones) and the first follow-up date;
 * the holder (organisation, or the contact for a private individual) and the rest come from the
 * request; the new case's page opens.
 */
const ConvertToCaseButton = ({ requestId }: { requestId: string | number }) => {
  const translate = useTranslate();
  const dataProvider = useDataProvider<ResacoopDataProvider>();
  const notify = useNotify();
  const refresh = useRefresh();
  const redirect = useRedirect();
  const notifyError = useActionErrorHandler();
  const [open, setOpen] = useState(false);
  const countryChoices = useCountryChoices();
  const [countries, setCountries] = useState<{ id: string; name: string }[]>([]);
  const [nextFollowUpAt, setNextFollowUpAt] = useState(() => followUpIn(DEFAULT_FOLLOW_UP_DAYS));
  const [error, setError] = useState<string>();
  const { mutate, isPending } = useMutation({
    mutationFn: () =>
      dataProvider.convertToCase(requestId, {
        nextFollowUpAt,
        countries: countries.map((country) => country.id),
      }),
    onSuccess: (created) => {
      setOpen(false);
      notify('resacoop.requests.converted', { type: 'info' });
      // The request now points at its case; the case's page is where the work goes on.
      refresh();
      redirect('show', 'cases', created.id);
    },
    onError: (failure) => {
      const reason = refusalText(failure);
      if (reason) return setError(reason);
      close();
      notifyError(failure);
    },
  });
  // After a refusal the request may have changed (converted meanwhile): read it again on closing.
  const close = () => {
    setOpen(false);
    if (error) refresh();
    setError(undefined);
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (nextFollowUpAt) mutate();
  };
  return (
    <>
      <Button size="small" startIcon={<WorkIcon />} onClick={() => setOpen(true)}>
        {translate('resacoop.requests.convert.button')}
      </Button>
      <Dialog open={open} onClose={close} aria-labelledby="convert-dialog-title">
        <form onSubmit={submit} noValidate>
          <DialogTitle id="convert-dialog-title">{translate('resacoop.requests.convert.title')}</DialogTitle>
          <DialogContent>
            <DialogContentText>{translate('resacoop.requests.convert.help')}</DialogContentText>
            <Autocomplete
              multiple
              autoHighlight
              options={countryChoices}
              getOptionLabel={(country) => country.name}
              isOptionEqualToValue={(option, value) => option.id === value.id}
              value={countries}
              onChange={(_event, chosen) => setCountries(chosen)}
              renderInput={(params) => (
                <TextField
                  {...params}
                  autoFocus
                  name="countries"
                  label={translate('resources.cases.fields.countries')}
                  helperText={translate('resacoop.requests.convert.countries_help')}
                  margin="dense"
                />
              )}
            />
            <TextField
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
            <Button onClick={close}>{translate('ra.action.cancel')}</Button>
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
 * On a request's page, for those who may open cases: the button that turns it into one, while it
 * has not become one (its header then links the case) and has a holder the case can take: an
 * organisation, or a contact for a private individual.
 */
export const ConvertToCaseAction = () => {
  const record = useRecordContext();
  const { canAccess: mayCreate } = useCanAccess({ resource: 'cases', action: 'create' });
  if (!record || record.caseId || !mayCreate || !(record.organisationId || record.contactId)) return null;
  return <ConvertToCaseButton requestId={record.id} />;
};
