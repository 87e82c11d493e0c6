import { Box } from '@mui/material';
import { EditButton, EmailField, ReferenceField, Show, TextField, TopToolbar, useRecordContext, useResourceDefinition } from 'react-admin';
import { DateTimeField } from '../common/fields';
import { FieldSection } from '../common/layout';
import { RelatedCases, RelatedRequests } from '../common/RelatedCasework';
import { EventsAttended } from '../events/EventsAttended';
import { History } from '../history/History';
import { ErasedBanner } from '../privacy/ErasedBanner';
import { EraseContactButton } from '../privacy/EraseContactButton';
import { ExportPersonalDataButton } from '../privacy/ExportPersonalDataButton';
import { PersonalDataReads } from '../privacy/PersonalDataReads';
import { NewsletterConsentField } from './NewsletterConsentField';

const CONTACT_REFERENCES = { organisationId: 'organisations' };

/** An erased contact is read-only: its page offers no edit. */
const Actions = () => {
  const record = useRecordContext();
  const { hasEdit } = useResourceDefinition();
  return (
    <TopToolbar>
      <ExportPersonalDataButton />
      <EraseContactButton />
      {hasEdit && !record?.erasedAt && <EditButton />}
    </TopToolbar>
  );
};

export const ContactShow = () => (
  <Show actions={<Actions />}>
    <Box sx={{ p: 2 }}>
      <ErasedBanner />
      <FieldSection>
        <TextField source="firstName" />
        <TextField source="lastName" />
        <ReferenceField source="organisationId" reference="organisations" link="show" />
        <TextField source="function" />
        <EmailField source="email" />
        <TextField source="phone" />
        <NewsletterConsentField source="newsletterConsentAt" emptyText="resacoop.privacy.newsletter_none" />
      </FieldSection>
      <FieldSection columns={1}>
        <TextField source="notes" sx={{ whiteSpace: 'pre-wrap' }} />
      </FieldSection>
      <FieldSection>
        <DateTimeField source="createdAt" />
        <DateTimeField source="updatedAt" />
      </FieldSection>
      <RelatedRequests holder="contacts" />
      <RelatedCases holder="contacts" />
      <EventsAttended attendee="contacts" />
      <PersonalDataReads />
      <History entity="contact" references={CONTACT_REFERENCES} />
    </Box>
  </Show>
);
