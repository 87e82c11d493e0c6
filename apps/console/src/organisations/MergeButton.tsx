import { useState } from 'react';
import CallMergeIcon from '@mui/icons-material/CallMerge';
import { Button, Dialog, DialogActions, DialogContent, DialogContentText, DialogTitle } from '@mui/material';
import { useMutation } from '@tanstack/react-query';
import { HttpError, useDataProvider, useGetList, useNotify, useRefresh, useTranslate, type Identifier } from 'react-admin';
import { useActionErrorHandler } from '../common/saveErrors';
import type { Organisation } from '../providers/api.generated';
import type { ResacoopDataProvider } from '../providers/dataProvider';

/** Each side of a merge: the page's organisation and one of its duplicates. */
type Merged = Pick<Organisation, 'id' | 'version' | 'name'>;

/** How many records of a resource point at the organisation (the list's total, one row fetched). */
function useCountOf(resource: 'contacts' | 'requests' | 'cases', organisationId: Identifier, enabled: boolean): number | undefined {
  const { total } = useGetList(resource, { filter: { organisationId }, pagination: { page: 1, perPage: 1 } }, { enabled });
  return total;
}

/**
 * Absorbs `duplicate` into the organisation on display (`POST /api/organisations/{id}/merge`), once
 * the dialog has said what moves and that the other record disappears. Administrators only.
 */
export const MergeButton = ({ kept, duplicate }: { kept: Merged; duplicate: Merged }) => {
  const translate = useTranslate();
  const dataProvider = useDataProvider<ResacoopDataProvider>();
  const notify = useNotify();
  const refresh = useRefresh();
  const notifyError = useActionErrorHandler();
  const [open, setOpen] = useState(false);
  const contacts = useCountOf('contacts', duplicate.id, open);
  const requests = useCountOf('requests', duplicate.id, open);
  const cases = useCountOf('cases', duplicate.id, open);
  const { mutate, isPending } = useMutation({
    mutationFn: () =>
      dataProvider.mergeOrganisations(kept.id, {
        duplicateId: duplicate.id,
        version: kept.version,
        duplicateVersion: duplicate.version,
      }),
    onSuccess: () => {
      setOpen(false);
      notify('resacoop.organisations.merge.done', { type: 'info', messageArgs: { duplicate: duplicate.name } });
      refresh();
    },
    onError: (failure) => {
      setOpen(false);
      notifyError(failure);
      // Someone changed one of the two: show them as they are now.
      if (failure instanceof HttpError && failure.status === 409) refresh();
    },
  });
  const names = { kept: kept.name, duplicate: duplicate.name };
  const titleId = `merge-${duplicate.id}-dialog-title`;
  return (
    <>
      <Button size="small" startIcon={<CallMergeIcon />} onClick={() => setOpen(true)}>
        {translate('resacoop.organisations.merge.button')}
      </Button>
      <Dialog open={open} onClose={() => setOpen(false)} aria-labelledby={titleId} maxWidth="sm" fullWidth>
        <DialogTitle id={titleId}>{translate('resacoop.organisations.merge.title', names)}</DialogTitle>
        <DialogContent>
          <DialogContentText gutterBottom>{translate('resacoop.organisations.merge.moves', names)}</DialogContentText>
          {contacts !== undefined && requests !== undefined && cases !== undefined && (
            <DialogContentText gutterBottom>
              {translate('resacoop.organisations.merge.counts', {
                contacts: translate('resacoop.organisations.merge.contacts', { smart_count: contacts }),
                requests: translate('resacoop.organisations.merge.requests', { smart_count: requests }),
                cases: translate('resacoop.organisations.merge.cases', { smart_count: cases }),
              })}
            </DialogContentText>
          )}
          <DialogContentText gutterBottom>{translate('resacoop.organisations.merge.fills', names)}</DialogContentText>
          <DialogContentText sx={{ fontWeight: 'bold' }}>{translate('resacoop.organisations.merge.disappears', names)}</DialogContentText>
        </DialogContent>
        <DialogActions>
          <Button onClick={() => setOpen(false)}>{translate('ra.action.cancel')}</Button>
          <Button variant="contained" color="warning" disabled={isPending} onClick={() => mutate()}>
            {translate('resacoop.organisations.merge.confirm')}
          </Button>
        </DialogActions>
      </Dialog>
    </>
  );
};
