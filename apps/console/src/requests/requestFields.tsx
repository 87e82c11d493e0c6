import { Chip, Stack, Typography, type ChipProps } from '@mui/material';
import { DateField, ReferenceField, useRecordContext, useTranslate, type FieldProps } from 'react-admin';
import { REQUEST_STATUS_LABELS, type RequestStatus } from '@resacoop/domain';
import { useDomainLocale, useIntlLocale } from '../common/locale';
import { isOverdue } from './requestPayload';

const STATUS_COLORS: Record<RequestStatus, ChipProps['color']> = {
  new: 'info',
  in_progress: 'primary',
  waiting: 'warning',
  answered: 'success',
  closed: 'default',
  converted: 'default',
};

/** Finished: nothing left to do on the request itself. */
const SETTLED: readonly RequestStatus[] = ['closed', 'converted'];

/** A status as a coloured chip, in the current language. */
export const StatusChip = ({ status, size = 'small' }: { status: RequestStatus; size?: ChipProps['size'] }) => {
  const locale = useDomainLocale();
  const label = REQUEST_STATUS_LABELS[status]?.[locale] ?? status;
  return (
    <Chip
      label={label}
      color={STATUS_COLORS[status] ?? 'default'}
      size={size}
      variant={SETTLED.includes(status) ? 'outlined' : 'filled'}
      // A long label ("waiting on the requester") wraps in a narrow column rather than widening it.
      sx={{ height: 'auto', minHeight: size === 'small' ? 24 : 32, '& .MuiChip-label': { whiteSpace: 'normal', py: 0.25 } }}
    />
  );
};

export const StatusField = (_props: FieldProps) => {
  const record = useRecordContext();
  return record?.status ? <StatusChip status={record.status} /> : null;
};

export const OverdueChip = ({ size = 'small' }: { size?: ChipProps['size'] }) => {
  const translate = useTranslate();
  return <Chip label={translate('resacoop.requests.overdue')} color="error" size={size} />;
};

/** The due date (a day: the API puts it at the end of a Paris working day), marked when overdue. */
export const DueField = ({ stacked = false }: FieldProps & { stacked?: boolean }) => {
  const record = useRecordContext();
  const locales = useIntlLocale();
  if (!record) return null;
  const overdue = isOverdue(record);
  return (
    <Stack direction={stacked ? 'column' : 'row'} alignItems={stacked ? 'flex-start' : 'center'} gap={stacked ? 0.5 : 1} component="span">
      <DateField
        source="dueAt"
        locales={locales}
        options={{ dateStyle: 'short', timeZone: 'Europe/Paris' }}
        sx={{ whiteSpace: 'nowrap', ...(overdue ? { color: 'error.main', fontWeight: 600 } : {}) }}
      />
      {overdue && <OverdueChip />}
    </Stack>
  );
};

/** Who asked: the contact and their organisation, else the name typed in. */
export const RequesterField = ({ link = false }: FieldProps & { link?: false | 'show' }) => {
  const record = useRecordContext();
  if (!record) return null;
  if (!record.contactId && !record.organisationId) {
    return (
      <Typography variant="body2" component="span">
        {record.requesterName ?? record.requesterEmail ?? ''}
      </Typography>
    );
  }
  return (
    <Stack component="span">
      {record.contactId && <ReferenceField source="contactId" reference="contacts" link={link} />}
      {record.organisationId && (
        <ReferenceField
          source="organisationId"
          reference="organisations"
          link={link}
          sx={record.contactId ? { '& .MuiTypography-root': { color: 'text.secondary' } } : undefined}
        />
      )}
    </Stack>
  );
};
