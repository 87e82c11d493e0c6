import { Box } from '@mui/material';
import { EmailField, Show, TextField, UrlField } from 'react-admin';
import { DEPARTEMENT_LABELS, MEMBERSHIP_LABELS, ORGANISATION_TYPE_LABELS, ZONE_LABELS } from '@resacoop/domain';
import { ChipsField, CodeField, DateTimeField } from '../common/fields';
import { FieldSection } from '../common/layout';
import { EventsAttended } from '../events/EventsAttended';
import { History } from '../history/History';
import { RelatedCases, RelatedRequests } from '../common/RelatedCasework';
import { OrganisationContacts } from './OrganisationContacts';
import { OrganisationDuplicates } from './OrganisationDuplicates';
import { ORGANISATION_VALUE_LABELS } from './organisationPayload';

export const OrganisationShow = () => (
  <Show>
    <Box sx={{ p: 2 }}>
      <FieldSection title="resacoop.organisations.sections.identity">
        <TextField source="name" />
        <TextField source="acronym" />
        <CodeField source="type" labels={ORGANISATION_TYPE_LABELS} />
        <TextField source="siret" />
        <TextField source="rna" />
      </FieldSection>
      <FieldSection title="resacoop.organisations.sections.location">
        <TextField source="address" />
        <TextField source="postcode" />
        <TextField source="city" />
        <CodeField source="departement" labels={DEPARTEMENT_LABELS} />
      </FieldSection>
      <FieldSection title="resacoop.organisations.sections.contact">
        <UrlField source="website" target="_blank" rel="noopener noreferrer" />
        <EmailField source="email" />
        <TextField source="phone" />
      </FieldSection>
      <FieldSection title="resacoop.organisations.sections.network">
        <CodeField source="membership" labels={MEMBERSHIP_LABELS} />
        <ChipsField source="zones" labels={ZONE_LABELS} />
        <ChipsField source="tags" />
      </FieldSection>
      <FieldSection columns={1}>
        <TextField source="notes" sx={{ whiteSpace: 'pre-wrap' }} />
      </FieldSection>
      <FieldSection columns={2}>
        <DateTimeField source="createdAt" />
        <DateTimeField source="updatedAt" />
      </FieldSection>
      <RelatedRequests holder="organisations" />
      <RelatedCases holder="organisations" />
      <OrganisationContacts />
      <EventsAttended attendee="organisations" />
      <OrganisationDuplicates />
      <History entity="organisation" labels={ORGANISATION_VALUE_LABELS} />
    </Box>
  </Show>
);
