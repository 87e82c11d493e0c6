import { AutocompleteInput, ReferenceField, ReferenceInput, TextInput, email, useRecordContext, type RaRecord } from 'react-admin';
import { useFormContext } from 'react-hook-form';
import { Section } from '../common/layout';
import { OrganisationInput } from '../contacts/OrganisationInput';
import { contactName } from '../contacts/contactPayload';

/** Searches the directory's contacts on the server (`filter={"q":…}`: first name, last name, email). */
const byText = (text: string) => (text.trim() ? { q: text.trim() } : {});

/** "First Last — Organisation" in the suggestions (organisations fetched in one batch). */
const ContactOption = () => {
  const contact = useRecordContext();
  if (!contact) return null;
  return (
    <span>
      {contactName(contact as { firstName?: string; lastName?: string })}
      {contact.organisationId && (
        <>
          {' — '}
          <ReferenceField source="organisationId" reference="organisations" link={false} />
        </>
      )}
    </span>
  );
};

/**
 * Who is asking: a contact of the directory (which also fills in their organisation), an
 * organisation, or a name and an email typed in. The API wants at least one of them.
 */
export const RequesterInputs = () => {
  const { setValue } = useFormContext();
  const onContactChosen = (_value: unknown, contact: RaRecord | '') => {
    if (contact && contact.organisationId) setValue('organisationId', contact.organisationId, { shouldDirty: true });
  };
  return (
    <Section title="resacoop.requests.sections.requester" help="resacoop.requests.requester_help">
      <ReferenceInput source="contactId" reference="contacts" sort={{ field: 'lastName', order: 'ASC' }}>
        <AutocompleteInput
          filterToQuery={byText}
          optionText={<ContactOption />}
          inputText={contactName}
          onChange={onContactChosen}
          autoHighlight
        />
      </ReferenceInput>
      <OrganisationInput />
      <TextInput source="requesterName" />
      <TextInput source="requesterEmail" type="email" validate={email()} />
    </Section>
  );
};
