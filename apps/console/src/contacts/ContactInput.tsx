import { AutocompleteInput, ReferenceField, ReferenceInput, useRecordContext, type RaRecord, type Validator } from 'react-admin';
import { contactName } from './contactPayload';

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

interface ContactInputProps {
  /** Called with the contact chosen, e.g. to fill in their organisation. */
  onChosen?: (contact: RaRecord) => void;
  validate?: Validator;
}

/** A contact of the directory picked by name or e-mail. */
export const ContactInput = ({ onChosen, validate }: ContactInputProps) => (
  <ReferenceInput source="contactId" reference="contacts" sort={{ field: 'lastName', order: 'ASC' }}>
    <AutocompleteInput
      filterToQuery={byText}
      optionText={<ContactOption />}
      inputText={contactName}
      onChange={(_value: unknown, contact: RaRecord | '') => {
        if (contact) onChosen?.(contact);
      }}
      validate={validate}
      autoHighlight
    />
  </ReferenceInput>
);
