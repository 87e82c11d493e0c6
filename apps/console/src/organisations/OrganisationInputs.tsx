import { SelectArrayInput, SelectInput, TextArrayInput, TextInput, email, required } from 'react-admin';
import { DEPARTEMENT_LABELS, MEMBERSHIP_LABELS, ORGANISATION_TYPE_LABELS, ZONE_LABELS } from '@resacoop/domain';
import { useChoices } from '../common/locale';
import { Section } from '../common/layout';

/** The organisation form, shared by Create and Edit. */
export const OrganisationInputs = () => {
  const types = useChoices(ORGANISATION_TYPE_LABELS);
  const departements = useChoices(DEPARTEMENT_LABELS);
  const memberships = useChoices(MEMBERSHIP_LABELS);
  const zones = useChoices(ZONE_LABELS);
  return (
    <>
      <Section title="resacoop.organisations.sections.identity">
        <TextInput source="name" validate={required()} />
        <TextInput source="acronym" />
        <SelectInput source="type" choices={types} translateChoice={false} validate={required()} />
        <TextInput source="siret" inputProps={{ inputMode: 'numeric' }} />
        <TextInput source="rna" />
      </Section>
      <Section title="resacoop.organisations.sections.location">
        <TextInput source="address" />
        <TextInput source="postcode" />
        <TextInput source="city" />
        <SelectInput source="departement" choices={departements} translateChoice={false} />
      </Section>
      <Section title="resacoop.organisations.sections.contact">
        <TextInput source="website" type="url" />
        <TextInput source="email" type="email" validate={email()} />
        <TextInput source="phone" type="tel" />
      </Section>
      <Section title="resacoop.organisations.sections.network">
        <SelectInput source="membership" choices={memberships} translateChoice={false} validate={required()} />
        <SelectArrayInput source="zones" choices={zones} translateChoice={false} />
        <TextArrayInput source="tags" />
      </Section>
      <TextInput source="notes" multiline minRows={3} />
    </>
  );
};
