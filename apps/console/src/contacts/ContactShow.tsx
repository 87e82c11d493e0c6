import { Box } from '@mui/material';
import { EmailField, ReferenceField, Show, TextField } from 'react-admin';
import { DateTimeField } from '../common/fields';
import { FieldSection } from '../common/layout';
import { History } from '../history/History';

const CONTACT_REFERENCES = { organisationId: 'organisations' };

export const ContactShow = () => (
  <Show>
    <Box sx={{ p: 2 }}>
      <FieldSection>
        <TextField source="firstName" />
        <TextField source="lastName" />
        <ReferenceField source="organisationId" reference="organisations" link="show" />
        <TextField source="function" />
        <EmailField source="email" />
        <TextField source="phone" />
        <DateTimeField source="newsletterConsentAt" />
      </FieldSection>
      <FieldSection columns={1}>
        <TextField source="notes" sx={{ whiteSpace: 'pre-wrap' }} />
      </FieldSection>
      <FieldSection>
        <DateTimeField source="createdAt" />
        <DateTimeField source="updatedAt" />
        <TextField source="version" />
      </FieldSection>
      <History entity="contact" references={CONTACT_REFERENCES} />
    </Box>
  </Show>
);
