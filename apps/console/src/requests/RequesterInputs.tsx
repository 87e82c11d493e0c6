import { TextInput, email, type RaRecord } from 'react-admin';
import { useFormContext } from 'react-hook-form';
import { Section } from '../common/layout';
import { ContactInput } from '../contacts/ContactInput';
import { OrganisationInput } from '../contacts/OrganisationInput';

/**
 * Who is asking: a contact of the directory (which also fills in their organisation), an
 * organisation, or a name and an email typed in. The API wants at least one of them.
 */
export const RequesterInputs = () => {
  const { setValue } = useFormContext();
  const onContactChosen = (contact: RaRecord) => {
    if (contact.organisationId) setValue('organisationId', contact.organisationId, { shouldDirty: true });
  };
  return (
    <Section title="resacoop.requests.sections.requester" help="resacoop.requests.requester_help">
      <ContactInput onChosen={onContactChosen} />
      <OrganisationInput />
      <TextInput source="requesterName" />
      <TextInput source="requesterEmail" type="email" validate={email()} />
    </Section>
  );
};
