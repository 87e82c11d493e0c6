import { Chip, type ChipProps } from '@mui/material';
import { ReferenceField, TextField, useRecordContext, type FieldProps } from 'react-admin';
import { EVENT_STATUS_LABELS, REGISTRATION_STATUS_LABELS, type EventStatus, type RegistrationStatus } from '@resacoop/domain';
import { useDomainLocale } from '../common/locale';
import { contactName } from '../contacts/contactPayload';

const EVENT_STATUS_COLORS: Record<EventStatus, ChipProps['color']> = {
  draft: 'default',
  published: 'primary',
  held: 'success',
  cancelled: 'warning',
};

/** An event's status as a chip. */
export const EventStatusField = (_props: FieldProps) => {
  const record = useRecordContext();
  const locale = useDomainLocale();
  const status = record?.status as EventStatus | undefined;
  if (!status) return null;
  return <Chip label={EVENT_STATUS_LABELS[status][locale]} color={EVENT_STATUS_COLORS[status]} size="small" />;
};

const REGISTRATION_STATUS_COLORS: Record<RegistrationStatus, ChipProps['color']> = {
  registered: 'default',
  attended: 'success',
  absent: 'warning',
};

/** A registration's status as a chip (inscrit, présent, absent). */
export const RegistrationStatusField = (_props: FieldProps) => {
  const record = useRecordContext();
  const locale = useDomainLocale();
  const status = record?.status as RegistrationStatus | undefined;
  if (!status) return null;
  return (
    <Chip label={REGISTRATION_STATUS_LABELS[status][locale]} color={REGISTRATION_STATUS_COLORS[status]} size="small" variant="outlined" />
  );
};

/** A column computed from several fields: a Datagrid reads its header from `label`. */
interface ColumnProps {
  label?: string;
}

/** Who registered: the directory's contact when linked, else the name (or e-mail) given. */
export const RegistrantField = (_props: ColumnProps) => {
  const record = useRecordContext();
  if (!record) return null;
  if (record.contactId)
    return (
      <ReferenceField source="contactId" reference="contacts" link={false}>
        <ContactNameField />
      </ReferenceField>
    );
  return <TextField source={record.name ? 'name' : 'email'} />;
};

const ContactNameField = () => {
  const contact = useRecordContext();
  return contact ? <span>{contactName(contact as { firstName?: string; lastName?: string })}</span> : null;
};

/** The registrant's organisation: the directory's when linked, else the name they gave. */
export const RegistrantOrganisationField = (_props: ColumnProps) => {
  const record = useRecordContext();
  if (!record) return null;
  if (record.organisationId) return <ReferenceField source="organisationId" reference="organisations" link={false} />;
  return <TextField source="organisationName" emptyText="—" />;
};
