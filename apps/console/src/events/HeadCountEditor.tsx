import { useState, type FormEvent } from 'react';
import { Box, Button, Stack, TextField, Typography } from '@mui/material';
import { useNotify, useTranslate, useUpdate, type RaRecord } from 'react-admin';
import { useActionErrorHandler } from '../common/saveErrors';

/** The people of a large public event counted without registering one by one (a fair's, a Festisol animation's public). */
export const HeadCountEditor = ({ event, onSaved }: { event: RaRecord; onSaved: () => void }) => {
  const translate = useTranslate();
  const notify = useNotify();
  const notifyError = useActionErrorHandler();
  const [update, { isPending }] = useUpdate();
  const [value, setValue] = useState(String(event.headCount ?? 0));
  const valid = /^\d+$/.test(value.trim());
  const submit = (submitted: FormEvent) => {
    submitted.preventDefault();
    if (!valid) return;
    update(
      'events',
      { id: event.id, data: { headCount: Number(value), version: event.version }, previousData: event },
      {
        mutationMode: 'pessimistic',
        onSuccess: () => {
          notify('resacoop.events.head_count.saved', { type: 'info' });
          onSaved();
        },
        onError: notifyError,
      },
    );
  };
  const title = translate('resacoop.events.head_count.head_count');
  return (
    <Box component="form" onSubmit={submit} noValidate aria-label={title} sx={{ mt: 3 }}>
      <Typography variant="h6" component="h2">
        {title}
      </Typography>
      <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>
        {translate('resacoop.events.head_count_help')}
      </Typography>
      <Stack direction="row" gap={1} alignItems="flex-start">
        <TextField
          label={translate('resources.events.fields.headCount')}
          value={value}
          onChange={(change) => setValue(change.target.value)}
          error={!valid}
          helperText={valid ? undefined : translate('resacoop.events.head_count.invalid')}
          slotProps={{ htmlInput: { inputMode: 'numeric', pattern: '[0-9]*' } }}
          size="small"
        />
        <Button type="submit" variant="contained" disabled={isPending || !valid} sx={{ minHeight: 40 }}>
          {translate('ra.action.save')}
        </Button>
      </Stack>
    </Box>
  );
};
