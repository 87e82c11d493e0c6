import { useState } from 'react';
import PersonAddIcon from '@mui/icons-material/PersonAdd';
import { Button, Dialog, DialogActions, DialogContent, DialogTitle } from '@mui/material';
import { useMutation } from '@tanstack/react-query';
import { Form, HttpError, ResourceContextProvider, TextInput, email, useDataProvider, useNotify, useTranslate } from 'react-admin';
import { useFormContext } from 'react-hook-form';
import { ContactInput } from '../contacts/ContactInput';
import { OrganisationInput } from '../contacts/OrganisationInput';
import { pickWritable } from '../common/payload';
import { useActionErrorHandler } from '../common/saveErrors';
import type { ParticipantDto } from '../providers/api.generated';
import { BODY_FIELDS } from '../providers/api.generated';
import type { ResacoopDataProvider } from '../providers/dataProvider';

/**
 * Someone of the directory, or a name (and an e-mail) alone: the name says so when neither is
 * given (a text field: a failed submit focuses it, not the directory's search and its suggestions).
 */
const someoneNamed = (value: unknown, values: { contactId?: unknown }) =>
  value || values.contactId ? undefined : 'resacoop.events.walk_in.someone_required';

/** A walk-in's contact, when chosen, brings their organisation along. */
const WalkInInputs = () => {
  const { setValue } = useFormContext();
  return (
    <>
      <ContactInput onChosen={(contact) => contact.organisationId && setValue('organisationId', contact.organisationId)} />
      <TextInput source="name" validate={someoneNamed} />
      <TextInput source="email" type="email" validate={email()} />
      <OrganisationInput />
      <TextInput source="organisationName" />
    </>
  );
};

/**
 * "Ajouter un participant sur place": someone who came without registering is added as present
 * (`POST /api/events/{id}/walk-ins`); someone already registered is marked present instead.
 */
export const WalkInButton = ({ eventId, onAdded }: { eventId: number; onAdded: () => void }) => {
  const translate = useTranslate();
  const notify = useNotify();
  const dataProvider = useDataProvider<ResacoopDataProvider>();
  const notifyError = useActionErrorHandler();
  const [open, setOpen] = useState(false);
  const { mutate, isPending } = useMutation({
    mutationFn: (participant: ParticipantDto) => dataProvider.addWalkIn(eventId, participant),
    onSuccess: () => {
      setOpen(false);
      notify('resacoop.events.walk_in.added', { type: 'info' });
      onAdded();
    },
    onError: (error) => {
      if (!(error instanceof HttpError && error.status === 400)) setOpen(false);
      notifyError(error);
    },
  });
  return (
    <>
      <Button variant="outlined" startIcon={<PersonAddIcon />} onClick={() => setOpen(true)} sx={{ whiteSpace: 'nowrap', minHeight: 40 }}>
        {translate('resacoop.events.walk_in.button')}
      </Button>
      <Dialog open={open} onClose={() => setOpen(false)} aria-labelledby="walk-in-title" fullWidth>
        {/* The inputs are named as the registrations' fields. */}
        <ResourceContextProvider value="registrations">
          <Form
            onSubmit={(values: Record<string, unknown>) => mutate(pickWritable(values, BODY_FIELDS.ParticipantDto) as ParticipantDto)}
            noValidate
          >
            <DialogTitle id="walk-in-title">{translate('resacoop.events.walk_in.title')}</DialogTitle>
            <DialogContent>
              <WalkInInputs />
            </DialogContent>
            <DialogActions>
              <Button onClick={() => setOpen(false)}>{translate('ra.action.cancel')}</Button>
              <Button type="submit" variant="contained" disabled={isPending}>
                {translate('resacoop.events.walk_in.submit')}
              </Button>
            </DialogActions>
          </Form>
        </ResourceContextProvider>
      </Dialog>
    </>
  );
};
