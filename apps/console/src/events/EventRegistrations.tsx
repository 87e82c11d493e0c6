import { Box, Stack, Typography } from '@mui/material';
import { Datagrid, EmailField, NumberField, TextField, useGetList, useRecordContext, useTranslate } from 'react-admin';
import type { RegistrationStatus } from '@resacoop/domain';
import { RelatedRecords } from '../common/RelatedRecords';
import { EvaluationButton } from './EvaluationButton';
import { RegistrantField, RegistrantOrganisationField, RegistrationStatusField } from './eventFields';

/** How many registrations of the event are in this status (the list's total, one row read). */
const useCount = (eventId: unknown, status: RegistrationStatus) =>
  useGetList('registrations', { filter: { eventId, status }, pagination: { page: 1, perPage: 1 } }).total;

/** The head count: registrations by status, the people counted without registering, and the participants (present plus counted). */
export const HeadCount = () => {
  const record = useRecordContext();
  const translate = useTranslate();
  const registered = useCount(record?.id, 'registered');
  const attended = useCount(record?.id, 'attended');
  const absent = useCount(record?.id, 'absent');
  if (!record) return null;
  const headCount = Number(record.headCount ?? 0);
  const figures = [
    { key: 'registered', value: registered },
    { key: 'attended', value: attended },
    { key: 'absent', value: absent },
    { key: 'head_count', value: headCount },
    { key: 'participants', value: attended === undefined ? undefined : attended + headCount },
  ];
  return (
    <Box component="section" aria-label={translate('resacoop.events.head_count.title')} sx={{ my: 2 }}>
      <Typography variant="h6" component="h2">
        {translate('resacoop.events.head_count.title')}
      </Typography>
      <Stack direction="row" flexWrap="wrap" gap={3} component="dl" sx={{ m: 0 }}>
        {figures.map(({ key, value }) => (
          <Box key={key}>
            <Typography component="dt" variant="body2" color="text.secondary">
              {translate(`resacoop.events.head_count.${key}`)}
            </Typography>
            <Typography component="dd" variant="h6" sx={{ m: 0 }} data-testid={`count-${key}`}>
              {value ?? '…'}
            </Typography>
          </Box>
        ))}
      </Stack>
    </Box>
  );
};

/** The event's registrations with their status; for a training, each trainee's evaluation. */
export const EventRegistrations = () => {
  const record = useRecordContext();
  const training = record?.kind === 'training';
  return (
    <RelatedRecords
      reference="registrations"
      target="eventId"
      title="resacoop.events.registrations"
      empty="resacoop.events.no_registrations"
      sort={{ field: 'name', order: 'ASC' }}
    >
      <Datagrid bulkActionButtons={false} rowClick={false}>
        <RegistrantField label="resources.registrations.fields.name" />
        <EmailField source="email" sortable={false} emptyText="—" />
        <RegistrantOrganisationField label="resources.registrations.fields.organisationId" />
        <RegistrationStatusField source="status" />
        {training && <NumberField source="evaluationScore" sortable={false} emptyText="—" />}
        {training && <TextField source="evaluationComment" sortable={false} emptyText="—" />}
        {training && <EvaluationButton />}
      </Datagrid>
    </RelatedRecords>
  );
};
